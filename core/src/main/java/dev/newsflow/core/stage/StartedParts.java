package dev.newsflow.core.stage;

import java.util.ArrayDeque;
import java.util.Deque;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What a stage (or {@code run}) has started, to close in reverse order: a part started after another
 * may use it, so it stops first. A part that fails to close is logged and the others still close,
 * so that one stuck client never keeps the rest open. Safe to close from a shutdown hook and the
 * main thread both.
 */
public final class StartedParts {

    private static final Logger LOG = LoggerFactory.getLogger(StartedParts.class);

    private final String owner;
    private final Deque<AutoCloseable> parts = new ArrayDeque<>();

    /** @param owner who started them, as its log lines name it ({@code sink}, {@code run}) */
    public StartedParts(String owner) {
        this.owner = owner;
    }

    /** Remembers {@code part}, to be closed before every part remembered earlier; returns it. */
    public synchronized <T extends AutoCloseable> T add(T part) {
        parts.push(part);
        return part;
    }

    /** Closes every part remembered, the last first. */
    public synchronized void closeAll() {
        while (!parts.isEmpty()) {
            AutoCloseable part = parts.pop();
            try {
                part.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                LOG.warn("{}: closing {} failed: {}", owner, part.getClass().getSimpleName(), e.getMessage());
            }
        }
    }
}
