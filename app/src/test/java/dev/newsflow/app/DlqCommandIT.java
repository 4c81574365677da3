package dev.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.core.event.DeadLetter;
import dev.newsflow.core.event.RawArticle;
import dev.newsflow.core.event.Stage;
import dev.newsflow.core.json.Json;
import dev.newsflow.core.kafka.ClientSettings;
import dev.newsflow.core.topic.Topics;
import dev.newsflow.testkit.Eventually;
import dev.newsflow.testkit.TestKafka;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
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

/** {@code newsflow dlq list} and {@code dlq replay} on a real broker: selected letters go back once. */
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
