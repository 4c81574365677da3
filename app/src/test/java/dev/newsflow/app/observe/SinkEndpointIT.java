package dev.newsflow.app.observe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.core.event.EnrichedArticle;
import dev.newsflow.core.event.RawArticle;
import dev.newsflow.core.json.Json;
import dev.newsflow.core.kafka.ClientSettings;
import dev.newsflow.core.topic.Topics;
import dev.newsflow.testkit.Eventually;
import dev.newsflow.testkit.TestKafka;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsflow sink} as a service serves its own endpoint: ready once consuming, and its stored articles counted. */
@Timeout(180)
class SinkEndpointIT {

    private final HttpClient http = HttpClient.newHttpClient();

    @TempDir
    Path work;

    private int status(String url) {
        try {
            return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (Exception e) {
            throw new AssertionError("GET " + url + " failed", e);
        }
    }

    private static PrometheusScrape scrape(String url) {
        try {
            return PrometheusScrape.of(url);
        } catch (Exception e) {
            throw new AssertionError("scraping " + url + " failed", e);
        }
    }

    @Test
    void shouldServeReadinessAndCountStoredArticles() throws Exception {
        String bootstrap = TestKafka.bootstrapServers();
        String id = TestKafka.uniqueName("sink-endpoint");
        EnrichedArticle article = new EnrichedArticle(EnrichedArticle.SCHEMA, id, 1, "https://news.example.org/" + id, null,
                "news.example.org", "A stored article", null, List.of(), null, null, null, null, List.of(), List.of(), "Body text.",
                List.of(), List.of(), new EnrichedArticle.Language("en", 0.9, false, List.of(), List.of(), "script"), null,
                Map.of(), List.of(), new RawArticle.Source("endpoint-test", "archive", null, "test"), Instant.now(), null);

        try (InProcessCli sink = InProcessCli.start("sink", "--bootstrap-servers", bootstrap, "--http-port", "0",
                "--group-id", TestKafka.uniqueName("sink-endpoint-group"), "--store", "jdbc:sqlite:" + work.resolve("sink.db"))) {
            String endpoint = sink.endpoint();
            assertThat(status(endpoint + "health")).isEqualTo(200);
            Eventually.await(Duration.ofSeconds(60), "the sink to be ready", () -> status(endpoint + "ready") == 200);

            try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                    ClientSettings.idempotentProducer(bootstrap, "sink-endpoint-it", Map.of()), new StringSerializer(), new ByteArraySerializer())) {
                producer.send(new ProducerRecord<>(Topics.ENRICHED.name(), id, Json.toBytes(article))).get();
            }

            Eventually.await(Duration.ofSeconds(60), "the stored article counted on /metrics", () -> scrape(endpoint + "metrics")
                    .sum("newsflow_articles_total", Map.of("stage", "sink", "outcome", "out", "source", "endpoint-test")) == 1);
        }
    }
}
