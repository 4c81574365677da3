package dev.newsflow.enrich.topology;

import dev.newsflow.core.event.DeadLetter;
import dev.newsflow.core.event.EnrichedArticle;
import dev.newsflow.core.topic.Topics;
import dev.newsflow.enrich.Enricher;
import java.time.Clock;
import java.util.Map;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Branched;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.KStream;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * The enrich stage as a pure function: {@code news.raw.v1} → {@link Enricher} →
 * {@code news.enriched.v1}, with every failure on {@code news.dlq.v1}. Every node is named, so the
 * topology reads the same in {@code describe()}, in metrics and in logs.
 *
 * <pre>
 * raw-articles ─► enrich ─► outcome-enriched ─► to-enriched-articles
 *                        └► outcome-failed   ─► to-dead-letters
 * </pre>
 */
public final class EnrichTopology {

    private EnrichTopology() {}

    public static Topology build(Enricher enricher, Clock clock) {
        StreamsBuilder builder = new StreamsBuilder();

        // Raw records are read as bytes and decoded inside the "enrich" step: a record that does not
        // decode must still reach the dead-letter topic with its exact original bytes.
        KStream<String, EnrichOutcome> outcomes = builder
                .stream(Topics.RAW.name(), Consumed.with(Serdes.ByteArray(), Serdes.ByteArray()).withName("raw-articles"))
                .process(() -> new EnrichProcessor(enricher, clock), Named.as("enrich"));

        Map<String, KStream<String, EnrichOutcome>> branches = outcomes
                .split(Named.as("outcome-"))
                .branch((id, outcome) -> outcome instanceof EnrichOutcome.Enriched, Branched.as("enriched"))
                .defaultBranch(Branched.as("failed"));

        branches.get("outcome-enriched")
                .mapValues(outcome -> ((EnrichOutcome.Enriched) outcome).article(), Named.as("enriched-article"))
                .to(Topics.ENRICHED.name(), Produced.<String, EnrichedArticle>with(
                        Topics.ENRICHED.keySerde(), Topics.ENRICHED.valueSerde()).withName("to-enriched-articles"));

        branches.get("outcome-failed")
                .mapValues(outcome -> ((EnrichOutcome.Failed) outcome).deadLetter(), Named.as("dead-letter"))
                .to(Topics.DEAD_LETTERS.name(), Produced.<String, DeadLetter>with(
                        Topics.DEAD_LETTERS.keySerde(), Topics.DEAD_LETTERS.valueSerde()).withName("to-dead-letters"));

        return builder.build();
    }
}
