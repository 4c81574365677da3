package dev.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.core.event.DeadLetter;
import dev.newsflow.core.event.RawArticle;
import dev.newsflow.core.event.Stage;
import dev.newsflow.core.id.ArticleId;
import dev.newsflow.core.json.Json;
import dev.newsflow.core.kafka.ClientSettings;
import dev.newsflow.core.topic.Topics;
import dev.newsflow.testkit.Eventually;
import dev.newsflow.testkit.TestKafka;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsflow dlq list} and {@code dlq replay} on a real broker: selected letters go back once. */
@Timeout(180)
class DlqCommandIT {

    private static RawArticle raw(String id) {
        return new RawArticle(RawArticle.SCHEMA, id, 1, "https://news.example.org/" + id,
                new RawArticle.Source("archive", "archive", null, "test"), "Title " + id, RawArticle.FeedFields.EMPTY,
                "<p>Body of " + id + "</p>", "text/html", false, 20, "hash", Instant.now());
    }

    private static void deadLetter(KafkaProducer<String, byte[]> producer, Stage stage, String id, String reason) {
        byte[] key = id.getBytes(StandardCharsets.UTF_8);
        DeadLetter letter = DeadLetter.of(stage, "test.Failure", reason, DeadLetter.Source.kafka(Topics.RAW.name(), 0, 0),
                id, key, Json.toBytes(raw(id)), Instant.now());
        producer.send(new ProducerRecord<>(Topics.DEAD_LETTERS.name(), id, Json.toBytes(letter)));
    }

    private static List<String> rawKeysOnTopic(Set<String> wanted) {
        List<String> keys = new ArrayList<>();
        var props = ClientSettings.readCommittedConsumer(TestKafka.bootstrapServers(), "dlq-it-" + UUID.randomUUID(), Map.of());
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(Topics.RAW.name()));
            Eventually.await(Duration.ofSeconds(30), wanted.size() + " replayed raw records", () -> {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (wanted.contains(record.key())) {
                        keys.add(record.key());
                    }
                }
                return keys.size() >= wanted.size();
            });
            consumer.poll(Duration.ofSeconds(1)).forEach(record -> {
                if (wanted.contains(record.key())) {
                    keys.add(record.key());
                }
            });
        }
        return keys;
    }

    /** An archived item of about {@code bytes} bytes, too large for its dead letter to keep whole. */
    private static byte[] largeItem(String url, int bytes) {
        String head = "<!--1717526400000-->\n[A long story](" + url + ")\n------\n<article><p>";
        return (head + "word ".repeat((bytes - head.length()) / 5) + "</p></article>\n").getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void shouldReplayACutIngestDeadLetterFromItsFileOnlyWhileTheFileIsUnchanged(@TempDir Path dir) throws Exception {
        String bootstrap = TestKafka.bootstrapServers();
        Cli.execute("topics", "create", "--bootstrap-servers", bootstrap);
        String rule = "cut-" + UUID.randomUUID();
        Map<String, Path> files = new LinkedHashMap<>();
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                ClientSettings.idempotentProducer(bootstrap, "dlq-cut-it", Map.of()), new StringSerializer(), new ByteArraySerializer())) {
            for (String name : List.of("unchanged", "changed", "gone")) {
                byte[] item = largeItem("https://news.example.org/" + rule + "/" + name, 20_000_000);
                Path file = Files.write(dir.resolve(name + ".txt"), item);
                files.put(name, file);
                DeadLetter letter = DeadLetter.of(Stage.INGEST, "test.Failure", "rejected by " + rule,
                        DeadLetter.Source.input(file.toString()), null, null, item, Instant.now());
                producer.send(new ProducerRecord<>(Topics.DEAD_LETTERS.name(), file.toString(), Json.toBytes(letter)));
            }
            // A link out of the input folder, refused unread: nothing to replay, and nothing is followed.
            DeadLetter link = DeadLetter.of(Stage.INGEST, "LinkOutsideInput", "symbolic link refused: rejected by " + rule,
                    DeadLetter.Source.input(dir.resolve("shadow.txt").toString()), null, null, new byte[0], Instant.now());
            producer.send(new ProducerRecord<>(Topics.DEAD_LETTERS.name(), "shadow.txt", Json.toBytes(link)));
            producer.flush();
        }
        Files.writeString(files.get("changed"), "edited since", StandardOpenOption.APPEND);
        Files.delete(files.get("gone"));

        Cli.Outcome list = Cli.execute("dlq", "list", "--bootstrap-servers", bootstrap, "--reason", rule);
        Cli.Outcome replay = Cli.execute("dlq", "replay", "--bootstrap-servers", bootstrap, "--reason", rule);

        assertThat(list.out().lines().toList()).hasSize(4)
                .anySatisfy(line -> assertThat(line).contains("LinkOutsideInput", "\"payloadBytes\":0,\"payloadTruncated\":false,\"payloadLength\":0"))
                .filteredOn(line -> !line.contains("LinkOutsideInput")).hasSize(3).allSatisfy(line -> assertThat(line)
                        .contains("\"payloadBytes\":" + DeadLetter.CUT_PREFIX_BYTES + ",\"payloadTruncated\":true")
                        .containsPattern("\"payloadLength\":2\\d{7}"));
        assertThat(replay.exitCode()).isEqualTo(1);
        assertThat(replay.out()).contains("replayed 1, already replayed 0, failed 3");
        assertThat(replay.err().lines().toList()).hasSize(3)
                .anySatisfy(line -> assertThat(line).contains("the input was refused unread (LinkOutsideInput): there are no bytes to replay"))
                .anySatisfy(line -> assertThat(line).startsWith("newsflow: dlq replay: ")
                        .contains("source file " + files.get("gone") + " is gone; the dead letter keeps only the first 65536 of its"))
                .anySatisfy(line -> assertThat(line).startsWith("newsflow: dlq replay: ")
                        .contains("source file " + files.get("changed") + " changed since it was dead-lettered", "ingest it again instead"));
        String replayedId = ArticleId.of("https://news.example.org/" + rule + "/unchanged");
        assertThat(rawKeysOnTopic(Set.of(replayedId))).containsExactly(replayedId);
    }

    @Test
    void shouldReplayAFeedsDeadLetterAsThatFeedPublishingEachOfItsItems() throws Exception {
        String bootstrap = TestKafka.bootstrapServers();
        Cli.execute("topics", "create", "--bootstrap-servers", bootstrap);
        String rule = "feed-" + UUID.randomUUID();
        List<String> links = List.of("https://news.example.org/" + rule + "/one", "https://news.example.org/" + rule + "/two");
        String feed = "<rss version=\"2.0\"><channel><title>Example</title><link>https://news.example.org/</link><description>d</description>"
                + links.stream().map(link -> "<item><title>Story</title><link>" + link + "</link><description>Text.</description></item>")
                        .collect(Collectors.joining()) + "</channel></rss>";
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                ClientSettings.idempotentProducer(bootstrap, "dlq-feed-it", Map.of()), new StringSerializer(), new ByteArraySerializer())) {
            DeadLetter letter = DeadLetter.of(Stage.INGEST, "UnparseableFeed", "not a readable feed: rejected by " + rule,
                    DeadLetter.Source.feed("https://news.example.org/feed.xml", "example"), null, null,
                    feed.getBytes(StandardCharsets.UTF_8), Instant.now());
            producer.send(new ProducerRecord<>(Topics.DEAD_LETTERS.name(), "https://news.example.org/feed.xml", Json.toBytes(letter)));
            producer.flush();
        }

        Cli.Outcome replay = Cli.execute("dlq", "replay", "--bootstrap-servers", bootstrap, "--reason", rule);

        assertThat(replay.exitCode()).as("stderr: %s", replay.err()).isZero();
        assertThat(replay.out()).contains("replayed 1, already replayed 0, failed 0");
        Set<String> ids = links.stream().map(ArticleId::of).collect(Collectors.toSet());
        assertThat(rawKeysOnTopic(ids)).containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void shouldListAndReplaySelectedDeadLettersExactlyOnce() throws Exception {
        String bootstrap = TestKafka.bootstrapServers();
        Cli.execute("topics", "create", "--bootstrap-servers", bootstrap);
        String rule = "rule-" + UUID.randomUUID();
        List<String> failed = List.of(rule + "-a", rule + "-b", rule + "-c");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                ClientSettings.idempotentProducer(bootstrap, "dlq-it", Map.of()), new StringSerializer(), new ByteArraySerializer())) {
            failed.forEach(id -> deadLetter(producer, Stage.ENRICH, id, "rejected by " + rule));
            deadLetter(producer, Stage.ENRICH, rule + "-other", "some other failure");
            producer.flush();
        }

        Cli.Outcome list = Cli.execute("dlq", "list", "--bootstrap-servers", bootstrap, "--stage", "enrich", "--reason", rule);
        assertThat(list.exitCode()).as("stderr: %s", list.err()).isZero();
        assertThat(list.out().lines().toList()).hasSize(3).allSatisfy(line -> assertThat(line)
                .contains("\"stage\":\"enrich\"", "rejected by " + rule, "\"replayed\":false"));

        Cli.Outcome replay = Cli.execute("dlq", "replay", "--bootstrap-servers", bootstrap, "--reason", "rejected by " + rule);
        Cli.Outcome again = Cli.execute("dlq", "replay", "--bootstrap-servers", bootstrap, "--reason", "rejected by " + rule);

        assertThat(replay.out()).contains("replayed 3, already replayed 0, failed 0");
        assertThat(again.out()).contains("replayed 0, already replayed 3, failed 0");
        assertThat(rawKeysOnTopic(Set.copyOf(failed))).containsExactlyInAnyOrderElementsOf(failed);
        assertThat(Cli.execute("dlq", "list", "--bootstrap-servers", bootstrap, "--reason", rule).out().lines()
                .filter(line -> line.contains("\"replayed\":true")).collect(Collectors.toList())).hasSize(3);
    }
}
