package dev.newsflow.app.observe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsflow.core.event.EnrichedArticle;
import dev.newsflow.core.event.RawArticle;
import dev.newsflow.core.json.Json;
import dev.newsflow.core.topic.Topics;
import dev.newsflow.sink.consume.SinkListener;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The HTTP endpoint of a process, on a free loopback port, with the sink's outcomes counted into it. */
class StatusServerTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-01-02T03:04:05Z"), ZoneOffset.UTC);

    private final HttpClient http = HttpClient.newHttpClient();
    private final AtomicBoolean ready = new AtomicBoolean();
    private Observability observability;
    private LagProbe lag;
    private StatusServer server;

    @BeforeEach
    void start() throws Exception {
        observability = new Observability();
        lag = new LagProbe(() -> null, Map.of());
        server = StatusServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), "sink", observability, ready::get, lag, CLOCK);
    }

    @AfterEach
    void stop() {
        server.close();
        lag.close();
        observability.close();
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private static ConsumerRecord<String, byte[]> enriched(String id, String title) {
        RawArticle.Source source = new RawArticle.Source("feed-a", "rss", "https://feeds.example.org/a.xml", null);
        EnrichedArticle article = new EnrichedArticle(EnrichedArticle.SCHEMA, id, 1, "https://news.example.org/" + id, null,
                "news.example.org", title, null, List.of(), null, null, null, null, List.of(), List.of(), "text", List.of(), List.of(),
                new EnrichedArticle.Language("en", 0.9, false, List.of(), List.of(), "script"), null, Map.of(), List.of(),
                source, Instant.EPOCH, null);
        return new ConsumerRecord<>(Topics.ENRICHED.name(), 0, 7, id, Json.toBytes(article));
    }

    @Test
    void shouldAnswerHealthAlwaysAndReadyOnlyWhenTheStagesRun() throws Exception {
        assertThat(get("/health").statusCode()).isEqualTo(200);
        assertThat(get("/ready").statusCode()).isEqualTo(503);

        ready.set(true);

        assertThat(get("/ready").statusCode()).isEqualTo(200);
        assertThat(get("/nothing-here").statusCode()).isEqualTo(404);
    }

    @Test
    void shouldExportSinkOutcomesAsPrometheusCounters() throws Exception {
        ObservedSinkListener listener = new ObservedSinkListener(SinkListener.NONE, observability, CLOCK);
        listener.stored(enriched("a1", "First"));
        listener.stored(enriched("a2", "Second"));
        listener.deadLettered(new ConsumerRecord<>(Topics.ENRICHED.name(), 0, 9, "bad", new byte[] {1, 2}),
                "store refused the article: value too long for column title");

        String metrics = get("/metrics").body();

        assertThat(metrics)
                .contains("newsflow_articles_total{outcome=\"out\",source=\"feed-a\",stage=\"sink\"} 2.0")
                .contains("newsflow_articles_total{outcome=\"in\",source=\"unknown\",stage=\"sink\"} 1.0")
                .contains("newsflow_dead_letters_total{reason=\"store refused the article\",stage=\"sink\"} 1.0")
                .contains("jvm_memory_used_bytes");
    }

    @Test
    void shouldReportLatestArticlesAndCountsAsJson() throws Exception {
        ObservedSinkListener listener = new ObservedSinkListener(SinkListener.NONE, observability, CLOCK);
        listener.stored(enriched("a1", "First"));
        listener.stored(enriched("a2", "<script>alert(1)</script> Second"));

        JsonNode status = Json.mapper().readTree(get("/status.json").body());

        assertThat(status.path("process").asText()).isEqualTo("sink");
        assertThat(status.path("latest").get(0).path("title").asText()).isEqualTo("<script>alert(1)</script> Second");
        assertThat(status.path("latest").get(1).path("title").asText()).isEqualTo("First");
        assertThat(status.path("articles").findValuesAsText("count")).contains("2");
    }

    @Test
    void shouldServeThePageWithAPolicyThatForbidsInlineScript() throws Exception {
        HttpResponse<String> page = get("/");

        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValue("text/html; charset=utf-8");
        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(policy -> assertThat(policy).startsWith("default-src 'self'"));
        assertThat(page.body()).contains("<script src=\"status.js\"");
        assertThat(get("/status.js").body()).contains("textContent").doesNotContain("innerHTML");
    }

    @Test
    void shouldForbidOtherSitesToFrameThePage() throws Exception {
        HttpResponse<String> page = get("/");

        assertThat(page.headers().firstValue("Content-Security-Policy")).hasValue("default-src 'self'; frame-ancestors 'none'");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }

    @Test
    void shouldAnswerHeadLikeGetWithoutTheBody() throws Exception {
        HttpResponse<String> head = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/health"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(head.statusCode()).isEqualTo(200);
        assertThat(head.headers().firstValue("Content-Type")).hasValue("text/plain; charset=utf-8");
        assertThat(head.body()).isEmpty();
    }

    @Test
    void shouldAnswerOtherMethodsWith405() throws Exception {
        HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/health"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build(), HttpResponse.BodyHandlers.ofString());

        assertThat(post.statusCode()).isEqualTo(405);
        assertThat(post.headers().firstValue("Allow")).hasValue("GET, HEAD");
    }

    @Test
    void shouldServeOnLoopbackOnlyWhenBoundToIt() throws Exception {
        int port = server.port();

        // Bound to 127.0.0.1 alone, the port is still free on every other address: 127.0.0.2 (also this
        // host, so no packet leaves it) can take it. Bound to every interface, it could not.
        try (ServerSocket other = new ServerSocket()) {
            other.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.2"), port));
        }
        assertThat(server.url()).isEqualTo("http://127.0.0.1:" + port + "/");
        assertThat(get("/health").statusCode()).isEqualTo(200);
    }

    @Test
    void shouldServeOnEveryInterfaceByDefault() throws Exception {
        try (StatusServer everywhere = StatusServer.start(new InetSocketAddress(0), "sink", observability, ready::get, lag, CLOCK);
             ServerSocket other = new ServerSocket()) {

            assertThat(everywhere.url()).isEqualTo("http://localhost:" + everywhere.port() + "/");
            assertThatThrownBy(() -> other.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.2"), everywhere.port())))
                    .isInstanceOf(BindException.class);
        }
    }

    @Test
    void shouldLeaveTheProcessWithoutAnEndpointWhenThePortIsTaken() throws Exception {
        try (StatusServer second = StatusServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.port()), "sink",
                observability, ready::get, lag, CLOCK)) {

            assertThat(second.port()).isEqualTo(-1);
            assertThat(second.url()).isNull();
            assertThat(get("/health").statusCode()).isEqualTo(200);
        }
    }
}
