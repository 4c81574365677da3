package dev.newsflow.app.observe;

import static dev.newsflow.core.observe.StageMeters.DEAD_LETTERED;
import static dev.newsflow.core.observe.StageMeters.IN;
import static dev.newsflow.core.observe.StageMeters.OUT;

import dev.newsflow.core.event.EnrichedArticle;
import dev.newsflow.core.observe.StageMeters;
import dev.newsflow.core.topic.Topics;
import dev.newsflow.sink.consume.SinkListener;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.Optional;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.serialization.Deserializer;

/**
 * Counts the sink's outcomes (stored, dead-lettered) per source, keeps the stored articles for the
 * status page, then passes each outcome on to {@code next}. The sink calls it only once an outcome
 * is durable, so the counters never run ahead of the store.
 */
public final class ObservedSinkListener implements SinkListener {

    private static final String SINK = "sink";

    private final SinkListener next;
    private final MeterRegistry registry;
    private final LatestArticles latest;
    private final Clock clock;
    private final Deserializer<EnrichedArticle> articles = Topics.ENRICHED.valueSerde().deserializer();

    public ObservedSinkListener(SinkListener next, Observability observability, Clock clock) {
        this.next = next;
        this.registry = observability.registry();
        this.latest = observability.latest();
        this.clock = clock;
    }

    @Override
    public void stored(ConsumerRecord<String, byte[]> record) {
        Optional<EnrichedArticle> article = decode(record);
        String source = article.map(ObservedSinkListener::sourceOf).orElse(null);
        StageMeters.articles(registry, SINK, IN, source).increment();
        StageMeters.articles(registry, SINK, OUT, source).increment();
        article.ifPresent(stored -> latest.add(new LatestArticles.StoredArticle(stored.id(), stored.title(), stored.url(),
                stored.language() == null ? null : stored.language().tag(), source, clock.instant())));
        next.stored(record);
    }

    @Override
    public void deadLettered(ConsumerRecord<String, byte[]> record, String reason) {
        String source = decode(record).map(ObservedSinkListener::sourceOf).orElse(null);
        StageMeters.articles(registry, SINK, IN, source).increment();
        StageMeters.articles(registry, SINK, DEAD_LETTERED, source).increment();
        StageMeters.deadLetters(registry, SINK, reason).increment();
        next.deadLettered(record, reason);
    }

    private static String sourceOf(EnrichedArticle article) {
        return article.source() == null ? null : article.source().id();
    }

    /** The article, if the record holds one: a dead-lettered record may be undecodable. */
    private Optional<EnrichedArticle> decode(ConsumerRecord<String, byte[]> record) {
        try {
            return Optional.ofNullable(articles.deserialize(record.topic(), record.value()));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
