package dev.newsflow.enrich.topology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.core.event.RawArticle;
import dev.newsflow.core.json.Json;
import dev.newsflow.core.observe.StageMeters;
import dev.newsflow.core.topic.Topics;
import dev.newsflow.enrich.Enricher;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.Properties;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The enrich stage's meters, recorded by the topology into the process's (global) registry. */
class StageMetersTest {

    private static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");

    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private TopologyTestDriver driver;
    private TestInputTopic<byte[], byte[]> raw;

    @BeforeEach
    void startDriver() {
        Metrics.globalRegistry.add(registry);
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "stage-meters-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        driver = new TopologyTestDriver(EnrichTopology.build(new Enricher(), Clock.fixed(NOW, ZoneOffset.UTC)), props);
        raw = driver.createInputTopic(Topics.RAW.name(), new ByteArraySerializer(), new ByteArraySerializer());
    }

    @AfterEach
    void closeDriver() {
        driver.close();
        Metrics.globalRegistry.remove(registry);
    }

    private double articles(String outcome, String source) {
        return registry.get(StageMeters.ARTICLES).tags(StageMeters.STAGE, "enrich", StageMeters.OUTCOME, outcome,
                StageMeters.SOURCE, source).counter().count();
    }

    /** Summed: meters that other tests of this JVM made in the global registry show up here too, at zero. */
    private static double total(Collection<Counter> counters) {
        return counters.stream().mapToDouble(Counter::count).sum();
    }

    @Test
    void shouldCountEnrichedAndDeadLetteredArticlesPerSourceWithLatencyAndLanguage() {
        RawArticle article = new RawArticle(RawArticle.SCHEMA, "a1", 1, "https://news.example.org/a1",
                new RawArticle.Source("feed-x", "rss", null, "test"), "The harbour reopens",
                new RawArticle.FeedFields(null, null, null, null, NOW, null, null),
                "<p>The harbour reopened on Monday after three weeks of repairs to the old quay.</p>",
                "text/html", false, 80, "hash", NOW);

        raw.pipeInput("a1".getBytes(StandardCharsets.UTF_8), Json.toBytes(article));
        raw.pipeInput("bad".getBytes(StandardCharsets.UTF_8), "not json".getBytes(StandardCharsets.UTF_8));

        assertThat(articles(StageMeters.IN, "feed-x")).isEqualTo(1);
        assertThat(articles(StageMeters.OUT, "feed-x")).isEqualTo(1);
        assertThat(articles(StageMeters.DEAD_LETTERED, StageMeters.UNKNOWN)).isEqualTo(1);
        assertThat(total(registry.get(StageMeters.DEAD_LETTERS).tag(StageMeters.STAGE, "enrich").counters())).isEqualTo(1);
        assertThat(registry.get(StageMeters.LATENCY).tag(StageMeters.OUTCOME, StageMeters.OUT).timer().count()).isEqualTo(1);
        assertThat(total(registry.get(StageMeters.LANGUAGES).counters())).isEqualTo(1);
    }

    @Test
    void shouldKeepReasonLabelsShortAndFreeOfIdentifiers() {
        assertThat(StageMeters.reasonLabel("java.lang.IllegalArgumentException")).isEqualTo("IllegalArgumentException");
        assertThat(StageMeters.reasonLabel("store refused the article: value too long for id 42")).isEqualTo("store refused the article");
        assertThat(StageMeters.reasonLabel(" ")).isEqualTo(StageMeters.UNKNOWN);
        assertThat(StageMeters.reasonLabel("x".repeat(100))).hasSize(60);
    }
}
