package dev.newsflow.core.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.channels.ServerSocketChannel;
import java.time.Duration;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.NetworkConnectionLimit;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.ScheduledExecutorScheduler;

/**
 * The HTTP server under newsflow's own endpoints, the push endpoint ({@code POST /articles}) and
 * every stage's status port, with every wait bounded: a connection must send its request head
 * within {@link Limits#headerTimeout}, may stay silent for at most {@link Limits#idleTimeout}, and
 * a body read with {@link RequestBody} must be whole within {@link Limits#bodyTimeout}; at most
 * {@link Limits#maxConnections} connections are open at once (more wait in the kernel's accept queue).
 *
 * <p>Jetty 12 (its core handler API, no servlets) rather than the JDK's {@code com.sun.net.httpserver},
 * which reads every request head and body on a worker thread with no timeout: four connections that
 * never finished their headers held all four push threads, two held the status port's. Jetty parses
 * heads and bodies on its NIO selector, so a silent or slow peer holds no thread, only one connection
 * slot until a deadline frees it. Jetty over Undertow, which has a request-parse timeout of its own:
 * Jetty is four jars (2.3 MB) against Undertow's fifteen (3.7 MB, XNIO, JBoss logging and threads),
 * logs through SLF4J like the rest of newsflow, and its releases follow each other closely. What Jetty lacks is
 * written here in two small classes: a deadline for the request head ({@link HeaderDeadline}; Jetty's
 * idle timeout restarts with every byte, so a sender trickling its headers would keep its slot for
 * ever) and one for the whole body ({@link RequestBody}; Jetty's minimum-data-rate handler measures
 * the server's total bytes, not one request's).
 *
 * <p>Each connection carries one request ({@code Connection: close}): the endpoints see a request
 * every few seconds, and a second request on a kept-alive connection would start its head where no
 * deadline watches it. The class lives in core because ingest and app both serve HTTP and core is the
 * one module both depend on; a module of its own for three classes would cost more than it separates.
 */
public final class BoundedHttpServer implements AutoCloseable {

    /**
     * @param idleTimeout    how long a connection may send and receive nothing, waiting for its head, its body or
     *                       a slow reader of the answer
     * @param headerTimeout  how long after connecting the request head (request line and headers) must be whole
     * @param bodyTimeout    how long a body read with {@link RequestBody} may take, however steadily it trickles
     * @param maxConnections connections open at once; more wait unaccepted, and at the limit the idle timeout drops
     *                       to a second so silent connections make room first
     * @param maxThreads     threads of the server: one runs the NIO selector, the others run handlers
     */
    public record Limits(Duration idleTimeout, Duration headerTimeout, Duration bodyTimeout, int maxConnections, int maxThreads) {

        /**
         * Ten seconds of silence or for a head: a client on any real network sends a head in well under
         * a second. Thirty seconds for a body: 10 MB (the push cap) at 350 KB/s. 128 connections: far
         * more than a scraper, probes and partners use, far fewer than the default 1024 file descriptors.
         * Six threads: handlers answer in milliseconds, except a push waiting for Kafka's acknowledgement.
         */
        public static final Limits DEFAULTS = new Limits(Duration.ofSeconds(10), Duration.ofSeconds(10), Duration.ofSeconds(30), 128, 6);

        private static final Duration AT_THE_LIMIT_IDLE_TIMEOUT = Duration.ofSeconds(1);

        public Limits {
            if (maxConnections < 1) {
                throw new IllegalArgumentException("maxConnections must be at least 1");
            }
            // The selector takes one thread for good; a handler needs at least one more.
            if (maxThreads < 2) {
                throw new IllegalArgumentException("maxThreads must be at least 2");
            }
        }
    }

    private final Server server;
    private final ServerConnector connector;

    private BoundedHttpServer(Server server, ServerConnector connector) {
        this.server = server;
        this.connector = connector;
    }

    /**
     * Serves {@code handler} on {@code address} (port 0: any free port; the wildcard address: every interface).
     *
     * @param name names the server's threads, e.g. {@code newsflow-push}
     * @throws BindException when the address cannot be bound (the port is taken, or the address is not this host's)
     * @throws IOException   when the server does not start for another reason
     */
    public static BoundedHttpServer start(String name, InetSocketAddress address, Limits limits, Handler handler) throws IOException {
        QueuedThreadPool threads = new QueuedThreadPool(limits.maxThreads(), 1);
        threads.setName(name);
        threads.setDaemon(true);
        // No threads kept in reserve for the selector to hand work to: the pool is small and each one counts.
        threads.setReservedThreads(0);
        ScheduledExecutorScheduler scheduler = new ScheduledExecutorScheduler(name + "-timer", true);
        Server server = new Server(threads, scheduler, null);

        HttpConfiguration http = new HttpConfiguration();
        http.setSendServerVersion(false);
        // Jetty's default, said out loud: a bigger head is answered 431 and costs no more memory than this.
        http.setRequestHeaderSize(8 * 1024);
        http.setPersistentConnectionsEnabled(false);
        // No acceptor thread: the selector accepts too, so an endpoint costs one thread while nothing happens.
        ServerConnector connector = new ServerConnector(server, 0, 1, new HttpConnectionFactory(http));
        connector.setHost(address.getHostString());
        connector.setPort(address.getPort());
        connector.setIdleTimeout(limits.idleTimeout().toMillis());
        connector.addBean(new HeaderDeadline(scheduler, limits.headerTimeout()));
        server.addConnector(connector);

        NetworkConnectionLimit connectionLimit = new NetworkConnectionLimit(limits.maxConnections(), connector);
        connectionLimit.setEndPointIdleTimeout(Limits.AT_THE_LIMIT_IDLE_TIMEOUT.toMillis());
        server.addBean(connectionLimit);

        server.setHandler(handler);
        try {
            server.start();
        } catch (Exception e) {
            stopQuietly(server, e);
            BindException bind = bindFailure(e);
            if (bind != null) {
                BindException named = new BindException("cannot listen on " + shown(address) + ": " + bind.getMessage());
                named.initCause(e);
                throw named;
            }
            throw e instanceof IOException io ? io : new IOException(name + ": the HTTP server did not start: " + e.getMessage(), e);
        }
        return new BoundedHttpServer(server, connector);
    }

    private static String shown(InetSocketAddress address) {
        return address.getAddress() == null || address.getAddress().isAnyLocalAddress()
                ? "port " + address.getPort() : address.getAddress().getHostAddress() + " port " + address.getPort();
    }

    private static BindException bindFailure(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof BindException bind) {
                return bind;
            }
        }
        return null;
    }

    private static void stopQuietly(Server server, Exception failure) {
        try {
            server.stop();
        } catch (Exception e) {
            failure.addSuppressed(e);
        }
    }

    /** The port served (the one chosen, when port 0 was asked for). */
    public int port() {
        return connector.getLocalPort();
    }

    /** The address served on, as the system bound it; the wildcard address when every interface is. */
    public InetSocketAddress address() {
        try {
            return (InetSocketAddress) ((ServerSocketChannel) connector.getTransport()).getLocalAddress();
        } catch (IOException e) {
            throw new UncheckedIOException("the server's own address is not known", e);
        }
    }

    @Override
    public void close() {
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("the HTTP server did not stop cleanly", e);
        }
    }
}
