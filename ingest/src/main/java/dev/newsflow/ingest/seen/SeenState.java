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
 * restarted or second instance knows everything published before it started.
 */
public final class SeenState {

    private final ConcurrentMap<String, SeenItem> items = new ConcurrentHashMap<>();

    /** An empty state, e.g. for a first run or a test. */
    public static SeenState empty() {
        return new SeenState();
    }

    /** Reads {@link Topics#INGEST_SEEN} from its beginning to its current end. */
    public static SeenState load(String bootstrapServers, Map<String, String> overrides, Duration timeout) {
        SeenState state = new SeenState();
        String topic = Topics.INGEST_SEEN.name();
        var deserializer = Topics.INGEST_SEEN.valueSerde().deserializer();
        // No group: the whole topic is read every time, nothing to commit.
        var props = ClientSettings.readCommittedConsumer(bootstrapServers, null, overrides);
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(props, new StringDeserializer(), new ByteArrayDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic, timeout).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            Map<TopicPartition, Long> end = consumer.endOffsets(partitions, timeout);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (!reached(consumer, end)) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("reading the seen-state from " + topic + " took longer than " + timeout.toSeconds() + " s");
                }
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    SeenItem item = deserializer.deserialize(topic, record.value());
                    if (item == null) {
                        state.items.remove(record.key());
                    } else {
                        state.items.put(record.key(), item);
                    }
                }
            }
        }
        return state;
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

    public int size() {
        return items.size();
    }
}
