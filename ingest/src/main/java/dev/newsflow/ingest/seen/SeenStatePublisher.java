package dev.newsflow.ingest.seen;

import dev.newsflow.core.event.DeadLetter;
import dev.newsflow.core.event.RawArticle;
import dev.newsflow.core.event.SeenItem;
import dev.newsflow.core.kafka.ClientSettings;
import dev.newsflow.core.topic.RunHeader;
import dev.newsflow.core.topic.Topic;
import dev.newsflow.core.topic.Topics;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.Producer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.errors.AuthorizationException;
import org.apache.kafka.common.errors.OutOfOrderSequenceException;
import org.apache.kafka.common.errors.ProducerFencedException;

/**
 * Publishes what sources offer exactly once per source and content: each new or changed article
 * goes to {@code news.raw.v1} together with its seen-state record in ONE Kafka transaction, so the
 * raw topic and the seen-state cannot diverge (a crash between them publishes neither). Unchanged
 * items are skipped. Calls are serialised: a producer runs one transaction at a time.
 */
public final class SeenStatePublisher implements AutoCloseable {

    private final Producer<String, byte[]> producer;
    private final SeenState state;
    private final String runId;

    /**
     * @param transactionalId stable per ingest instance, so a restarted instance fences its own zombie
     */
    public SeenStatePublisher(String bootstrapServers, String transactionalId, String runId, Map<String, String> overrides,
                              SeenState state) {
        Properties props = ClientSettings.idempotentProducer(bootstrapServers, transactionalId, overrides);
        props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, transactionalId);
        // Values are serialised per topic through the registry; one producer serves raw, seen and dead-letter topics.
        this.producer = new KafkaProducer<>(props, Topics.RAW.keySerde().serializer(), (topic, bytes) -> bytes);
        this.producer.initTransactions();
        this.state = state;
        this.runId = runId;
    }

    /** Publishes the new and changed offers of one source in one transaction; returns once it is committed. */
    public synchronized PublishReport publish(List<Offer> offers) {
        Map<String, SeenItem> written = new LinkedHashMap<>();
        int revised = 0;
        // What other instances committed since our last look counts too.
        state.catchUp();
        producer.beginTransaction();
        try {
            for (Offer offer : offers) {
                RawArticle article = offer.article();
                String key = SeenKey.of(article.source().id(), article.id());
                Verdict verdict = judge(written.get(key), offer);
                if (!verdict.publish()) {
                    continue;
                }
                send(Topics.RAW, article.id(), withRevision(article, verdict.revision()));
                SeenItem seen = SeenItem.of(offer.textHash(), verdict.revision());
                send(Topics.INGEST_SEEN, key, seen);
                written.put(key, seen);
                if (verdict.revision() > 1) {
                    revised++;
                }
            }
            producer.commitTransaction();
        } catch (ProducerFencedException | OutOfOrderSequenceException | AuthorizationException e) {
            // Fatal for this producer: another instance took over its transactional id, or it may not write.
            throw e;
        } catch (KafkaException e) {
            producer.abortTransaction();
            throw e;
        }
        written.forEach(state::remember);
        int published = written.size();
        return new PublishReport(offers.size(), published, revised, offers.size() - published);
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

    /** Publishes one dead letter (in its own transaction, as everything this producer writes). */
    public synchronized void deadLetter(String key, DeadLetter deadLetter) {
        producer.beginTransaction();
        try {
            send(Topics.DEAD_LETTERS, key, deadLetter);
            producer.commitTransaction();
        } catch (ProducerFencedException | OutOfOrderSequenceException | AuthorizationException e) {
            throw e;
        } catch (KafkaException e) {
            producer.abortTransaction();
            throw e;
        }
    }

    private <V> void send(Topic<String, V> topic, String key, V value) {
        ProducerRecord<String, byte[]> record = new ProducerRecord<>(topic.name(), key,
                topic.valueSerde().serializer().serialize(topic.name(), value));
        RunHeader.set(record.headers(), runId);
        producer.send(record);
    }

    private static RawArticle withRevision(RawArticle a, int revision) {
        return new RawArticle(a.schema(), a.id(), revision, a.url(), a.source(), a.title(), a.feed(), a.content(),
                a.contentType(), a.contentTruncated(), a.contentLength(), a.contentHash(), a.fetchedAt());
    }

    @Override
    public void close() {
        producer.close();
    }
}
