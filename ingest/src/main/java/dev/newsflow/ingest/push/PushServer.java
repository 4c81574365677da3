package dev.newsflow.ingest.push;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.newsflow.core.event.DeadLetter;
import dev.newsflow.core.event.RawArticle;
import dev.newsflow.core.json.Json;
import dev.newsflow.ingest.seen.Offer;
import dev.newsflow.ingest.seen.PublishReport;
import dev.newsflow.ingest.seen.SeenStatePublisher;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.kafka.common.KafkaException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /articles}: partners push an archived item or a JSON article. Bearer-token auth;
 * 202 once the article is published (or was already, unchanged), 401 without the right token, 400
 * or 415 with a one-line reason on bad input, 413 over the size cap, 503 if Kafka refuses.
 * Published through the seen-state like every source, so a repeated push is not published twice.
 * The JDK's HTTP server is enough for one small endpoint and adds no dependency.
 */
public final class PushServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PushServer.class);

    /**
     * @param address  where to listen (port 0: any free port)
     * @param token    the bearer token senders must present
     * @param maxBytes the largest body accepted
     */
    public record Settings(InetSocketAddress address, String token, long maxBytes) {

        public Settings {
            if (token == null || token.isBlank()) {
                throw new IllegalArgumentException("the push endpoint needs a bearer token");
            }
        }
    }

    private final Settings settings;
    private final SeenStatePublisher publisher;
    private final Clock clock;
    private final PushedArticles articles = new PushedArticles();
    private final byte[] expectedAuthorization;
    private final ExecutorService executor = Executors.newFixedThreadPool(4);
    private HttpServer server;

    public PushServer(Settings settings, SeenStatePublisher publisher, Clock clock) {
        this.settings = settings;
        this.publisher = publisher;
        this.clock = clock;
        this.expectedAuthorization = ("Bearer " + settings.token()).getBytes(StandardCharsets.UTF_8);
    }

    public void start() throws IOException {
        server = HttpServer.create(settings.address(), 50);
        server.setExecutor(executor);
        server.createContext("/articles", exchange -> {
            try (exchange) {
                handle(exchange);
            } catch (IOException | RuntimeException e) {
                LOG.warn("push: answering {} failed: {}", exchange.getRemoteAddress(), DeadLetter.reasonOf(e));
            }
        });
        server.start();
        LOG.info("push: listening on {}", server.getAddress());
    }

    public int port() {
        return server.getAddress().getPort();
    }

    private void handle(HttpExchange exchange) throws IOException {
        if (!"/articles".equals(exchange.getRequestURI().getPath())) {
            answer(exchange, 404, "no such endpoint; POST /articles");
            return;
        }
        if (!"POST".equals(exchange.getRequestMethod())) {
            exchange.getResponseHeaders().set("Allow", "POST");
            answer(exchange, 405, "only POST /articles");
            return;
        }
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        // Constant-time comparison: the answer time must not reveal how much of a guessed token was right.
        if (authorization == null || !MessageDigest.isEqual(authorization.getBytes(StandardCharsets.UTF_8), expectedAuthorization)) {
            exchange.getResponseHeaders().set("WWW-Authenticate", "Bearer");
            answer(exchange, 401, authorization == null ? "missing bearer token" : "wrong bearer token");
            return;
        }
        byte[] body = readCapped(exchange);
        if (body == null) {
            answer(exchange, 413, "body over the cap of " + settings.maxBytes() + " bytes");
            return;
        }
        RawArticle article;
        try {
            article = articles.read(body, exchange.getRequestHeaders().getFirst("Content-Type"), clock.instant());
        } catch (BadPushException e) {
            answer(exchange, e.status(), e.getMessage());
            return;
        }
        PublishReport report;
        try {
            report = publisher.publish(List.of(Offer.of(article)));
        } catch (KafkaException e) {
            answer(exchange, 503, "cannot publish now: " + DeadLetter.reasonOf(e));
            return;
        }
        byte[] accepted = Json.toBytes(Map.of("id", article.id(), "status", report.published() == 1 ? "published" : "unchanged"));
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(202, accepted.length);
        exchange.getResponseBody().write(accepted);
    }

    /** The body, or null when it is over the cap (by its declared length, or by what arrived). */
    private byte[] readCapped(HttpExchange exchange) throws IOException {
        String declared = exchange.getRequestHeaders().getFirst("Content-Length");
        if (declared != null) {
            try {
                if (Long.parseLong(declared.strip()) > settings.maxBytes()) {
                    return null;
                }
            } catch (NumberFormatException unreadable) {
                // Not trusted either way: the streamed count below decides.
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] chunk = new byte[16 * 1024];
        try (InputStream in = exchange.getRequestBody()) {
            int read;
            while ((read = in.read(chunk)) >= 0) {
                if (out.size() + (long) read > settings.maxBytes()) {
                    return null;
                }
                out.write(chunk, 0, read);
            }
        }
        return out.toByteArray();
    }

    private static void answer(HttpExchange exchange, int status, String reason) throws IOException {
        byte[] bytes = (reason + "\n").getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=utf-8");
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    @Override
    public void close() {
        if (server != null) {
            server.stop(1);
        }
        executor.shutdownNow();
    }
}
