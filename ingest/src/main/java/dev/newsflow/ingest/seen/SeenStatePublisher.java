package dev.newsflow.ingest.seen;

import dev.newsflow.core.event.DeadLetter;
import dev.newsflow.core.event.RawArticle;
import dev.newsflow.core.event.SeenItem;
import dev.newsflow.core.kafka.ClientSettings;
import dev.newsflow.core.topic.RunHeader;
import dev.newsflow.core.topic.Topic;
import dev.newsflow.core.topic.Topics;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.InvalidProducerEpochException;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.apache.kafka.common.errors.ProducerFencedException;
import org.apache.kafka.common.utils.Utils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes what sources offer exactly once per source and content: each new or changed article
 * goes to {@code news.raw.v1} together with its seen-state record in ONE Kafka transaction, so the
 * raw topic and the seen-state cannot diverge (a crash between them publishes neither). Unchanged
 * items are skipped.
 *
 * <p><b>Once across instances.</b> Every source belongs to one partition of the seen-state topic
 * (by a hash of its id), and each partition has one transactional id shared by all ingest
 * instances, {@code <prefix>-seen-<partition>}. Opening a producer for a partition fences every
 * other instance's producer for it (Kafka aborts their open transaction and refuses their later
 * ones), and only then is the seen-state read. So of two instances that poll the same source at
 * the same moment, either the second one reads the first's committed records and skips them, or
 * the first one's transaction is refused: it reopens its producer (fencing the other in turn),
 * reads again and judges again. Because only that transactional id writes the partition, no
 * other open transaction holds back what read_committed reads of it. A restarted instance fences
 * its own zombie the same way.
 *
 * <p>Calls are serialised: one transaction at a time per instance.
 */
public final class SeenStatePublisher implements AutoCloseable {

    /** Fenced by another instance more often than this in one call means they poll the same source non-stop. */
    private static final int MAX_ATTEMPTS = 5;
    private static final Logger LOG = LoggerFactory.getLogger(SeenStatePublisher.class);

    private final Map<Integer, Producer<String, byte[]>> producers = new HashMap<>();
    private final Function<Integer, Producer<String, byte[]>> opener;
    private final SeenState state;
    private final String runId;

    /**
     * @param transactionalIdPrefix the SAME for every instance of one deployment, so that instances fence
     *                              each other per seen-state partition (see the class comment)
     */
    public SeenStatePublisher(String bootstrapServers, String transactionalIdPrefix, String runId, Map<String, String> overrides,
                              SeenState state) {
        this.state = state;
        this.runId = runId;
        this.opener = partition -> {
            String transactionalId = transactionalIdPrefix + "-seen-" + partition;
            Properties props = ClientSettings.idempotentProducer(bootstrapServers, transactionalId + "-" + runId, overrides);
            props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
            // Values are serialised per topic through the registry; one producer serves raw, seen and dead-letter topics.
            Producer<String, byte[]> producer = new KafkaProducer<>(props, Topics.RAW.keySerde().serializer(), (topic, bytes) -> bytes);
            try {
                producer.initTransactions();
            } catch (RuntimeException e) {
                producer.close();
                throw e;
            }
            return producer;
        };
    }

    /** Publishes the new and changed offers in one transaction per seen-state partition; returns once all are committed. */
    public synchronized PublishReport publish(List<Offer> offers) {
        Map<Integer, List<Offer>> byPartition = new LinkedHashMap<>();
        for (Offer offer : offers) {
            byPartition.computeIfAbsent(partitionOf(offer.article().source().id()), p -> new ArrayList<>()).add(offer);
        }
        int published = 0;
        int revised = 0;
        for (Map.Entry<Integer, List<Offer>> group : byPartition.entrySet()) {
            Written written = inTransaction(group.getKey(), producer -> publish(producer, group.getKey(), group.getValue()));
            published += written.items().size();
            revised += written.revised();
        }
        return new PublishReport(offers.size(), published, revised, offers.size() - published);
    }

    private Written publish(Producer<String, byte[]> producer, int partition, List<Offer> offers) {
        // Our producer is open: whatever another instance committed for this partition is readable now.
        state.catchUp();
        Map<String, SeenItem> written = new LinkedHashMap<>();
        int revised = 0;
        for (Offer offer : offers) {
            RawArticle article = offer.article();
            String key = SeenKey.of(article.source().id(), article.id());
            Verdict verdict = judge(written.get(key), offer);
            if (!verdict.publish()) {
                continue;
            }
            send(producer, Topics.RAW, null, article.id(), withRevision(article, verdict.revision()));
            SeenItem seen = SeenItem.of(offer.textHash(), verdict.revision());
            send(producer, Topics.INGEST_SEEN, partition, key, seen);
            written.put(key, seen);
            if (verdict.revision() > 1) {
                revised++;
            }
        }
        return new Written(written, revised);
    }

    /**
     * Runs {@code work} in one transaction of the partition's producer (opened first, fencing other
     * instances'); when another instance fenced us, reopens and runs {@code work} again.
     */
    private Written inTransaction(int partition, Function<Producer<String, byte[]>, Written> work) {
        for (int attempt = 1; ; attempt++) {
            Producer<String, byte[]> producer = producers.computeIfAbsent(partition, opener);
            try {
                producer.beginTransaction();
                Written written = work.apply(producer);
                producer.commitTransaction();
                written.items().forEach(state::remember);
                return written;
            } catch (ProducerFencedException | InvalidProducerEpochException fenced) {
                // Another instance opened this partition's producer: its view wins unless we reopen and re-read.
                producers.remove(partition).close();
                if (attempt == MAX_ATTEMPTS) {
                    throw fenced;
                }
                LOG.info("seen-state partition {}: fenced by another ingest instance; re-reading and retrying", partition);
            } catch (OutOfOrderSequenceException | AuthorizationException fatal) {
                producers.remove(partition).close();
                throw fatal;
            } catch (KafkaException e) {
                producer.abortTransaction();
                throw e;
            }
        }
    }

    /**
     * Against what this transaction already wrote for the key (a feed may list one item twice),
     * else against the seen-state.
     */
    private Verdict judge(SeenItem writtenNow, Offer offer) {
        if (writtenNow == null) {
            return state.judge(offer.article().source().id(), offer.article().id(), offer.textHash());
        }
        return writtenNow.textHash().equals(offer.textHash())
                ? Verdict.unchanged(writtenNow.revision())
                : Verdict.changed(writtenNow.revision());
    }

    /** Publishes one dead letter of {@code sourceId} (in its own transaction, as everything these producers write). */
    public synchronized void deadLetter(String sourceId, String key, DeadLetter deadLetter) {
        inTransaction(partitionOf(sourceId), producer -> {
            send(producer, Topics.DEAD_LETTERS, null, key, deadLetter);
            return Written.NOTHING;
        });
    }

    /** The seen-state partition a source's records go to, the same in every instance. */
    private int partitionOf(String sourceId) {
        return Utils.toPositive(Utils.murmur2(String.valueOf(sourceId).getBytes(StandardCharsets.UTF_8))) % state.partitionCount();
    }

    private <V> void send(Producer<String, byte[]> producer, Topic<String, V> topic, Integer partition, String key, V value) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic.name(), partition, key,
                topic.valueSerde().serializer().serialize(topic.name(), value));
        RunHeader.set(record.headers(), runId);
        producer.send(record);
    }

    private static RawArticle withRevision(RawArticle a, int revision) {
        return new RawArticle(a.schema(), a.id(), revision, a.url(), a.source(), a.title(), a.feed(), a.content(),
                a.contentType(), a.contentTruncated(), a.contentLength(), a.contentHash(), a.fetchedAt());
    }

    /** The seen-state records one transaction wrote (remembered once it commits), and how many were revisions. */
    private record Written(Map<String, SeenItem> items, int revised) {
        static final Written NOTHING = new Written(Map.of(), 0);
    }

    @Override
    public synchronized void close() {
        producers.values().forEach(Producer::close);
        producers.clear();
    }
}
