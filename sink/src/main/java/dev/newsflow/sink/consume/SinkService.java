package dev.newsflow.sink.consume;

import dev.newsflow.core.event.DeadLetter;
import dev.newsflow.core.event.EnrichedArticle;
import dev.newsflow.core.event.Stage;
import dev.newsflow.core.kafka.ClientSettings;
import dev.newsflow.core.topic.Topics;
import dev.newsflow.sink.jdbc.ArticleStore;
import dev.newsflow.sink.jdbc.Rejection;
import dev.newsflow.sink.jdbc.StoreException;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.CommitFailedException;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.RebalanceInProgressException;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sink stage: reads committed enriched articles, writes them to the store in batches (one
 * transaction each, size and linger from {@link SinkSettings}), and only then commits the offsets.
 * A crash in between replays the batch, and the store's idempotent upsert makes the replay harmless.
 *
 * <p>A record that cannot be decoded, or that the database refuses for its content, becomes a sink
 * dead letter and the rest of the batch goes on. A store that cannot take writes at all (down, slow)
 * pauses consumption: the batch in hand is retried with backoff while the consumer keeps polling
 * (paused, so it stays in its group), {@link #ready()} is false, and nothing is committed until the
 * batch is stored.
 */
public final class SinkService implements Runnable, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SinkService.class);
    private static final Duration POLL = Duration.ofMillis(500);

    private final KafkaConsumer<String, byte[]> consumer;
    private final KafkaProducer<byte[], byte[]> deadLetters;
    private final ArticleStore store;
    private final SinkListener listener;
    private final SinkSettings settings;
    private final Clock clock;
    private final Deserializer<EnrichedArticle> decoder = Topics.ENRICHED.valueSerde().deserializer();
    private final List<ConsumerRecord<String, byte[]>> pending = new ArrayList<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean closing;
    private volatile boolean running;
    private volatile boolean storeAvailable = true;

    public SinkService(String bootstrapServers, String groupId, ArticleStore store, SinkListener listener,
                       Map<String, String> clientOverrides, Clock clock) {
        this(bootstrapServers, groupId, store, listener, clientOverrides, SinkSettings.DEFAULTS, clock);
    }

    public SinkService(String bootstrapServers, String groupId, ArticleStore store, SinkListener listener,
                       Map<String, String> clientOverrides, SinkSettings settings, Clock clock) {
        Properties consumerSettings = ClientSettings.readCommittedConsumer(bootstrapServers, groupId, Map.of());
        // One poll never brings more than one batch.
        consumerSettings.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, String.valueOf(settings.batchSize()));
        consumerSettings.putAll(clientOverrides);
        // Values stay bytes here: a record that is not a valid event must reach the dead-letter topic
        // with its exact bytes instead of stopping the consumer as a poison pill.
        this.consumer = new KafkaConsumer<>(consumerSettings, Topics.ENRICHED.keySerde().deserializer(),
                new ByteArrayDeserializer());
        this.deadLetters = new KafkaProducer<>(
                ClientSettings.idempotentProducer(bootstrapServers, groupId + "-dead-letters", clientOverrides),
                new ByteArraySerializer(), new ByteArraySerializer());
        this.store = store;
        this.listener = listener;
        this.settings = settings;
        this.clock = clock;
    }

    /** Whether the sink is consuming and its store takes writes: false before start, during an outage, after stop. */
    public boolean ready() {
        return running && storeAvailable;
    }

    @Override
    public void run() {
        try {
            consumer.subscribe(List.of(Topics.ENRICHED.name()), new Rebalance());
            running = true;
            long batchStartedAt = 0;
            while (!closing) {
                Duration wait = pending.isEmpty() ? POLL : remainingLinger(batchStartedAt);
                for (ConsumerRecord<String, byte[]> record : consumer.poll(wait)) {
                    if (pending.isEmpty()) {
                        batchStartedAt = System.nanoTime();
                    }
                    pending.add(record);
                }
                if (!pending.isEmpty() && (pending.size() >= settings.batchSize() || remainingLinger(batchStartedAt).isZero())) {
                    flush();
                }
            }
        } catch (WakeupException e) {
            if (!closing) {
                throw e;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            running = false;
            consumer.close();
            deadLetters.close();
            stopped.countDown();
        }
    }

    private Duration remainingLinger(long batchStartedAt) {
        long left = settings.linger().toNanos() - (System.nanoTime() - batchStartedAt);
        return left <= 0 ? Duration.ZERO : Duration.ofNanos(left);
    }

    /** Writes the pending records, dead-letters the refused ones, commits, and only then tells the listener. */
    private void flush() throws InterruptedException {
        List<ConsumerRecord<String, byte[]>> batch = List.copyOf(pending);
        List<ConsumerRecord<String, byte[]>> decoded = new ArrayList<>(batch.size());
        List<EnrichedArticle> articles = new ArrayList<>(batch.size());
        List<Outcome> rejected = new ArrayList<>();
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : batch) {
            try {
                EnrichedArticle article = decoder.deserialize(record.topic(), record.headers(), record.value());
                if (article == null) {
                    throw new SerializationException("empty record (no value)");
                }
                decoded.add(record);
                articles.add(article);
            } catch (SerializationException e) {
                sent.add(deadLetter(record, e.getClass().getName(), DeadLetter.reasonOf(e)));
                rejected.add(new Outcome(record, DeadLetter.reasonOf(e)));
            }
        }
        Set<Integer> refusedIndexes = new HashSet<>();
        for (Rejection rejection : writeWithRetry(articles)) {
            ConsumerRecord<String, byte[]> record = decoded.get(rejection.index());
            String reason = "store refused the article: " + rejection.reason();
            sent.add(deadLetter(record, SQLException.class.getName(), reason));
            rejected.add(new Outcome(record, reason));
            refusedIndexes.add(rejection.index());
        }
        awaitAll(sent);
        pending.removeAll(batch);
        try {
            consumer.commitSync(nextOffsets(batch));
        } catch (CommitFailedException | RebalanceInProgressException e) {
            // The partitions went to another member while the store was down: it reads these records
            // again from the last commit and stores them once more, harmlessly. Its count, not ours.
            LOG.warn("sink: partitions moved before the commit ({}); their new owner takes the batch over", e.getMessage());
            return;
        }
        for (int i = 0; i < decoded.size(); i++) {
            if (!refusedIndexes.contains(i)) {
                listener.stored(decoded.get(i));
            }
        }
        rejected.forEach(outcome -> listener.deadLettered(outcome.record(), outcome.reason()));
    }

    /** The offsets to commit for exactly these records: one past the last of each partition. */
    private static Map<TopicPartition, OffsetAndMetadata> nextOffsets(List<ConsumerRecord<String, byte[]>> batch) {
        Map<TopicPartition, OffsetAndMetadata> offsets = new HashMap<>();
        for (ConsumerRecord<String, byte[]> record : batch) {
            offsets.merge(new TopicPartition(record.topic(), record.partition()), new OffsetAndMetadata(record.offset() + 1),
                    (a, b) -> a.offset() >= b.offset() ? a : b);
        }
        return offsets;
    }

    private record Outcome(ConsumerRecord<String, byte[]> record, String reason) {}

    /**
     * Writes until the store takes the batch. Meanwhile the consumer is paused and keeps polling, so
     * it neither fetches more nor is thrown out of its group for being silent.
     */
    private List<Rejection> writeWithRetry(List<EnrichedArticle> articles) throws InterruptedException {
        Duration backoff = settings.initialBackoff();
        while (true) {
            try {
                List<Rejection> rejections = store.write(articles);
                if (!storeAvailable) {
                    LOG.info("sink: the store takes writes again; resuming consumption");
                    storeAvailable = true;
                    consumer.resume(consumer.paused());
                }
                return rejections;
            } catch (StoreException e) {
                if (closing) {
                    throw new WakeupException();
                }
                if (storeAvailable) {
                    storeAvailable = false;
                    consumer.pause(consumer.assignment());
                }
                LOG.warn("sink: {}; consumption paused, retrying in {} ms", e.getMessage(), backoff.toMillis());
                pollPausedFor(backoff);
                backoff = backoff.multipliedBy(2).compareTo(settings.maxBackoff()) > 0 ? settings.maxBackoff() : backoff.multipliedBy(2);
            }
        }
    }

    private void pollPausedFor(Duration wait) throws InterruptedException {
        long deadline = System.nanoTime() + wait.toNanos();
        for (long left = wait.toNanos(); left > 0 && !closing; left = deadline - System.nanoTime()) {
            // Paused: nothing comes back, unless a rebalance hands over a partition in the same poll.
            consumer.poll(Duration.ofNanos(Math.min(left, POLL.toNanos()))).forEach(pending::add);
        }
        if (Thread.interrupted()) {
            throw new InterruptedException();
        }
    }

    /**
     * Records of partitions this member loses are dropped unwritten and uncommitted: their new owner
     * reads them again from the last commit, and the idempotent store takes them once.
     */
    private final class Rebalance implements ConsumerRebalanceListener {

        @Override
        public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
            pending.removeIf(record -> partitions.contains(new TopicPartition(record.topic(), record.partition())));
        }

        @Override
        public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
            if (!storeAvailable) {
                consumer.pause(partitions);
            }
        }
    }

    private Future<RecordMetadata> deadLetter(ConsumerRecord<String, byte[]> record, String errorClass, String reason) {
        byte[] key = record.key() == null ? null : Topics.ENRICHED.keySerde().serializer().serialize(record.topic(), record.key());
        DeadLetter letter = DeadLetter.of(Stage.SINK, errorClass, reason,
                DeadLetter.Source.kafka(record.topic(), record.partition(), record.offset()),
                record.key(), key, record.value(), clock.instant());
        ProducerRecord<byte[], byte[]> out = new ProducerRecord<>(Topics.DEAD_LETTERS.name(), null, key,
                Topics.DEAD_LETTERS.valueSerde().serializer().serialize(Topics.DEAD_LETTERS.name(), letter),
                record.headers());
        return deadLetters.send(out);
    }

    private static void awaitAll(List<Future<RecordMetadata>> sent) throws InterruptedException {
        for (Future<RecordMetadata> future : sent) {
            try {
                future.get();
            } catch (ExecutionException e) {
                throw new IllegalStateException("cannot write a sink dead letter: " + e.getCause().getMessage(), e.getCause());
            }
        }
    }

    /** Stops polling and waits until the consumer has left its group; records not yet committed are read again on restart. */
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
