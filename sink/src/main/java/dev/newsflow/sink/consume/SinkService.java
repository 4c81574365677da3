package dev.newsflow.sink.consume;

import dev.newsflow.core.event.DeadLetter;
import dev.newsflow.core.event.EnrichedArticle;
import dev.newsflow.core.event.Stage;
import dev.newsflow.core.kafka.ClientSettings;
import dev.newsflow.core.topic.Topics;
import dev.newsflow.sink.jdbc.ArticleStore;
import dev.newsflow.sink.jdbc.StoreException;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.errors.SerializationException;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.Deserializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sink stage: reads committed enriched articles, writes each poll's batch to the store in one
 * transaction, and only then commits the offsets. A crash in between replays the batch, and the
 * store's idempotent upsert makes the replay harmless. A record that cannot be decoded becomes a
 * sink dead letter; a store that refuses a batch is retried with backoff, never skipped.
 */
public final class SinkService implements Runnable, AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SinkService.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration MAX_BACKOFF = Duration.ofSeconds(30);

    private final KafkaConsumer<String, byte[]> consumer;
    private final KafkaProducer<byte[], byte[]> deadLetters;
    private final ArticleStore store;
    private final SinkListener listener;
    private final Clock clock;
    private final Deserializer<EnrichedArticle> decoder = Topics.ENRICHED.valueSerde().deserializer();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean closing;

    public SinkService(String bootstrapServers, String groupId, ArticleStore store, SinkListener listener,
                       Map<String, String> clientOverrides, Clock clock) {
        // Values stay bytes here: a record that is not a valid event must reach the dead-letter topic
        // with its exact bytes instead of stopping the consumer as a poison pill.
        this.consumer = new KafkaConsumer<>(
                ClientSettings.readCommittedConsumer(bootstrapServers, groupId, clientOverrides),
                Topics.ENRICHED.keySerde().deserializer(), new ByteArrayDeserializer());
        this.deadLetters = new KafkaProducer<>(
                ClientSettings.idempotentProducer(bootstrapServers, groupId + "-dead-letters", clientOverrides),
                new ByteArraySerializer(), new ByteArraySerializer());
        this.store = store;
        this.listener = listener;
        this.clock = clock;
    }

    @Override
    public void run() {
        try {
            consumer.subscribe(List.of(Topics.ENRICHED.name()));
            while (!closing) {
                ConsumerRecords<String, byte[]> records = consumer.poll(POLL);
                if (!records.isEmpty()) {
                    Batch batch = handle(records);
                    consumer.commitSync();
                    batch.report(listener);
                }
            }
        } catch (WakeupException e) {
            if (!closing) {
                throw e;
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } finally {
            consumer.close();
            deadLetters.close();
            stopped.countDown();
        }
    }

    /** What one poll's records became: told to the listener only after the offsets are committed. */
    private record Batch(List<ConsumerRecord<String, byte[]>> stored, List<Rejected> rejected) {

        void report(SinkListener listener) {
            stored.forEach(listener::stored);
            rejected.forEach(rejected -> listener.deadLettered(rejected.record(), rejected.reason()));
        }
    }

    private record Rejected(ConsumerRecord<String, byte[]> record, String reason) {}

    private Batch handle(ConsumerRecords<String, byte[]> records) throws InterruptedException {
        Batch batch = new Batch(new ArrayList<>(), new ArrayList<>());
        List<EnrichedArticle> articles = new ArrayList<>(records.count());
        List<Future<RecordMetadata>> sent = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> record : records) {
            try {
                EnrichedArticle article = decoder.deserialize(record.topic(), record.headers(), record.value());
                if (article == null) {
                    throw new SerializationException("empty record (no value)");
                }
                articles.add(article);
                batch.stored().add(record);
            } catch (SerializationException e) {
                sent.add(deadLetter(record, e));
                batch.rejected().add(new Rejected(record, DeadLetter.reasonOf(e)));
            }
        }
        writeWithRetry(articles);
        awaitAll(sent);
        return batch;
    }

    private void writeWithRetry(List<EnrichedArticle> articles) throws InterruptedException {
        Duration backoff = Duration.ofMillis(200);
        while (true) {
            try {
                store.write(articles);
                return;
            } catch (StoreException e) {
                if (closing) {
                    throw new WakeupException();
                }
                LOG.warn("sink: {}; retrying in {} ms", e.getMessage(), backoff.toMillis());
                Thread.sleep(backoff.toMillis());
                backoff = backoff.multipliedBy(2).compareTo(MAX_BACKOFF) > 0 ? MAX_BACKOFF : backoff.multipliedBy(2);
            }
        }
    }

    private Future<RecordMetadata> deadLetter(ConsumerRecord<String, byte[]> record, Exception e) {
        byte[] key = record.key() == null ? null : Topics.ENRICHED.keySerde().serializer().serialize(record.topic(), record.key());
        DeadLetter letter = DeadLetter.of(Stage.SINK, e.getClass().getName(), DeadLetter.reasonOf(e),
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

    /** Stops polling, finishes the batch in hand, and waits until the consumer has left its group. */
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
