package dev.newsflow.core.http;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.io.Connection;
import org.eclipse.jetty.util.thread.Scheduler;

/**
 * Closes a connection that has not delivered a whole request head (request line and headers) within
 * the timeout of its opening. Jetty's idle timeout restarts with every byte, so on its own it lets a
 * peer that sends a header byte every few seconds hold a connection slot for ever; this deadline
 * does not move. One request per connection ({@link BoundedHttpServer}), so the first head is the only one.
 */
final class HeaderDeadline implements Connection.Listener {

    private final Scheduler scheduler;
    private final long timeoutMillis;
    /** The pending check of each open connection, cancelled when the connection closes first. */
    private final Map<Connection, Scheduler.Task> checks = new ConcurrentHashMap<>();

    HeaderDeadline(Scheduler scheduler, Duration timeout) {
        this.scheduler = scheduler;
        this.timeoutMillis = timeout.toMillis();
    }

    @Override
    public void onOpened(Connection connection) {
        checks.put(connection, scheduler.schedule(() -> expire(connection), timeoutMillis, TimeUnit.MILLISECONDS));
    }

    @Override
    public void onClosed(Connection connection) {
        Scheduler.Task check = checks.remove(connection);
        if (check != null) {
            check.cancel();
        }
    }

    private void expire(Connection connection) {
        checks.remove(connection);
        // A head that arrived counts as one message in; from then on the handler and the body deadline decide.
        if (connection.getMessagesIn() == 0) {
            connection.getEndPoint().close();
        }
    }
}
