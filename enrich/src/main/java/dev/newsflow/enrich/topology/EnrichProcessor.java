package dev.newsflow.enrich.topology;

import dev.newsflow.core.event.DeadLetter;
import dev.newsflow.core.event.EnrichedArticle;
import dev.newsflow.core.event.RawArticle;
import dev.newsflow.core.event.Stage;
import dev.newsflow.core.observe.StageMeters;
import dev.newsflow.core.topic.Topics;
import dev.newsflow.enrich.Enricher;
import io.micrometer.core.instrument.Metrics;
import java.time.Clock;
import java.time.Duration;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.processor.api.RecordMetadata;

/**
 * Decodes a raw record and enriches it. Any failure, from undecodable bytes to an extractor bug,
 * becomes a dead letter that keeps the original key and value bytes and the record's position, so
 * one bad record never stops the stream and nothing is lost.
 */
final class EnrichProcessor implements Processor<byte[], byte[], String, EnrichOutcome> {

    private final Enricher enricher;
    private final Clock clock;
    private final Deserializer<String> keys = Topics.RAW.keySerde().deserializer();
    private final Deserializer<RawArticle> values = Topics.RAW.valueSerde().deserializer();
    /**
     * Micrometer's global registry: the topology is a pure function of (enricher, clock), and the
     * process that runs it adds its own registry (Prometheus) to the global one.
     */
    private final StageMeters meters = new StageMeters(Metrics.globalRegistry);
    private ProcessorContext<String, EnrichOutcome> context;

    EnrichProcessor(Enricher enricher, Clock clock) {
        this.enricher = enricher;
        this.clock = clock;
    }

    @Override
    public void init(ProcessorContext<String, EnrichOutcome> context) {
        this.context = context;
    }

    @Override
    public void process(Record<byte[], byte[]> record) {
        String topic = Topics.RAW.name();
        String key = record.key() == null ? null : keys.deserialize(topic, record.key());
        long started = System.nanoTime();
        String source = null;
        EnrichOutcome outcome;
        try {
            RawArticle raw = values.deserialize(topic, record.headers(), record.value());
            if (raw == null) {
                throw new IllegalArgumentException("empty record (no value)");
            }
            source = raw.source() == null ? null : raw.source().id();
            EnrichedArticle article = enricher.enrich(raw);
            outcome = new EnrichOutcome.Enriched(article);
            key = key == null ? raw.id() : key;
            meters.enriched(source, article.language() == null ? null : article.language().tag(), since(started));
        } catch (RuntimeException | StackOverflowError e) {
            // StackOverflowError too: pathological HTML must cost one record, never the stream thread.
            outcome = new EnrichOutcome.Failed(deadLetter(record, key, e));
            meters.failed(source, e.getClass().getName(), since(started));
        }
        context.forward(record.withKey(key).withValue(outcome));
    }

    private static Duration since(long startedNanos) {
        return Duration.ofNanos(System.nanoTime() - startedNanos);
    }

    private DeadLetter deadLetter(Record<byte[], byte[]> record, String key, Throwable error) {
        // Records here always come from the raw topic, so their position is always known.
        DeadLetter.Source source = context.recordMetadata().map(EnrichProcessor::position).orElseThrow();
        return DeadLetter.of(Stage.ENRICH, error.getClass().getName(), DeadLetter.reasonOf(error), source, key,
                record.key(), record.value(), clock.instant());
    }

    private static DeadLetter.Source position(RecordMetadata metadata) {
        return DeadLetter.Source.kafka(metadata.topic(), metadata.partition(), metadata.offset());
    }
}
