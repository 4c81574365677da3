package dev.newsflow.ingest.publish;

import dev.newsflow.core.event.DeadLetter;
import dev.newsflow.core.event.RawArticle;
import dev.newsflow.core.event.RecordSizes;
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

    /**
     * Sends one raw article.
     *
     * @throws OversizedEventException if its JSON is larger than the raw topic takes ({@link RecordSizes#MAX_MESSAGE_BYTES}):
     *                                 the producer may send larger records (dead letters), the topic may not hold them
     */
    public Future<RecordMetadata> publish(RawArticle article) throws OversizedEventException {
        return send(Topics.RAW, article.id(), serialized(article));
    }

    /**
     * The raw article's JSON, checked against what the raw topic takes.
     *
     * @throws OversizedEventException if it is larger than {@link RecordSizes#MAX_MESSAGE_BYTES}
     */
    public static byte[] serialized(RawArticle article) throws OversizedEventException {
        byte[] value = serialize(Topics.RAW, article);
        if (value.length > RecordSizes.MAX_MESSAGE_BYTES) {
            throw new OversizedEventException("the raw event would be " + value.length + " bytes of JSON, more than "
                    + Topics.RAW.name() + " takes (" + RecordSizes.MAX_MESSAGE_BYTES + ")");
        }
        return value;
    }

    public Future<RecordMetadata> deadLetter(String key, DeadLetter deadLetter) {
        return send(Topics.DEAD_LETTERS, key, serialize(Topics.DEAD_LETTERS, deadLetter));
    }

    private static <V> byte[] serialize(Topic<String, V> topic, V value) {
        Serializer<V> serializer = topic.valueSerde().serializer();
        return serializer.serialize(topic.name(), value);
    }

    private Future<RecordMetadata> send(Topic<String, ?> topic, String key, byte[] value) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic.name(), key, value);
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
