package dev.newsflow.app.observe;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListConsumerGroupOffsetsSpec;
import org.apache.kafka.clients.admin.ListOffsetsOptions;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.IsolationLevel;
import org.apache.kafka.common.TopicPartition;

/**
 * How far a consumer group is behind on its input topic: per partition, the last stable offset
 * (read_committed: open transactions are not work yet) minus the group's committed offset. A
 * partition the group never committed counts from the earliest offset: all of it is still to do.
 *
 * <p>On a topic written in transactions (enrich's output) each commit leaves a marker that takes an
 * offset but is no record, so a group that committed after its last record looks one behind. A small
 * gap is therefore checked by reading it: only records count.
 */
public final class ConsumerLag {

    private static final long TIMEOUT_SECONDS = 15;
    /** Gaps up to this size are read to tell records from transaction markers; larger ones are real lag. */
    private static final long CHECKED_GAP = 20;
    private static final Duration CHECK_TIMEOUT = Duration.ofSeconds(2);

    /** One group's lag on one topic. */
    public record GroupLag(String stage, String group, String topic, long lag, int partitions, int committedPartitions) {}

    private ConsumerLag() {}

    /** @param reader a read_committed consumer without a group, to read small gaps (it is assigned and sought) */
    public static GroupLag measure(Admin admin, Consumer<byte[], byte[]> reader, String stage, String group, String topic)
            throws InterruptedException, ExecutionException, TimeoutException {
        List<TopicPartition> partitions = admin.describeTopics(List.of(topic)).allTopicNames()
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS).get(topic).partitions().stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
        Map<TopicPartition, OffsetAndMetadata> committed = admin
                .listConsumerGroupOffsets(Map.of(group, new ListConsumerGroupOffsetsSpec().topicPartitions(partitions)))
                .partitionsToOffsetAndMetadata(group).get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
        Map<TopicPartition, ListOffsetsResultInfo> latest = offsets(admin, partitions, OffsetSpec.latest());
        Map<TopicPartition, ListOffsetsResultInfo> earliest = offsets(admin, partitions, OffsetSpec.earliest());
        long lag = 0;
        int committedPartitions = 0;
        for (TopicPartition partition : partitions) {
            OffsetAndMetadata offset = committed.get(partition);
            long from = offset == null ? earliest.get(partition).offset() : offset.offset();
            committedPartitions += offset == null ? 0 : 1;
            long end = latest.get(partition).offset();
            long gap = Math.max(0, end - from);
            lag += offset != null && gap > 0 && gap <= CHECKED_GAP ? recordsBetween(reader, partition, from, end) : gap;
        }
        return new GroupLag(stage, group, topic, lag, partitions.size(), committedPartitions);
    }

    /** The records (not markers) in [from, end) of {@code partition}, read as a read_committed consumer sees them. */
    private static long recordsBetween(Consumer<byte[], byte[]> reader, TopicPartition partition, long from, long end) {
        reader.assign(List.of(partition));
        reader.seek(partition, from);
        long records = 0;
        long deadline = System.nanoTime() + CHECK_TIMEOUT.toNanos();
        while (reader.position(partition) < end && System.nanoTime() < deadline) {
            for (ConsumerRecord<byte[], byte[]> record : reader.poll(Duration.ofMillis(200))) {
                records += record.offset() < end ? 1 : 0;
            }
        }
        // Not read to the end in time: count the unread rest as lag, as the offsets alone would.
        return records + Math.max(0, end - Math.max(from, reader.position(partition)));
    }

    private static Map<TopicPartition, ListOffsetsResultInfo> offsets(Admin admin, List<TopicPartition> partitions, OffsetSpec spec)
            throws InterruptedException, ExecutionException, TimeoutException {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        partitions.forEach(partition -> request.put(partition, spec));
        return admin.listOffsets(request, new ListOffsetsOptions(IsolationLevel.READ_COMMITTED))
                .all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }
}
