package dev.newsflow.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.core.event.DeadLetter;
import dev.newsflow.core.event.RawArticle;
import dev.newsflow.core.id.ArticleId;
import dev.newsflow.core.kafka.ClientSettings;
import dev.newsflow.core.topic.RunHeader;
import dev.newsflow.core.topic.Topics;
import dev.newsflow.ingest.publish.RawPublisher;
import dev.newsflow.ingest.source.InputFiles;
import dev.newsflow.testkit.Eventually;
import dev.newsflow.testkit.TestKafka;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Ingest on a real broker: valid items keyed by article id on the raw topic, malformed ones dead-lettered. */
class ArchiveIngestIT {

    @TempDir
    Path items;

    @BeforeAll
    static void createTopics() {
        IngestTestTopics.ensure();
    }

    private static String item(String title, String url, String html) {
        return "<!--1714141024000-->\n[" + title + "](" + url + ")\n------\n" + html;
    }

    /** Everything on {@code topic} stamped with {@code runId}, waiting until {@code expected} records arrived. */
    private static List<ConsumerRecord<String, byte[]>> readRun(String topic, String runId, int expected) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        var props = ClientSettings.readCommittedConsumer(TestKafka.bootstrapServers(), "it-" + UUID.randomUUID(), Map.of());
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic));
            Eventually.await(Duration.ofSeconds(30), expected + " records of run " + runId + " on " + topic, () -> {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (runId.equals(RunHeader.get(record.headers()))) {
                        records.add(record);
                    }
                }
                return records.size() >= expected;
            });
        }
        return records;
    }

    @Test
    void shouldPublishValidItemsKeyedByIdAndDeadLetterMalformedOnes() throws Exception {
        Files.writeString(items.resolve("a.txt"), item("First", "https://news.example.org/a?utm_source=feed", "<p>One</p>"));
        Files.writeString(items.resolve("b.txt"), item("Second", "https://news.example.org/b", "<p>Two</p>"));
        byte[] malformed = "[no timestamp](https://news.example.org/c)\n------\n<p>x</p>".getBytes(StandardCharsets.UTF_8);
        Files.write(items.resolve("c.txt"), malformed);
        Files.writeString(items.resolve(".hidden.txt"), item("Hidden", "https://news.example.org/h", "<p>h</p>"));
        String runId = UUID.randomUUID().toString();
        List<String> errors = new ArrayList<>();

        IngestReport report;
        try (RawPublisher publisher = new RawPublisher(TestKafka.bootstrapServers(), runId, Map.of())) {
            report = new ArchiveIngest(publisher, errors::add, Clock.systemUTC()).ingest(InputFiles.readLazily(List.of(items)));
        }

        assertThat(report).isEqualTo(new IngestReport(3, 2, 1));
        assertThat(errors).singleElement().asString().contains("c.txt").contains("line 1 is not <!--EPOCH_MILLIS-->");

        List<ConsumerRecord<String, byte[]>> raw = readRun(Topics.RAW.name(), runId, 2);
        assertThat(raw).extracting(ConsumerRecord::key)
                .containsExactlyInAnyOrder(ArticleId.of("https://news.example.org/a"), ArticleId.of("https://news.example.org/b"));
        RawArticle first = Topics.RAW.valueSerde().deserializer().deserialize(Topics.RAW.name(), raw.stream()
                .filter(record -> record.key().equals(ArticleId.of("https://news.example.org/a"))).findFirst().orElseThrow().value());
        assertThat(first.title()).isEqualTo("First");
        assertThat(first.content()).isEqualTo("<p>One</p>");
        assertThat(first.source().input()).endsWith("a.txt");

        List<ConsumerRecord<String, byte[]>> dead = readRun(Topics.DEAD_LETTERS.name(), runId, 1);
        DeadLetter letter = Topics.DEAD_LETTERS.valueSerde().deserializer().deserialize(Topics.DEAD_LETTERS.name(), dead.get(0).value());
        assertThat(letter.stage()).isEqualTo("ingest");
        assertThat(letter.source().input()).endsWith("c.txt");
        assertThat(letter.payload()).isEqualTo(malformed);
        assertThat(letter.errorMessage()).startsWith("line 1 is not");
    }
}
