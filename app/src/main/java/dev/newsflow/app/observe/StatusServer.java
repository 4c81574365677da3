package dev.newsflow.app.observe;

import dev.newsflow.core.http.BoundedHttpServer;
import dev.newsflow.core.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpMethod;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP side of one process: {@code /metrics} (Prometheus), {@code /health} (the process is up),
 * {@code /ready} (its stages run: 200, else 503), {@code /status.json} and the status page at
 * {@code /}. Served by {@link BoundedHttpServer}: connections that stall or trickle hold no thread, so
 * a probe still gets its answer while they wait for their deadline.
 */
public final class StatusServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StatusServer.class);
    private static final Map<String, String> PAGE_ASSETS = Map.of(
            "/", "index.html", "/status.js", "status.js", "/status.css", "status.css");
    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "html", "text/html; charset=utf-8", "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8");
    private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";
    private static final String TEXT = "text/plain; charset=utf-8";
    /**
     * No inline script and nothing from elsewhere, so a title that slipped through unescaped could not
     * run; and no other site may frame the page, so it cannot be overlaid to trick a click.
     */
    private static final String CONTENT_SECURITY_POLICY = "default-src 'self'; frame-ancestors 'none'";

    private final BoundedHttpServer server;

    private StatusServer(BoundedHttpServer server) {
        this.server = server;
    }

    /**
     * Serves on {@code address} (port 0: any free port; the wildcard address: every interface, so
     * Prometheus in another container can scrape it). An address that cannot be bound, mostly a port
     * already taken, is logged and leaves the process without an endpoint rather than stopping the
     * pipeline: the data work matters more than its view.
     */
    public static StatusServer start(InetSocketAddress address, String process, Observability observability, BooleanSupplier ready,
                                     LagProbe lag, Clock clock) throws IOException {
        Map<String, Supplier<Answer>> routes = Map.of(
                "/metrics", () -> new Answer(200, PROMETHEUS_TEXT, bytes(observability.registry().scrape())),
                "/health", () -> new Answer(200, TEXT, bytes("ok\n")),
                "/ready", () -> ready.getAsBoolean() ? new Answer(200, TEXT, bytes("ready\n")) : new Answer(503, TEXT, bytes("starting\n")),
                "/status.json", () -> new Answer(200, "application/json",
                        Json.toBytes(StatusReport.of(process, ready.getAsBoolean(), clock.instant(), observability, lag.current()))));
        try {
            return new StatusServer(BoundedHttpServer.start("newsflow-status-http", address, BoundedHttpServer.Limits.DEFAULTS,
                    new Routes(routes)));
        } catch (BindException e) {
            LOG.warn("{}: {}: no /metrics, /health or status page", process, e.getMessage());
            return new StatusServer(null);
        }
    }

    /** The port served, or -1 when the address could not be bound. */
    public int port() {
        return server == null ? -1 : server.port();
    }

    /** Where a browser on this host finds the page, or null when the address could not be bound. */
    public String url() {
        if (server == null) {
            return null;
        }
        InetAddress host = server.address().getAddress();
        String name = host.isAnyLocalAddress() ? "localhost"
                : host instanceof Inet6Address ? "[" + host.getHostAddress() + "]" : host.getHostAddress();
        return "http://" + name + ":" + server.port() + "/";
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    /** What one request to a read-only path is answered. */
    private record Answer(int status, String contentType, byte[] body) {}

    /** The fixed paths, then the page's files; every other path is 404. */
    private static final class Routes extends Handler.Abstract {

        private final Map<String, Supplier<Answer>> routes;

        Routes(Map<String, Supplier<Answer>> routes) {
            this.routes = routes;
        }

        @Override
        public boolean handle(Request request, Response response, Callback callback) {
            if (!HttpMethod.GET.is(request.getMethod()) && !HttpMethod.HEAD.is(request.getMethod())) {
                response.setStatus(405);
                response.getHeaders().put(HttpHeader.ALLOW, "GET, HEAD");
                callback.succeeded();
                return true;
            }
            String path = Request.getPathInContext(request);
            Supplier<Answer> route = routes.get(path);
            if (route != null) {
                Answer answer = route.get();
                respond(request, response, callback, answer.status(), answer.contentType(), answer.body());
                return true;
            }
            String asset = PAGE_ASSETS.get(path);
            if (asset == null) {
                respond(request, response, callback, 404, TEXT, bytes("not found\n"));
                return true;
            }
            String extension = asset.substring(asset.lastIndexOf('.') + 1);
            respond(request, response, callback, 200, CONTENT_TYPES.get(extension), read("/status/" + asset));
            return true;
        }

        private static void respond(Request request, Response response, Callback callback, int status, String contentType, byte[] body) {
            response.setStatus(status);
            response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
            response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
            response.getHeaders().put("X-Content-Type-Options", "nosniff");
            response.getHeaders().put("Content-Security-Policy", CONTENT_SECURITY_POLICY);
            // frame-ancestors for the browsers that predate it.
            response.getHeaders().put("X-Frame-Options", "DENY");
            response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
            response.write(true, HttpMethod.HEAD.is(request.getMethod()) ? null : ByteBuffer.wrap(body), callback);
        }

        private static byte[] read(String resource) {
            try (InputStream in = StatusServer.class.getResourceAsStream(resource)) {
                if (in == null) {
                    throw new IllegalStateException("missing page asset " + resource);
                }
                return in.readAllBytes();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
    }
}
