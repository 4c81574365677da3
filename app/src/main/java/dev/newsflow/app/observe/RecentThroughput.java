package dev.newsflow.app.observe;

import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.common.TopicPartition;

/**
 * How many offsets a topic took in over a recent window, from offsets alone (the offset of the
 * first record at or after the window's start, against the end): no record is read. On a topic
 * written in transactions each commit marker takes an offset too, so there it is an upper bound
 * of the records.
 */
public final class RecentThroughput {

    private static final long TIMEOUT_SECONDS = 15;

    private RecentThroughput() {}

    public static long offsets(Admin admin, String topic, Instant since)
            throws InterruptedException, ExecutionException, TimeoutException {
        List<TopicPartition> partitions = admin.describeTopics(List.of(topic)).allTopicNames()
                .get(TIMEOUT_SECONDS, TimeUnit.SECONDS).get(topic).partitions().stream()
                .map(info -> new TopicPartition(topic, info.partition())).toList();
        Map<TopicPartition, ListOffsetsResultInfo> end = listOffsets(admin, partitions, OffsetSpec.latest());
        Map<TopicPartition, ListOffsetsResultInfo> start = listOffsets(admin, partitions, OffsetSpec.forTimestamp(since.toEpochMilli()));
        long count = 0;
        for (TopicPartition partition : partitions) {
            long from = start.get(partition).offset();
            // -1: no record at or after the window's start, so none in the window.
            count += from < 0 ? 0 : Math.max(0, end.get(partition).offset() - from);
        }
        return count;
    }

    /** {@code count} over {@code window}, per second. */
    public static double perSecond(long count, Duration window) {
        return count / (double) Math.max(1, window.toSeconds());
    }

    private static Map<TopicPartition, ListOffsetsResultInfo> listOffsets(Admin admin, List<TopicPartition> partitions, OffsetSpec spec)
            throws InterruptedException, ExecutionException, TimeoutException {
        Map<TopicPartition, OffsetSpec> request = new HashMap<>();
        partitions.forEach(partition -> request.put(partition, spec));
        return admin.listOffsets(request).all().get(TIMEOUT_SECONDS, TimeUnit.SECONDS);
    }
}
