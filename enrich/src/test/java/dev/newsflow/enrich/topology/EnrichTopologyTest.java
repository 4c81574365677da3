package dev.newsflow.enrich.topology;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.core.event.DeadLetter;
import dev.newsflow.core.event.EnrichedArticle;
import dev.newsflow.core.event.RawArticle;
import dev.newsflow.core.event.Stage;
import dev.newsflow.core.json.Json;
import dev.newsflow.core.topic.RunHeader;
import dev.newsflow.core.topic.Topics;
import dev.newsflow.enrich.Enricher;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Properties;
import java.util.Random;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyDescription;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.test.TestRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class EnrichTopologyTest {

    private static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");

    private TopologyTestDriver driver;
    private TestInputTopic<byte[], byte[]> raw;
    private TestOutputTopic<String, EnrichedArticle> enriched;
    private TestOutputTopic<String, DeadLetter> deadLetters;

    @BeforeEach
    void startDriver() {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "enrich-topology-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        driver = new TopologyTestDriver(EnrichTopology.build(new Enricher(), Clock.fixed(NOW, ZoneOffset.UTC)), props);
        raw = driver.createInputTopic(Topics.RAW.name(), new ByteArraySerializer(), new ByteArraySerializer());
        enriched = driver.createOutputTopic(Topics.ENRICHED.name(),
                Topics.ENRICHED.keySerde().deserializer(), Topics.ENRICHED.valueSerde().deserializer());
        deadLetters = driver.createOutputTopic(Topics.DEAD_LETTERS.name(),
                Topics.DEAD_LETTERS.keySerde().deserializer(), Topics.DEAD_LETTERS.valueSerde().deserializer());
    }

    @AfterEach
    void closeDriver() {
        driver.close();
    }

    private static RawArticle article(String id, String html) {
        return new RawArticle(RawArticle.SCHEMA, id, 1, "https://news.example.org/2026/01/a-" + id,
                new RawArticle.Source("archive", "archive", null, "test"), "A headline about the harbour",
                new RawArticle.FeedFields(null, null, null, null, NOW, null, null),
                html, "text/html", false, html.length(), "hash", NOW);
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void shouldReadTheTopicThatEnrichDeadLettersAreReplayedTo() {
        // A replay sends an enrich dead letter back to Topics.inputOf(ENRICH): the topology must read just that.
        TopologyDescription description = EnrichTopology.build(new Enricher(), Clock.fixed(NOW, ZoneOffset.UTC)).describe();

        assertThat(description.subtopologies()).flatExtracting(TopologyDescription.Subtopology::nodes)
                .filteredOn(node -> node instanceof TopologyDescription.Source)
                .flatExtracting(node -> ((TopologyDescription.Source) node).topicSet())
                .containsExactly(Topics.inputOf(Stage.ENRICH).orElseThrow().name());
    }

    @Test
    void shouldEnrichARawArticleUnderTheSameKey() {
        RawArticle article = article("a1", "<p>The harbour reopened on Monday after three weeks of repairs to the old quay.</p>");

        raw.pipeInput(utf8("a1"), Json.toBytes(article));

        TestRecord<String, EnrichedArticle> out = enriched.readRecord();
        assertThat(out.key()).isEqualTo("a1");
        assertThat(out.value().id()).isEqualTo("a1");
        assertThat(out.value().title()).isEqualTo("A headline about the harbour");
        assertThat(out.value().text()).contains("The harbour reopened on Monday");
        assertThat(deadLetters.isEmpty()).isTrue();
    }

    @Test
    void shouldRouteUnparseableRecordsToDeadLettersWithTheirOriginalBytes() {
        byte[] garbage = {'{', 'n', 'o', 't', (byte) 0xff, ' ', 'j', 's', 'o', 'n'};

        raw.pipeInput(utf8("bad-1"), garbage);

        assertThat(enriched.isEmpty()).isTrue();
        TestRecord<String, DeadLetter> out = deadLetters.readRecord();
        DeadLetter letter = out.value();
        assertThat(out.key()).isEqualTo("bad-1");
        assertThat(letter.schema()).isEqualTo(DeadLetter.SCHEMA);
        assertThat(letter.stage()).isEqualTo("enrich");
        assertThat(letter.errorMessage()).isNotBlank().doesNotContain("\n");
        assertThat(letter.payload()).isEqualTo(garbage);
        assertThat(letter.key()).isEqualTo(utf8("bad-1"));
        assertThat(letter.source().topic()).isEqualTo(Topics.RAW.name());
        assertThat(letter.source().offset()).isZero();
        assertThat(letter.attempt()).isEqualTo(1);
        assertThat(letter.time()).isEqualTo(NOW);
    }

    @Test
    void shouldDeadLetterBinaryContentWithTheReasonAndTheRecord() {
        byte[] bytes = new byte[50_000];
        new Random(3).nextBytes(bytes);
        byte[] record = Json.toBytes(article("bin", new String(bytes, StandardCharsets.UTF_8)));

        raw.pipeInput(utf8("bin"), record);

        assertThat(enriched.isEmpty()).isTrue();
        DeadLetter letter = deadLetters.readValue();
        assertThat(letter.errorMessage()).startsWith("text is not readable: ").contains("in article bin");
        assertThat(letter.payload()).isEqualTo(record);
    }

    @Test
    void shouldDeadLetterAnEmptyRecord() {
        raw.pipeInput(utf8("tombstone"), (byte[]) null);

        assertThat(deadLetters.readValue().errorMessage()).isEqualTo("empty record (no value)");
    }

    @Test
    void shouldKeepGoingAfterABadRecordAndEndEveryRecordInExactlyOneOutcome() {
        raw.pipeInput(utf8("ok-1"), Json.toBytes(article("ok-1", "<p>First story about the new library opening downtown.</p>")));
        raw.pipeInput(utf8("bad"), utf8("not json"));
        raw.pipeInput(utf8("ok-2"), Json.toBytes(article("ok-2", "<p>Second story about rail timetables changing in spring.</p>")));

        List<String> enrichedKeys = enriched.readKeyValuesToList().stream().map(kv -> kv.key).toList();
        List<String> deadKeys = deadLetters.readKeyValuesToList().stream().map(kv -> kv.key).toList();
        assertThat(enrichedKeys).containsExactly("ok-1", "ok-2");
        assertThat(deadKeys).containsExactly("bad");
    }

    @Test
    void shouldCarryTheRunHeaderToEveryOutcome() {
        RecordHeaders headers = new RecordHeaders();
        RunHeader.set(headers, "run-42");

        raw.pipeInput(new TestRecord<>(utf8("ok"), Json.toBytes(article("ok", "<p>Text of a story long enough to count.</p>")), headers));
        raw.pipeInput(new TestRecord<>(utf8("bad"), utf8("??"), headers));

        assertThat(RunHeader.get(enriched.readRecord().headers())).isEqualTo("run-42");
        assertThat(RunHeader.get(deadLetters.readRecord().headers())).isEqualTo("run-42");
    }

    @Test
    void shouldNameEveryNode() {
        TopologyDescription description = EnrichTopology.build(new Enricher(), Clock.systemUTC()).describe();

        assertThat(description.toString())
                .contains("raw-articles", "enrich", "outcome-enriched", "outcome-failed", "to-enriched-articles", "to-dead-letters")
                .doesNotContain("KSTREAM-");
    }
}
