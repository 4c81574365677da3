package dev.newsflow.ingest;

import dev.newsflow.core.event.DeadLetter;
import dev.newsflow.core.event.RawArticle;
import dev.newsflow.core.event.RecordSizes;
import dev.newsflow.core.id.ArticleId;
import dev.newsflow.core.id.ContentHash;
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
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

/** Ingest on a real broker: valid items keyed by article id on the raw topic, malformed ones dead-lettered. */
@Timeout(120)
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

    private static IngestReport ingest(Path folder, String runId, List<String> errors) throws Exception {
        try (RawPublisher publisher = new RawPublisher(TestKafka.bootstrapServers(), runId, Map.of())) {
            return new ArchiveIngest(publisher, errors::add, Clock.systemUTC()).ingest(new InputFiles(false).readLazily(List.of(folder)));
        }
    }

    private static DeadLetter letterOf(ConsumerRecord<String, byte[]> record) {
        return Topics.DEAD_LETTERS.valueSerde().deserializer().deserialize(record.topic(), record.value());
    }

    @Test
    void shouldDeadLetterAnOversizedMalformedItemAndStillPublishTheOthers() throws Exception {
        Files.writeString(items.resolve("a.txt"), item("First", "https://news.example.org/big-a", "<p>One</p>"));
        Files.writeString(items.resolve("c.txt"), item("Third", "https://news.example.org/big-c", "<p>Three</p>"));
        // 20 MB that are no archived item: base64 makes its dead letter 27 MB, beyond a 16 MiB cap.
        byte[] malformed = new byte[20_000_000];
        Arrays.fill(malformed, (byte) 'x');
        Files.write(items.resolve("b.txt"), malformed);
        String runId = UUID.randomUUID().toString();
        List<String> errors = new ArrayList<>();

        IngestReport report = ingest(items, runId, errors);

        assertThat(report).isEqualTo(new IngestReport(3, 2, 1));
        assertThat(errors).singleElement().asString().contains("b.txt", "line 1 is not <!--EPOCH_MILLIS-->");
        assertThat(readRun(Topics.RAW.name(), runId, 2)).extracting(ConsumerRecord::key).containsExactlyInAnyOrder(
                ArticleId.of("https://news.example.org/big-a"), ArticleId.of("https://news.example.org/big-c"));
        ConsumerRecord<String, byte[]> dead = readRun(Topics.DEAD_LETTERS.name(), runId, 1).get(0);
        DeadLetter letter = letterOf(dead);
        assertThat(dead.serializedValueSize()).isLessThan(RecordSizes.DEAD_LETTER_MAX_MESSAGE_BYTES);
        assertThat(letter.payloadTruncated()).isTrue();
        assertThat(letter.payload()).isEqualTo(Arrays.copyOf(malformed, DeadLetter.CUT_PREFIX_BYTES));
        assertThat(letter.payloadLength()).isEqualTo(malformed.length);
        assertThat(letter.payloadSha256()).isEqualTo(ContentHash.sha256Hex(malformed));
        assertThat(letter.source().input()).endsWith("b.txt");
    }

    @Test
    void shouldDeadLetterAnItemWhoseRawEventWouldNotFitTheRawTopic() throws Exception {
        // 10 MiB of control characters: within the content cap, but six bytes each once escaped in JSON.
        Files.writeString(items.resolve("escapes.txt"), item("Escapes", "https://news.example.org/escapes",
                "\u0001".repeat(10 * 1024 * 1024 - 100)));
        Files.writeString(items.resolve("fine.txt"), item("Fine", "https://news.example.org/fine", "<p>Fine</p>"));
        String runId = UUID.randomUUID().toString();
        List<String> errors = new ArrayList<>();

        IngestReport report = ingest(items, runId, errors);

        assertThat(report).isEqualTo(new IngestReport(2, 1, 1));
        assertThat(errors).singleElement().asString().contains("escapes.txt", "the raw event would be", "more than news.raw.v1 takes");
        assertThat(letterOf(readRun(Topics.DEAD_LETTERS.name(), runId, 1).get(0)).errorClass()).isEqualTo("RawEventTooLarge");
        assertThat(readRun(Topics.RAW.name(), runId, 1)).extracting(ConsumerRecord::key)
                .containsExactly(ArticleId.of("https://news.example.org/fine"));
    }

    @Test
    void shouldDeadLetterALinkOutOfTheFolderWithoutAnyOfItsTargetsContent(@TempDir Path outside) throws Exception {
        String secret = "secret-" + UUID.randomUUID();
        Path target = Files.writeString(outside.resolve("credentials"), secret + "\n");
        Files.createSymbolicLink(items.resolve("shadow.txt"), target);
        Files.writeString(items.resolve("fine.txt"), item("Fine", "https://news.example.org/fine-link", "<p>Fine</p>"));
        String runId = UUID.randomUUID().toString();
        List<String> errors = new ArrayList<>();

        IngestReport report = ingest(items, runId, errors);

        assertThat(report).isEqualTo(new IngestReport(2, 1, 1));
        assertThat(errors).singleElement().asString().contains("shadow.txt", "outside the input folder").doesNotContain(secret);
        ConsumerRecord<String, byte[]> dead = readRun(Topics.DEAD_LETTERS.name(), runId, 1).get(0);
        assertThat(new String(dead.value(), StandardCharsets.UTF_8)).doesNotContain(secret)
                .doesNotContain(Base64.getEncoder().encodeToString(secret.getBytes(StandardCharsets.UTF_8)).substring(0, 12));
        DeadLetter letter = letterOf(dead);
        assertThat(letter.errorClass()).isEqualTo("LinkOutsideInput");
        assertThat(letter.payload()).isEmpty();
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
            report = new ArchiveIngest(publisher, errors::add, Clock.systemUTC()).ingest(new InputFiles(false).readLazily(List.of(items)));
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
