package dev.newsflow.app.observe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.core.event.DeadLetter;
import dev.newsflow.core.event.Stage;
import dev.newsflow.core.json.Json;
import dev.newsflow.core.kafka.ClientSettings;
import dev.newsflow.core.topic.Topics;
import dev.newsflow.testkit.TestKafka;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** {@code newsflow status} on a real broker: lag of the stages' groups, and dead letters by stage and reason. */
@Timeout(180)
class StatusCommandIT {

    /** Commits {@code group}'s offsets at the current end of every partition of {@code topic}: nothing left to do. */
    private static void commitAtEnd(String bootstrap, String group, String topic) {
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(
                ClientSettings.readCommittedConsumer(bootstrap, group, Map.of()), new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition())).toList();
            Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
            consumer.endOffsets(partitions).forEach((partition, end) -> offsets.put(partition, new OffsetAndMetadata(end)));
            consumer.commitSync(offsets);
        }
    }

    @Test
    void shouldShowLagPerStageAndDeadLettersByStageAndReason() throws Exception {
        String bootstrap = TestKafka.bootstrapServers();
        assertThat(InProcessCli.execute("topics", "create", "--bootstrap-servers", bootstrap).awaitExit(Duration.ZERO)).isZero();
        String enrichGroup = TestKafka.uniqueName("status-enrich");
        String sinkGroup = TestKafka.uniqueName("status-sink");
        String failure = "test.StatusProbe" + UUID.randomUUID().toString().replace("-", "").substring(0, 10);
        commitAtEnd(bootstrap, enrichGroup, Topics.RAW.name());
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                ClientSettings.idempotentProducer(bootstrap, "status-it", Map.of()), new StringSerializer(), new ByteArraySerializer())) {
            for (int i = 0; i < 2; i++) {
                producer.send(new ProducerRecord<>(Topics.RAW.name(), "status-" + i, "{}".getBytes(StandardCharsets.UTF_8)));
            }
            for (int i = 0; i < 3; i++) {
                DeadLetter letter = DeadLetter.of(Stage.ENRICH, failure, "probe " + i, DeadLetter.Source.kafka(Topics.RAW.name(), 0, i),
                        "status-" + i, null, new byte[] {1}, Instant.now());
                producer.send(new ProducerRecord<>(Topics.DEAD_LETTERS.name(), "status-" + i, Json.toBytes(letter)));
            }
            producer.flush();
        }

        InProcessCli status = InProcessCli.execute("status", "--bootstrap-servers", bootstrap,
                "--enrich-application-id", enrichGroup, "--sink-group-id", sinkGroup);

        assertThat(status.awaitExit(Duration.ZERO)).as("exit code; stderr:%n%s", status.err()).isZero();
        List<String> lines = status.out().lines().map(String::strip).toList();
        assertThat(lines).anyMatch(line -> line.matches("enrich\\s+" + enrichGroup + "\\s+news\\.raw\\.v1\\s+2"));
        assertThat(lines).anyMatch(line -> line.matches("sink\\s+" + sinkGroup + "\\s+news\\.enriched\\.v1\\s+\\d+\\s+\\(no committed offsets\\)"));
        assertThat(lines).anyMatch(line -> line.matches("news\\.raw\\.v1\\s+([2-9]|\\d{2,})\\s+\\S+"));
        assertThat(lines).anyMatch(line -> line.matches("enrich\\s+" + failure.substring(5) + "\\s+3\\s+0"));
    }
}
