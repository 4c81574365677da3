package dev.newsflow.sink.file;

import dev.newsflow.core.event.EnrichedArticle;
import dev.newsflow.core.kafka.ClientSettings;
import dev.newsflow.core.topic.Topics;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Exports enriched events to JSON Lines files ({@link RotatingJsonLinesFile}), one consumer group of
 * its own. Offsets are committed only once the file holding their records is complete and in place:
 * a crash loses no record, it only drops the half file, whose records are written again. A crash in
 * the instant between the move and the commit repeats that file's records in the next file (at least
 * once; readers key by {@code id} and {@code revision}).
 *
 * <p>Events that cannot be decoded are left out: the store sink dead-letters them.
 */
public final class FileExportService implements Runnable, AutoCloseable {

    public static final String DEFAULT_GROUP_ID = "newsflow-export";

    private static final Logger LOG = LoggerFactory.getLogger(FileExportService.class);
    private static final Duration POLL = Duration.ofMillis(500);

    private final KafkaConsumer<String, byte[]> consumer;
    private final RotatingJsonLinesFile file;
    private final Deserializer<EnrichedArticle> decoder = Topics.ENRICHED.valueSerde().deserializer();
    private final Map<TopicPartition, OffsetAndMetadata> inOpenFile = new HashMap<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean closing;

    public FileExportService(String bootstrapServers, String groupId, RotatingJsonLinesFile file,
                             Map<String, String> clientOverrides) {
        this.consumer = new KafkaConsumer<>(ClientSettings.readCommittedConsumer(bootstrapServers, groupId, clientOverrides),
                Topics.ENRICHED.keySerde().deserializer(), new ByteArrayDeserializer());
        this.file = file;
    }

    @Override
    public void run() {
        try {
            consumer.subscribe(List.of(Topics.ENRICHED.name()), new CompleteBeforeRebalance());
            while (!closing) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(POLL)) {
                    if (decodable(record)) {
                        file.append(record.value());
                    }
                    inOpenFile.put(new TopicPartition(record.topic(), record.partition()), new OffsetAndMetadata(record.offset() + 1));
                }
                if (file.due()) {
                    completeAndCommit();
                }
            }
            completeAndCommit();
        } catch (WakeupException e) {
            if (!closing) {
                throw e;
            }
            completeQuietly();
        } catch (IOException e) {
            throw new UncheckedIOException("export: cannot write " + e.getMessage(), e);
        } finally {
            consumer.close();
            stopped.countDown();
        }
    }

    private boolean decodable(ConsumerRecord<String, byte[]> record) {
        try {
            return record.value() != null && decoder.deserialize(record.topic(), record.headers(), record.value()) != null;
        } catch (SerializationException e) {
            return false;
        }
    }

    private void completeAndCommit() throws IOException {
        Path done = file.complete();
        if (!inOpenFile.isEmpty()) {
            consumer.commitSync(inOpenFile);
            inOpenFile.clear();
        }
        if (done != null) {
            LOG.info("export: wrote {}", done);
        }
    }

    private void completeQuietly() {
        try {
            completeAndCommit();
        } catch (IOException | RuntimeException e) {
            LOG.warn("export: could not complete the open file on stop ({}); its records are written again on restart", e.getMessage());
        }
    }

    /** A partition's records must be in a completed, committed file before another member takes it. */
    private final class CompleteBeforeRebalance implements ConsumerRebalanceListener {

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            if (!partitions.isEmpty()) {
                try {
                    completeAndCommit();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {}
    }

    /** Stops polling, completes the open file and commits it. */
    @Override
    public void close() {
        closing = true;
        consumer.wakeup();
        try {
            stopped.await(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
