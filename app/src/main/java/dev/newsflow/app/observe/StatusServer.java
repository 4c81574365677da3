package dev.newsflow.app.observe;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import dev.newsflow.core.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.BooleanSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP side of one process: {@code /metrics} (Prometheus), {@code /health} (the process is up),
 * {@code /ready} (its stages run: 200, else 503), {@code /status.json} and the status page at
 * {@code /}. The JDK's own HTTP server: five read-only routes do not need a web framework.
 */
public final class StatusServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(StatusServer.class);
    private static final Map<String, String> PAGE_ASSETS = Map.of(
            "/", "index.html", "/status.js", "status.js", "/status.css", "status.css");
    private static final Map<String, String> CONTENT_TYPES = Map.of(
            "html", "text/html; charset=utf-8", "js", "text/javascript; charset=utf-8", "css", "text/css; charset=utf-8");
    private static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final HttpServer server;
    private final ExecutorService executor;

    private StatusServer(HttpServer server, ExecutorService executor) {
        this.server = server;
        this.executor = executor;
    }

    /**
     * Serves on {@code port} (0: any free port) of every interface, so Prometheus in another container
     * can scrape it. A port already taken is logged and leaves the process without an endpoint rather
     * than stopping the pipeline: the data work matters more than its view.
     */
    public static StatusServer start(int port, String process, Observability observability, BooleanSupplier ready,
                                     LagProbe lag, Clock clock) throws IOException {
        HttpServer server;
        try {
            server = HttpServer.create(new InetSocketAddress(port), 0);
        } catch (BindException e) {
            LOG.warn("{}: port {} is taken: no /metrics, /health or status page", process, port);
            return new StatusServer(null, null);
        }
        server.createContext("/metrics", exchange -> respond(exchange, 200, PROMETHEUS_TEXT,
                observability.registry().scrape().getBytes(StandardCharsets.UTF_8)));
        server.createContext("/health", exchange -> respond(exchange, 200, "text/plain; charset=utf-8", bytes("ok\n")));
        server.createContext("/ready", exchange -> {
            boolean isReady = ready.getAsBoolean();
            respond(exchange, isReady ? 200 : 503, "text/plain; charset=utf-8", bytes(isReady ? "ready\n" : "starting\n"));
        });
        server.createContext("/status.json", exchange -> respond(exchange, 200, "application/json",
                Json.toBytes(StatusReport.of(process, ready.getAsBoolean(), clock.instant(), observability, lag.current()))));
        server.createContext("/", new PageAssets());
        // Two threads: Prometheus and a page or two at a time; the pipeline keeps the cores.
        ExecutorService executor = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "newsflow-status-http");
            thread.setDaemon(true);
            return thread;
        });
        server.setExecutor(executor);
        server.start();
        return new StatusServer(server, executor);
    }

    /** The port served, or -1 when the port was taken. */
    public int port() {
        return server == null ? -1 : server.getAddress().getPort();
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    private static void respond(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        try (exchange) {
            if (!"GET".equals(exchange.getRequestMethod()) && !"HEAD".equals(exchange.getRequestMethod())) {
                exchange.sendResponseHeaders(405, -1);
                return;
            }
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.getResponseHeaders().set("Cache-Control", "no-store");
            exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
            // No inline script and nothing from elsewhere: a title that slipped through unescaped could not run.
            exchange.getResponseHeaders().set("Content-Security-Policy", "default-src 'self'");
            boolean head = "HEAD".equals(exchange.getRequestMethod());
            exchange.sendResponseHeaders(status, head ? -1 : body.length);
            if (!head) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
        }
    }

    /** The page's files from {@code status/} on the classpath; every other path is 404. */
    private static final class PageAssets implements HttpHandler {

        @Override
        public void handle(HttpExchange exchange) throws IOException {
            String asset = PAGE_ASSETS.get(exchange.getRequestURI().getPath());
            if (asset == null) {
                respond(exchange, 404, "text/plain; charset=utf-8", bytes("not found\n"));
                return;
            }
            String extension = asset.substring(asset.lastIndexOf('.') + 1);
            respond(exchange, 200, CONTENT_TYPES.get(extension), read("/status/" + asset));
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
            server.stop(0);
            executor.shutdownNow();
        }
    }
}
