package dev.newsflow.app.observe;

import java.io.Console;
import java.io.PrintWriter;
import java.time.Duration;
import java.util.Iterator;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress of a pass over many items (an ingest, an offline extraction), on stderr (stdout stays data): on a terminal one line
 * redrawn in place (carriage return) a few times a second; otherwise, for logs, a plain line every
 * so often. Shows items done of the total, the rate, and the time left at that rate.
 */
public final class IngestProgress {

    private static final long TERMINAL_EVERY_NANOS = Duration.ofMillis(250).toNanos();
    private static final long PLAIN_EVERY_NANOS = Duration.ofSeconds(10).toNanos();

    private final PrintWriter err;
    private final boolean terminal;
    private final LongSupplier nanoTime;
    private long startedAt;
    private long shownAt;
    private int done;
    private int total;
    private boolean shown;

    /**
     * @param terminal whether {@code err} is a terminal (redraw in place) or a log (plain lines)
     * @param nanoTime the monotonic clock, {@link System#nanoTime} outside tests
     */
    public IngestProgress(PrintWriter err, boolean terminal, LongSupplier nanoTime) {
        this.err = err;
        this.terminal = terminal;
        this.nanoTime = nanoTime;
    }

    /** Progress on this process's stderr, redrawn in place when it runs on a terminal. */
    public static IngestProgress onStderr(PrintWriter err) {
        return new IngestProgress(err, onTerminal(), System::nanoTime);
    }

    /**
     * Whether this process talks to a terminal. Up to Java 21 that is {@code System.console() != null};
     * from Java 22 on there is always a console, and its {@code isTerminal()} (looked up by name, as
     * the bytecode targets 17) tells.
     */
    private static boolean onTerminal() {
        Console console = System.console();
        if (console == null) {
            return false;
        }
        try {
            return (Boolean) Console.class.getMethod("isTerminal").invoke(console);
        } catch (NoSuchMethodException e) {
            return true;
        } catch (ReflectiveOperationException e) {
            return false;
        }
    }

    /** {@code inputs}, reporting progress as each of the {@code total} items is read. */
    public <T> Iterable<T> track(Iterable<T> inputs, int total) {
        return () -> {
            this.total = total;
            this.done = 0;
            this.startedAt = nanoTime.getAsLong();
            this.shownAt = startedAt;
            Iterator<T> items = inputs.iterator();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    boolean more = items.hasNext();
                    if (!more) {
                        finish();
                    }
                    return more;
                }

                @Override
                public T next() {
                    T item = items.next();
                    advance();
                    return item;
                }
            };
        };
    }

    private void advance() {
        done++;
        long now = nanoTime.getAsLong();
        if (now - shownAt >= (terminal ? TERMINAL_EVERY_NANOS : PLAIN_EVERY_NANOS)) {
            show(now);
        }
    }

    /** The last line: completes a terminal line; in a log only if progress was shown at all (short passes stay quiet). */
    private void finish() {
        if (shown) {
            show(nanoTime.getAsLong());
            if (terminal) {
                err.println();
            }
            err.flush();
            shown = false;
        }
    }

    private void show(long now) {
        shownAt = now;
        shown = true;
        String line = line(done, total, Duration.ofNanos(now - startedAt));
        if (terminal) {
            err.print("\r" + line + "\u001b[K"); // erase what a longer previous line left
        } else {
            err.println(line);
        }
        err.flush();
    }

    /** E.g. {@code progress: 1200/5000 items (24%), 310.5 items/s, about 12s left}. */
    static String line(int done, int total, Duration elapsed) {
        double seconds = Math.max(elapsed.toMillis(), 1) / 1000.0;
        double rate = done / seconds;
        StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "progress: %d/%d items (%d%%), %.1f items/s",
                done, total, total == 0 ? 100 : done * 100L / total, rate));
        if (done < total && rate > 0) {
            line.append(", about ").append(format(Duration.ofSeconds(Math.round((total - done) / rate)))).append(" left");
        }
        return line.toString();
    }

    private static String format(Duration left) {
        if (left.toHours() > 0) {
            return String.format(Locale.ROOT, "%dh%02dm", left.toHours(), left.toMinutesPart());
        }
        if (left.toMinutes() > 0) {
            return String.format(Locale.ROOT, "%dm%02ds", left.toMinutes(), left.toSecondsPart());
        }
        return left.toSeconds() + "s";
    }
}
