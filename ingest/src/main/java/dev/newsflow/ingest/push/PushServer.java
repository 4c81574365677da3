package dev.newsflow.ingest.push;

import dev.newsflow.core.event.DeadLetter;
import dev.newsflow.core.event.RawArticle;
import dev.newsflow.core.http.BoundedHttpServer;
import dev.newsflow.core.http.RequestBody;
import dev.newsflow.core.json.Json;
import dev.newsflow.ingest.seen.Offer;
import dev.newsflow.ingest.seen.PublishReport;
import dev.newsflow.ingest.seen.SeenStatePublisher;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.common.KafkaException;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code POST /articles}: partners push an archived item or a JSON article. Bearer-token auth;
 * 202 once the article is published (or was already, unchanged), 401 without the right token, 400
 * or 415 with a one-line reason on bad input, 413 over the size cap, 408 when the body is not whole
 * in time, 503 if Kafka refuses. Published through the seen-state like every source, so a repeated
 * push is not published twice. Served by {@link BoundedHttpServer}, so peers that connect and stall,
 * or trickle a head or a body, hold no thread and are cut off at a deadline.
 */
public final class PushServer implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(PushServer.class);

    /**
     * @param address  where to listen (port 0: any free port; the wildcard address: every interface)
     * @param token    the bearer token senders must present
     * @param maxBytes the largest body accepted
     * @param limits   the server's deadlines and bounds
     */
    public record Settings(InetSocketAddress address, String token, long maxBytes, BoundedHttpServer.Limits limits) {

        public Settings {
            if (token == null || token.isBlank()) {
                throw new IllegalArgumentException("the push endpoint needs a bearer token");
            }
        }

        /** With the server's default deadlines and bounds. */
        public Settings(InetSocketAddress address, String token, long maxBytes) {
            this(address, token, maxBytes, BoundedHttpServer.Limits.DEFAULTS);
        }
    }

    private final Settings settings;
    private final SeenStatePublisher publisher;
    private final Clock clock;
    private final PushedArticles articles = new PushedArticles();
    private final byte[] expectedAuthorization;
    private BoundedHttpServer server;

    public PushServer(Settings settings, SeenStatePublisher publisher, Clock clock) {
        this.settings = settings;
        this.publisher = publisher;
        this.clock = clock;
        this.expectedAuthorization = ("Bearer " + settings.token()).getBytes(StandardCharsets.UTF_8);
    }

    public void start() throws IOException {
        server = BoundedHttpServer.start("newsflow-push", settings.address(), settings.limits(), new Handler.Abstract() {
            @Override
            public boolean handle(Request request, Response response, Callback callback) {
                PushServer.this.handle(request, response, callback);
                return true;
            }
        });
        LOG.info("push: listening on {}", server.address());
    }

    public int port() {
        return server.port();
    }

    /** The address listened on, as the system bound it. */
    public InetSocketAddress address() {
        return server.address();
    }

    private void handle(Request request, Response response, Callback callback) {
        if (!"/articles".equals(Request.getPathInContext(request))) {
            answer(response, callback, 404, "no such endpoint; POST /articles");
            return;
        }
        if (!"POST".equals(request.getMethod())) {
            response.getHeaders().put(HttpHeader.ALLOW, "POST");
            answer(response, callback, 405, "only POST /articles");
            return;
        }
        String authorization = request.getHeaders().get(HttpHeader.AUTHORIZATION);
        // Constant-time comparison: the answer time must not reveal how much of a guessed token was right.
        if (authorization == null || !MessageDigest.isEqual(authorization.getBytes(StandardCharsets.UTF_8), expectedAuthorization)) {
            response.getHeaders().put(HttpHeader.WWW_AUTHENTICATE, "Bearer");
            answer(response, callback, 401, authorization == null ? "missing bearer token" : "wrong bearer token");
            return;
        }
        // By the declared length before reading anything; a body without one is counted as it arrives.
        if (request.getLength() > settings.maxBytes()) {
            answer(response, callback, 413, "body over the cap of " + settings.maxBytes() + " bytes");
            return;
        }
        String contentType = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
        String contentLocation = request.getHeaders().get(HttpHeader.CONTENT_LOCATION);
        RequestBody.read(request, settings.maxBytes(), settings.limits().bodyTimeout()).whenComplete((body, failure) -> {
            try {
                if (failure == null) {
                    // The sender has said all it had to; a silent connection while Kafka acknowledges is the server's wait, not the peer's.
                    request.addIdleTimeoutListener(whileKafkaAcknowledges -> false);
                    publish(body, contentType, contentLocation, response, callback);
                } else {
                    refuse(failure, request, response, callback);
                }
            } catch (RuntimeException e) {
                LOG.warn("push: answering {} failed: {}", Request.getRemoteAddr(request), DeadLetter.reasonOf(e));
                callback.failed(e);
            }
        });
    }

    private void refuse(Throwable failure, Request request, Response response, Callback callback) {
        if (failure instanceof TimeoutException) {
            answer(response, callback, 408, failure.getMessage());
        } else if (failure instanceof RequestBody.TooLargeException) {
            answer(response, callback, 413, failure.getMessage());
        } else {
            // The sender went away mid-body: there is no one left to answer.
            LOG.warn("push: reading the body from {} failed: {}", Request.getRemoteAddr(request), DeadLetter.reasonOf(failure));
            callback.failed(failure);
        }
    }

    private void publish(byte[] body, String contentType, String contentLocation, Response response, Callback callback) {
        RawArticle article;
        try {
            article = articles.read(body, contentType, contentLocation, clock.instant());
        } catch (BadPushException e) {
            answer(response, callback, e.status(), e.getMessage());
            return;
        }
        PublishReport report;
        try {
            report = publisher.publish(List.of(Offer.of(article)));
        } catch (KafkaException e) {
            answer(response, callback, 503, "cannot publish now: " + DeadLetter.reasonOf(e));
            return;
        }
        byte[] accepted = Json.toBytes(Map.of("id", article.id(), "status", report.published() == 1 ? "published" : "unchanged"));
        send(response, callback, 202, "application/json", accepted);
    }

    private static void answer(Response response, Callback callback, int status, String reason) {
        send(response, callback, status, "text/plain; charset=utf-8", (reason + "\n").getBytes(StandardCharsets.UTF_8));
    }

    private static void send(Response response, Callback callback, int status, String contentType, byte[] body) {
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, contentType);
        response.write(true, ByteBuffer.wrap(body), callback);
    }

    @Override
    public void close() {
        if (server != null) {
            server.close();
        }
    }
}
