package dev.newsflow.sink.consume;

import dev.newsflow.core.event.EnrichedArticle;
import dev.newsflow.core.json.Json;
import dev.newsflow.core.kafka.ClientSettings;
import dev.newsflow.core.topic.Topics;
import dev.newsflow.testkit.TestKafka;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** The pipeline's topics on this JVM's test broker (created once for all the sink's tests), and events for them. */
public final class SinkTopics {

    private static boolean created;

    private SinkTopics() {}

    public static synchronized void ensure() {
        if (!created) {
            TestKafka.createTopics(TestKafka.bootstrapServers(), 3, Topics.RAW.configs(),
                    Topics.ENRICHED.name(), Topics.DEAD_LETTERS.name());
            created = true;
        }
    }

    public static ProducerRecord<String, byte[]> enriched(EnrichedArticle article) {
        return new ProducerRecord<>(Topics.ENRICHED.name(), article.id(), Json.toBytes(article));
    }

    /** Sends the records and returns once the broker has them all. */
    public static void publish(List<ProducerRecord<String, byte[]>> records) {
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                ClientSettings.idempotentProducer(TestKafka.bootstrapServers(), TestKafka.uniqueName("test-producer"), Map.of()),
                new StringSerializer(), new ByteArraySerializer())) {
            records.forEach(producer::send);
            producer.flush();
        }
    }
}
