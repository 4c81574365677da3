package dev.newsflow.core.http;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Reads a request body whole, without holding a thread while it arrives, within one deadline for the
 * whole body: Jetty's idle timeout alone restarts with every byte, so a sender trickling a byte a
 * second would hold the request for ever. Written here rather than with Jetty's
 * {@code Content.Source.asByteArrayAsync}, which has no deadline and reports an oversized body as a
 * bare {@code IllegalStateException}.
 */
public final class RequestBody {

    /** The body grew past the cap. */
    public static final class TooLargeException extends Exception {

        TooLargeException(long maxBytes) {
            super("body over the cap of " + maxBytes + " bytes");
        }
    }

    private RequestBody() {}

    /**
     * The body of {@code request}, once whole; fails with a {@link TimeoutException} when it is not
     * whole within {@code deadline} or the connection stays silent past the idle timeout, with a
     * {@link TooLargeException} past {@code maxBytes}, or with the I/O failure of a peer that went away.
     */
    public static CompletableFuture<byte[]> read(Request request, long maxBytes, Duration deadline) {
        Reader reader = new Reader(request, maxBytes);
        Scheduler.Task timer = request.getComponents().getScheduler().schedule(
                () -> reader.expire(deadline), deadline.toMillis(), TimeUnit.MILLISECONDS);
        reader.result.whenComplete((body, failure) -> timer.cancel());
        reader.run();
        return reader.result;
    }

    /** Reads what has arrived, then asks to be called again when more does. */
    private static final class Reader implements Runnable {

        private final Request request;
        private final long maxBytes;
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private final CompletableFuture<byte[]> result = new CompletableFuture<>();
        /** Whoever sets it first decides: the last chunk (the body is whole) or the deadline. */
        private final AtomicBoolean settled = new AtomicBoolean();

        Reader(Request request, long maxBytes) {
            this.request = request;
            this.maxBytes = maxBytes;
        }

        void expire(Duration deadline) {
            if (settled.compareAndSet(false, true)) {
                // Wakes a pending demand, whose read then returns this failure, which ends the read below.
                request.fail(new TimeoutException("the body was not whole within " + deadline.toSeconds() + " s"));
            }
        }

        @Override
        public void run() {
            while (true) {
                Content.Chunk chunk = request.read();
                if (chunk == null) {
                    request.demand(this);
                    return;
                }
                if (Content.Chunk.isFailure(chunk)) {
                    // A transient failure (the idle timeout) is final too: the request is answered, not waited for again.
                    result.completeExceptionally(chunk.getFailure());
                    return;
                }
                ByteBuffer bytes = chunk.getByteBuffer();
                if (body.size() + (long) bytes.remaining() > maxBytes) {
                    chunk.release();
                    result.completeExceptionally(new TooLargeException(maxBytes));
                    return;
                }
                byte[] copy = new byte[bytes.remaining()];
                bytes.get(copy);
                body.writeBytes(copy);
                boolean last = chunk.isLast();
                chunk.release();
                if (last) {
                    if (settled.compareAndSet(false, true)) {
                        result.complete(body.toByteArray());
                    } else {
                        result.completeExceptionally(new TimeoutException("the body was whole only after its deadline"));
                    }
                    return;
                }
            }
        }
    }
}
