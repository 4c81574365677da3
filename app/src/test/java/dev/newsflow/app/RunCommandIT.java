package dev.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsflow.app.run.BundledSamples;
import dev.newsflow.core.json.Json;
import dev.newsflow.ingest.source.InputFile;
import dev.newsflow.broker.EmbeddedKafkaBroker;
import dev.newsflow.core.kafka.ClientSettings;
import dev.newsflow.core.topic.Topics;
import dev.newsflow.testkit.Eventually;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.security.MessageDigest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code newsflow run --once} end to end on a real (embedded KRaft) broker and a real SQLite file:
 * ingest → enrich → sink, exactly as a user runs it.
 */
@Timeout(600)
class RunCommandIT {

    @TempDir
    Path work;

    /** The bundled Chinese sample: built like the seed (mixed scripts, proxied images, credits). */
    private Path chineseSample(Path folder) throws Exception {
        Files.createDirectories(folder);
        InputFile sample = BundledSamples.load().stream()
                .filter(input -> new String(input.bytes(), StandardCharsets.UTF_8).contains("中文網"))
                .findFirst().orElseThrow();
        Path file = folder.resolve("item.txt");
        Files.write(file, sample.bytes());
        return file;
    }

    private static List<JsonNode> storedArticles(Path db) throws SQLException, Exception {
        List<JsonNode> rows = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + db);
             Statement statement = connection.createStatement();
             ResultSet result = statement.executeQuery("SELECT id, url, title, published_at, language, json FROM articles")) {
            while (result.next()) {
                JsonNode json = Json.mapper().readTree(result.getString("json"));
                assertThat(result.getString("id")).isEqualTo(json.get("id").asText());
                assertThat(result.getString("url")).isEqualTo(json.get("url").asText());
                assertThat(result.getString("title")).isEqualTo(json.get("title").asText());
                assertThat(result.getString("published_at")).isEqualTo(json.get("publishedAt").asText());
                assertThat(result.getString("language")).isEqualTo(json.get("language").get("tag").asText());
                rows.add(json);
            }
        }
        return rows;
    }

    @Test
    void shouldDriveAnArchivedItemThroughIngestEnrichAndSinkIntoSqlite() throws Exception {
        Path items = work.resolve("items");
        chineseSample(items);
        Path data = work.resolve("data");

        Cli.Outcome outcome = Cli.execute("run", "--once", "--input", items.toString(), "--data-dir", data.toString(), "--timeout", "120");

        assertThat(outcome.exitCode()).as("exit code; stderr:%n%s", outcome.err()).isZero();
        assertThat(outcome.out()).contains("status         complete", "read           1", "published      1",
                "enriched       1", "stored         1", "dead-lettered  0");
        List<JsonNode> stored = storedArticles(data.resolve("newsflow.db"));
        assertThat(stored).hasSize(1);
        JsonNode article = stored.get(0);
        assertThat(article.get("schema").asText()).isEqualTo("newsflow.enriched/1");
        assertThat(article.get("publishedAt").asText()).isNotEmpty();
        assertThat(article.get("feedTimestamp").asText()).isNotEmpty();
        assertThat(article.get("images")).isNotEmpty();
        assertThat(article.get("images").get(0).get("url").asText()).doesNotContain("weserv");
        assertThat(article.get("headings")).isNotEmpty();
        assertThat(article.get("credits")).isNotEmpty();
        assertThat(article.get("language").get("tag").asText()).startsWith("zh");
        assertThat(article.get("text").asText()).doesNotContain("中文網").contains("\n\n");
    }

    @Test
    void shouldDeadLetterMalformedFilesNameThemOnStderrAndStoreTheRest() throws Exception {
        Path items = work.resolve("items");
        chineseSample(items);
        Files.write(items.resolve("empty.txt"), new byte[0]);
        Files.writeString(items.resolve("no-rule.txt"), "<!--1714141024000-->\n[A title](https://news.example.org/x)\n<p>body</p>\n");
        byte[] head = "<!--1714141024000-->\n[Bad bytes](https://news.example.org/y)\n------\n<p>".getBytes(StandardCharsets.UTF_8);
        byte[] invalid = new byte[head.length + 3];
        System.arraycopy(head, 0, invalid, 0, head.length);
        invalid[head.length] = (byte) 0xff;
        invalid[head.length + 1] = (byte) 0xfe;
        invalid[head.length + 2] = (byte) 0x41;
        Files.write(items.resolve("invalid-utf8.txt"), invalid);
        Path data = work.resolve("data");

        Cli.Outcome outcome = Cli.execute("run", "--once", "--input", items.toString(), "--data-dir", data.toString(), "--timeout", "120");

        assertThat(outcome.exitCode()).as("exit code; stderr:%n%s", outcome.err()).isZero();
        assertThat(outcome.out()).contains("read           4", "published      1", "stored         1",
                "dead-lettered  3 (ingest 3, enrich 0, sink 0)");
        assertThat(outcome.err().lines().filter(line -> line.startsWith("newsflow: ingest: ")))
                .hasSize(3)
                .anySatisfy(line -> assertThat(line).contains("empty.txt").contains("file is empty"))
                .anySatisfy(line -> assertThat(line).contains("no-rule.txt").contains("no ------ line"))
                .anySatisfy(line -> assertThat(line).contains("invalid-utf8.txt").contains("invalid UTF-8"));
        assertThat(storedArticles(data.resolve("newsflow.db"))).hasSize(1);
    }

    private static String goodItem(String title, String path) {
        return """
                <!--1717526400000-->
                [%s](https://news.example.org/hostile/%s)
                ------
                <article><h1>%s</h1><p>A paragraph long enough to be the body of a story, about %s, told plainly.</p></article>
                """.formatted(title, path, title, path);
    }

    private static String sha256Of(Path file) throws Exception {
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1024 * 1024];
            for (int read = in.read(buffer); read >= 0; read = in.read(buffer)) {
                sha256.update(buffer, 0, read);
            }
        }
        return HexFormat.of().formatHex(sha256.digest());
    }

    /** Every record on the dead-letter topic of {@code bootstrap}, read from the start to the current end. */
    private static List<ConsumerRecord<String, byte[]>> deadLetters(String bootstrap) {
        List<ConsumerRecord<String, byte[]>> records = new ArrayList<>();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
                ClientSettings.readCommittedConsumer(bootstrap, null, Map.of()), new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.DEAD_LETTERS.name()).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition())).toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions);
            Eventually.await(Duration.ofSeconds(60), "every dead letter up to the end of " + Topics.DEAD_LETTERS.name(), () -> {
                consumer.poll(Duration.ofMillis(200)).forEach(records::add);
                return partitions.stream().allMatch(partition -> consumer.position(partition) >= end.get(partition));
            });
        }
        return records;
    }

    private static int topicLimit(String bootstrap, String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            ConfigResource resource = new ConfigResource(ConfigResource.Type.TOPIC, topic);
            return Integer.parseInt(admin.describeConfigs(List.of(resource)).all().get().get(resource)
                    .get(TopicConfig.MAX_MESSAGE_BYTES_CONFIG).value());
        }
    }

    /**
     * The inputs an attacker or an unlucky operator leaves in a folder: a 20 MB item that is no item
     * (its dead letter carried whole would be 27 MB), a 3 GB file (sparse: it costs no disk), and a
     * link to a file outside the folder. Each becomes a dead letter with its reason, none exceeds the
     * topic's limit, none carries the link target's content, and the two good items are stored.
     */
    @Test
    void shouldStoreTheGoodItemsAndDeadLetterAnOversizedItemAHugeFileAndALinkOutOfTheFolder() throws Exception {
        Path items = Files.createDirectories(work.resolve("items"));
        Files.writeString(items.resolve("good-1.txt"), goodItem("Harbour reopens", "harbour"));
        Files.writeString(items.resolve("good-2.txt"), goodItem("Library hours extended", "library"));
        Path malformed = items.resolve("big-malformed.txt");
        try (OutputStream out = Files.newOutputStream(malformed)) {
            out.write("not a timestamp line\n".getBytes(StandardCharsets.UTF_8));
            out.write("x".repeat(20_000_000).getBytes(StandardCharsets.UTF_8));
        }
        Path huge = items.resolve("huge.bin");
        try (RandomAccessFile sparse = new RandomAccessFile(huge.toFile(), "rw")) {
            sparse.setLength(3L * 1024 * 1024 * 1024);
        }
        String secret = "secret-" + UUID.randomUUID();
        Path target = Files.writeString(Files.createDirectories(work.resolve("outside")).resolve("credentials"), secret + "\n");
        Files.createSymbolicLink(items.resolve("shadow.txt"), target);

        try (EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(work.resolve("broker"), 0)) {
            Path config = Files.writeString(work.resolve("newsflow.yaml"), """
                    kafka: { bootstrap-servers: '%s' }
                    run: { data-dir: '%s' }
                    observe: { ports: { run: 0 } }
                    """.formatted(broker.bootstrapServers(), work.resolve("data")));

            Cli.Outcome outcome = Cli.execute("run", "--once", "--config", config.toString(), "--input", items.toString(),
                    "--timeout", "300");

            assertThat(outcome.exitCode()).as("exit code; stderr:%n%s", outcome.err()).isZero();
            assertThat(outcome.out()).contains("read           5", "published      2", "stored         2",
                    "dead-lettered  3 (ingest 3, enrich 0, sink 0)");
            assertThat(outcome.err().lines().filter(line -> line.startsWith("newsflow: ingest: ")))
                    .hasSize(3)
                    .anySatisfy(line -> assertThat(line).contains("big-malformed.txt: line 1 is not <!--EPOCH_MILLIS-->"))
                    .anySatisfy(line -> assertThat(line).contains("huge.bin: file is 3221225472 bytes (3 GiB), more than the 64 MiB limit"))
                    .anySatisfy(line -> assertThat(line).contains("shadow.txt: symbolic link to", "outside the input folder"));
            assertThat(outcome.err()).doesNotContain(secret);
            assertThat(storedArticles(work.resolve("data/newsflow.db"))).extracting(article -> article.get("title").asText())
                    .containsExactlyInAnyOrder("Harbour reopens", "Library hours extended");

            int limit = topicLimit(broker.bootstrapServers(), Topics.DEAD_LETTERS.name());
            List<ConsumerRecord<String, byte[]>> records = deadLetters(broker.bootstrapServers());
            assertThat(records).hasSize(3).allSatisfy(record -> {
                assertThat(record.serializedKeySize() + record.serializedValueSize()).isLessThan(limit);
                assertThat(new String(record.value(), StandardCharsets.UTF_8)).doesNotContain(secret);
                assertThat(new String(Base64.getDecoder().decode(Json.mapper().readTree(record.value()).get("payload").asText()),
                        StandardCharsets.UTF_8)).doesNotContain(secret);
            });
            Map<String, JsonNode> byInput = new HashMap<>();
            for (ConsumerRecord<String, byte[]> record : records) {
                JsonNode letter = Json.mapper().readTree(record.value());
                byInput.put(Path.of(letter.get("source").get("input").asText()).getFileName().toString(), letter);
            }
            assertThat(byInput).containsOnlyKeys("big-malformed.txt", "huge.bin", "shadow.txt");
            JsonNode oversized = byInput.get("big-malformed.txt");
            assertThat(oversized.get("errorClass").asText()).isEqualTo("MalformedItem");
            assertThat(oversized.get("payloadTruncated").asBoolean()).isTrue();
            assertThat(oversized.get("payloadLength").asLong()).isEqualTo(Files.size(malformed));
            assertThat(oversized.get("payloadSha256").asText()).isEqualTo(sha256Of(malformed));
            JsonNode tooLarge = byInput.get("huge.bin");
            assertThat(tooLarge.get("errorClass").asText()).isEqualTo("InputTooLarge");
            assertThat(tooLarge.get("payloadTruncated").asBoolean()).isTrue();
            assertThat(tooLarge.get("payloadLength").asLong()).isEqualTo(3L * 1024 * 1024 * 1024);
            assertThat(tooLarge.get("payloadSha256").asText()).isEqualTo(sha256Of(huge));
            JsonNode link = byInput.get("shadow.txt");
            assertThat(link.get("errorClass").asText()).isEqualTo("LinkOutsideInput");
            assertThat(link.get("payload").asText()).isEmpty();
        }
    }

    @Test
    void shouldRunTheBundledSamplesWhenGivenNoInput() throws Exception {
        Path data = work.resolve("data");
        int samples = BundledSamples.load().size();

        Cli.Outcome outcome = Cli.execute("run", "--once", "--data-dir", data.toString(), "--timeout", "120");

        assertThat(outcome.exitCode()).as("exit code; stderr:%n%s", outcome.err()).isZero();
        assertThat(outcome.out()).contains("stored         " + samples);
        assertThat(storedArticles(data.resolve("newsflow.db"))).hasSize(samples);
    }
}
