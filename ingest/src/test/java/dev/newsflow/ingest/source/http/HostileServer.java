package dev.newsflow.ingest.source.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A raw HTTP/1.1 server on 127.0.0.1 for tests of hostile peers: each accepted connection runs a
 * script that writes whatever bytes it likes at whatever pace (a JDK HttpServer cannot trickle
 * headers). It counts connections and notices when a client hangs up on it. {@link #close()} closes
 * the listening socket and every connection, which ends every script.
 */
public final class HostileServer implements AutoCloseable {

    /** What the server does with one connection; {@code index} counts connections from 0. */
    @FunctionalInterface
    public interface Script {
        void run(int index, Socket connection) throws IOException, InterruptedException;
    }

    private final ServerSocket listener;
    private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
        Thread thread = new Thread(runnable, "hostile-server");
        thread.setDaemon(true);
        return thread;
    });
    private final List<Socket> connections = new CopyOnWriteArrayList<>();
    private final AtomicInteger accepted = new AtomicInteger();
    private final CountDownLatch hungUp = new CountDownLatch(1);
    private volatile boolean closing;

    public HostileServer(Script script) {
        try {
            listener = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        threads.execute(() -> accept(script));
    }

    private void accept(Script script) {
        while (!closing) {
            Socket connection;
            try {
                connection = listener.accept();
            } catch (IOException closed) {
                return;
            }
            connections.add(connection);
            int index = accepted.getAndIncrement();
            threads.execute(() -> {
                try (connection) {
                    script.run(index, connection);
                } catch (IOException e) {
                    if (!closing) {
                        // A write failed or a read hit the end: the client closed the connection.
                        hungUp.countDown();
                    }
                } catch (InterruptedException stopped) {
                    Thread.currentThread().interrupt();
                }
            });
        }
    }

    public String url(String path) {
        return "http://127.0.0.1:" + listener.getLocalPort() + path;
    }

    /** Connections accepted so far. */
    public int connections() {
        return accepted.get();
    }

    /** Waits until a client closed a connection while its script was still writing to it. */
    public boolean awaitHangUp(Duration bound) throws InterruptedException {
        return hungUp.await(bound.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Reads the request head (up to the blank line); the scripts here answer GETs, which have no body. */
    public static String readRequest(Socket connection) throws IOException {
        InputStream in = connection.getInputStream();
        ByteArrayOutputStream head = new ByteArrayOutputStream();
        int matched = 0;
        byte[] end = {'\r', '\n', '\r', '\n'};
        while (matched < end.length) {
            int b = in.read();
            if (b < 0) {
                throw new IOException("client closed before the end of its request");
            }
            head.write(b);
            matched = b == end[matched] ? matched + 1 : b == '\r' ? 1 : 0;
        }
        return head.toString(StandardCharsets.ISO_8859_1);
    }

    /** Writes {@code text} at once. */
    public static void write(Socket connection, String text) throws IOException {
        OutputStream out = connection.getOutputStream();
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    /** Writes {@code text} one byte at a time, {@code every} apart. */
    public static void trickle(Socket connection, String text, Duration every) throws IOException, InterruptedException {
        OutputStream out = connection.getOutputStream();
        for (byte b : text.getBytes(StandardCharsets.ISO_8859_1)) {
            out.write(b);
            out.flush();
            Thread.sleep(every.toMillis());
        }
    }

    /** Holds the connection open without a word until the client or {@link #close()} ends it. */
    public static void sitSilently(Socket connection) throws IOException {
        if (connection.getInputStream().read() < 0) {
            throw new IOException("client closed the connection");
        }
    }

    @Override
    public void close() {
        closing = true;
        try {
            listener.close();
        } catch (IOException ignored) {
            // Closing is all that is wanted; a failure leaves nothing to undo.
        }
        for (Socket connection : connections) {
            try {
                connection.close();
            } catch (IOException ignored) {
                // As above.
            }
        }
        threads.shutdownNow();
    }
}
