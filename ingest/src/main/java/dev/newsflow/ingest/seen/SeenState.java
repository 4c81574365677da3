package dev.newsflow.ingest.seen;

import dev.newsflow.core.event.SeenItem;
import dev.newsflow.core.kafka.ClientSettings;
import dev.newsflow.core.topic.Topics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * What every source has published, item by item, held in memory and backed by the compacted topic
 * {@code news.ingest.seen.v1}. {@link #load} reads the topic whole (committed records only), so a
 * restarted or second instance knows everything published before it started; {@link #catchUp}
 * then reads what any instance committed since.
 */
public final class SeenState implements AutoCloseable {

    private final ConcurrentMap<String, SeenItem> items = new ConcurrentHashMap<>();
    private final KafkaConsumer<String, byte[]> consumer;
    private final List<TopicPartition> partitions;
    private final Duration timeout;

    private SeenState(KafkaConsumer<String, byte[]> consumer, List<TopicPartition> partitions, Duration timeout) {
        this.consumer = consumer;
        this.partitions = partitions;
        this.timeout = timeout;
    }

    /** An empty state that reads no topic, e.g. for a test. */
    public static SeenState empty() {
        return new SeenState(null, List.of(), Duration.ZERO);
    }

    /**
     * Reads {@link Topics#INGEST_SEEN} from its beginning to its current end, and keeps the consumer
     * so that {@link #catchUp} can later read what other instances committed since.
     */
    public static SeenState load(String bootstrapServers, Map<String, String> overrides, Duration timeout) {
        // No group: the whole topic is read by every instance, nothing to commit.
        var props = ClientSettings.readCommittedConsumer(bootstrapServers, null, overrides);
        KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer());
        try {
            String topic = Topics.INGEST_SEEN.name();
            List<TopicPartition> partitions = consumer.partitionsFor(topic, timeout).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            SeenState state = new SeenState(consumer, partitions, timeout);
            state.catchUp();
            return state;
        } catch (RuntimeException e) {
            consumer.close();
            throw e;
        }
    }

    /**
     * Reads what was committed to the seen-state topic since the last read, up to its current end
     * (read_committed: the end is the last stable offset). Called before each publishing
     * transaction, so an item another instance published meanwhile is not published again.
     */
    public synchronized void catchUp() {
        if (consumer == null) {
            return;
        }
        String topic = Topics.INGEST_SEEN.name();
        var deserializer = Topics.INGEST_SEEN.valueSerde().deserializer();
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!reached(consumer, end)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("reading the seen-state from " + topic + " took longer than " + timeout.toSeconds() + " s");
            }
            for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                SeenItem item = deserializer.deserialize(topic, record.value());
                if (item == null) {
                    items.remove(record.key());
                } else {
                    items.merge(record.key(), item, SeenState::later);
                }
            }
        }
    }

    /** Our own writes are remembered before the topic returns them; never step back to an older revision. */
    private static SeenItem later(SeenItem known, SeenItem read) {
        return read.revision() >= known.revision() ? read : known;
    }

    private static boolean reached(KafkaConsumer<String, byte[]> consumer, Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    /** Whether {@code sourceId} should publish {@code articleId} with this text hash, and as which revision. */
    public Verdict judge(String sourceId, String articleId, String textHash) {
        SeenItem last = items.get(SeenKey.of(sourceId, articleId));
        if (last == null) {
            return Verdict.NEW;
        }
        return last.textHash().equals(textHash) ? Verdict.unchanged(last.revision()) : Verdict.changed(last.revision());
    }

    /** Records what was published; called only after the publishing transaction committed. */
    void remember(String key, SeenItem item) {
        items.put(key, item);
    }

    /**
     * The seen-state topic's partition count (1 for an {@link #empty} state): the publisher gives each
     * partition its own transactional producer.
     */
    public int partitionCount() {
        return Math.max(1, partitions.size());
    }

    public int size() {
        return items.size();
    }

    @Override
    public synchronized void close() {
        if (consumer != null) {
            consumer.close();
        }
    }
}
