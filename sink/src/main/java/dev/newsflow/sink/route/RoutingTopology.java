package dev.newsflow.sink.route;

import dev.newsflow.core.event.EnrichedArticle;
import dev.newsflow.core.json.Json;
import dev.newsflow.core.json.JsonDecodingException;
import dev.newsflow.core.topic.Topics;
import java.util.List;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.common.serialization.Serializer;
import org.apache.kafka.streams.StreamsBuilder;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.kstream.Consumed;
import org.apache.kafka.streams.kstream.Named;
import org.apache.kafka.streams.kstream.Produced;

/**
 * Routes enriched events to downstream topics by rule. The value travels as the original bytes, so
 * a routed event is byte-for-byte the enriched event (same key, same headers); the topology only
 * decodes it to test the rules. An event that cannot be decoded routes nowhere: the store sink
 * already turns it into a dead letter, and routing it too would count it twice.
 */
public final class RoutingTopology {

    public static final String SOURCE = "routing-source";
    public static final String MATCH = "routing-match";
    public static final String SINK = "routing-sink";

    private RoutingTopology() {}

    /** One copy of an event bound for one topic. */
    record Routed(String topic, byte[] value) {}

    public static Topology build(RoutingRules rules) {
        StreamsBuilder builder = new StreamsBuilder();
        builder.stream(Topics.ENRICHED.name(),
                        Consumed.with(Topics.ENRICHED.keySerde(), Serdes.ByteArray()).withName(SOURCE))
                .flatMapValues(value -> route(rules, value), Named.as(MATCH))
                .to((key, routed, context) -> routed.topic(),
                        Produced.with(Topics.ENRICHED.keySerde(), routedSerde()).withName(SINK));
        return builder.build();
    }

    private static List<Routed> route(RoutingRules rules, byte[] value) {
        EnrichedArticle article;
        try {
            article = value == null ? null : Json.fromBytes(value, EnrichedArticle.class);
        } catch (JsonDecodingException undecodable) {
            return List.of();
        }
        if (article == null) {
            return List.of();
        }
        return rules.topicsFor(article).stream().map(topic -> new Routed(topic, value)).toList();
    }

    /** Writes the original bytes. Never read back: routed topics are read as enriched events. */
    private static Serde<Routed> routedSerde() {
        Serializer<Routed> serializer = (topic, routed) -> routed == null ? null : routed.value();
        Deserializer<Routed> deserializer = (topic, bytes) -> {
            throw new UnsupportedOperationException("routed events are read with the enriched-event serde");
        };
        return Serdes.serdeFrom(serializer, deserializer);
    }
}
