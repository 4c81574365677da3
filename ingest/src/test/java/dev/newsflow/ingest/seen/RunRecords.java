package dev.newsflow.ingest.seen;

import dev.newsflow.core.kafka.ClientSettings;
import dev.newsflow.core.topic.RunHeader;
import dev.newsflow.core.topic.Topic;
import dev.newsflow.testkit.Eventually;
import dev.newsflow.testkit.TestKafka;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/** Reads back, as committed, what one ingest run wrote to a topic of the shared test broker. */
public final class RunRecords {

    private RunRecords() {}

    /** The values on {@code topic} stamped with one of {@code runIds}, waiting until at least {@code expected} arrived. */
    public static <V> List<V> read(Topic<String, V> topic, int expected, String... runIds) {
        List<String> runs = List.of(runIds);
        List<V> values = new ArrayList<>();
        var props = ClientSettings.readCommittedConsumer(TestKafka.bootstrapServers(), "it-" + UUID.randomUUID(), Map.of());
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            consumer.subscribe(List.of(topic.name()));
            Eventually.await(Duration.ofSeconds(30), expected + " records of runs " + runs + " on " + topic, () -> {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (runs.contains(RunHeader.get(record.headers()))) {
                        values.add(topic.valueSerde().deserializer().deserialize(topic.name(), record.value()));
                    }
                }
                return values.size() >= expected;
            });
            // Anything beyond the expected count would show up in one more short poll.
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(500))) {
                if (runs.contains(RunHeader.get(record.headers()))) {
                    values.add(topic.valueSerde().deserializer().deserialize(topic.name(), record.value()));
                }
            }
        }
        return values;
    }
}
