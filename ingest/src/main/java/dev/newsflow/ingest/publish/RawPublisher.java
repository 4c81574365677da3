package dev.newsflow.ingest.publish;

import dev.newsflow.core.event.DeadLetter;
import dev.newsflow.core.event.RawArticle;
import dev.newsflow.core.kafka.ClientSettings;
import dev.newsflow.core.topic.RunHeader;
import dev.newsflow.core.topic.Topic;
import dev.newsflow.core.topic.Topics;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.Serializer;

/**
 * Publishes raw articles keyed by article id (one article, one key: per-article order holds) and
 * ingest's dead letters, each stamped with the ingest run.
 */
public final class RawPublisher implements AutoCloseable {

    private final Producer<String, byte[]> producer;
    private final String runId;

    public RawPublisher(String bootstrapServers, String runId, Map<String, String> overrides) {
        // Values are serialised per topic through the registry; the producer itself carries bytes so
        // that one idempotent producer serves both the raw topic and the dead-letter topic.
        this.producer = new KafkaProducer<>(
                ClientSettings.idempotentProducer(bootstrapServers, "newsflow-ingest-" + runId, overrides),
                Topics.RAW.keySerde().serializer(),
                (topic, bytes) -> bytes);
        this.runId = runId;
    }

    public Future<RecordMetadata> publish(RawArticle article) {
        return send(Topics.RAW, article.id(), article);
    }

    public Future<RecordMetadata> deadLetter(String key, DeadLetter deadLetter) {
        return send(Topics.DEAD_LETTERS, key, deadLetter);
    }

    private <V> Future<RecordMetadata> send(Topic<String, V> topic, String key, V value) {
        Serializer<V> serializer = topic.valueSerde().serializer();
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic.name(), key, serializer.serialize(topic.name(), value));
        RunHeader.set(record.headers(), runId);
        return producer.send(record);
    }

    /** Waits until every record sent so far is acknowledged; throws if any failed. */
    public void flush(Iterable<Future<RecordMetadata>> sent) throws ExecutionException, InterruptedException {
        producer.flush();
        for (Future<RecordMetadata> future : sent) {
            future.get();
        }
    }

    @Override
    public void close() {
        producer.close();
    }
}
