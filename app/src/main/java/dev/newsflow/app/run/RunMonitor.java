package dev.newsflow.app.run;

import dev.newsflow.core.event.DeadLetter;
import dev.newsflow.core.event.Stage;
import dev.newsflow.core.kafka.ClientSettings;
import dev.newsflow.core.topic.RunHeader;
import dev.newsflow.core.topic.Topics;
import dev.newsflow.sink.consume.SinkListener;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Counts the outcomes of one run: enriched events and dead letters on their topics, and stored
 * articles as the sink reports them, each only if it carries this run's header. Events of earlier,
 * interrupted runs that are still being worked off are therefore not counted as this run's.
 * Each outcome is counted once by its position, so a replayed sink batch cannot count twice.
 */
final class RunMonitor implements SinkListener, AutoCloseable {

    private final String runId;
    private final KafkaConsumer<String, byte[]> consumer;
    private final Set<String> enriched = new HashSet<>();
    private final Set<String> enrichDeadLetters = new HashSet<>();
    private final Set<String> sinkDeadLetters = new HashSet<>();
    private final Set<String> stored = new HashSet<>();
    private final Thread poller;
    private volatile boolean closing;

    /** Starts reading at the current end of the topics, so only what comes after counts. */
    RunMonitor(String bootstrapServers, String runId, Map<String, String> clientOverrides) {
        this.runId = runId;
        this.consumer = new KafkaConsumer<>(ClientSettings.readCommittedConsumer(bootstrapServers, null, clientOverrides),
                new StringDeserializer(), new ByteArrayDeserializer());
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : List.of(Topics.ENRICHED.name(), Topics.DEAD_LETTERS.name())) {
            consumer.partitionsFor(topic).forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
        }
        consumer.assign(partitions);
        consumer.seekToEnd(partitions);
        partitions.forEach(consumer::position);
        this.poller = new Thread(this::poll, "newsflow-run-monitor");
        poller.setDaemon(true);
        poller.start();
    }

    private void poll() {
        try {
            while (!closing) {
                for (ConsumerRecord<String, byte[]> record : consumer.poll(Duration.ofMillis(200))) {
                    if (runId.equals(RunHeader.get(record.headers()))) {
                        count(record);
                    }
                }
            }
        } catch (WakeupException e) {
            // close() woke the poll up: done.
        } finally {
            consumer.close();
        }
    }

    private synchronized void count(ConsumerRecord<String, byte[]> record) {
        if (record.topic().equals(Topics.ENRICHED.name())) {
            enriched.add(position(record));
            return;
        }
        DeadLetter letter = Topics.DEAD_LETTERS.valueSerde().deserializer().deserialize(record.topic(), record.value());
        if (Stage.ENRICH.wireName().equals(letter.stage())) {
            enrichDeadLetters.add(position(record));
        } else if (Stage.SINK.wireName().equals(letter.stage())) {
            sinkDeadLetters.add(position(record));
        }
    }

    @Override
    public synchronized void stored(ConsumerRecord<String, byte[]> record) {
        if (runId.equals(RunHeader.get(record.headers()))) {
            stored.add(position(record));
        }
    }

    @Override
    public void deadLettered(ConsumerRecord<String, byte[]> record, String reason) {
        // Counted from the dead-letter topic, like every other stage's dead letters.
    }

    /** Whether every one of {@code published} raw events has reached its final outcome. */
    synchronized boolean drained(int published) {
        return enriched.size() + enrichDeadLetters.size() >= published
                && stored.size() + sinkDeadLetters.size() >= enriched.size();
    }

    synchronized RunSummary summary(int read, int published, int ingestDeadLetters, boolean drained, Duration took) {
        return new RunSummary(runId, read, published, ingestDeadLetters, enriched.size(), enrichDeadLetters.size(),
                stored.size(), sinkDeadLetters.size(), drained, took);
    }

    private static String position(ConsumerRecord<String, byte[]> record) {
        return record.topic() + "/" + record.partition() + "/" + record.offset();
    }

    @Override
    public void close() throws InterruptedException {
        closing = true;
        consumer.wakeup();
        poller.join(10_000);
    }
}
