package dev.newsflow.core.topic;

import java.util.Map;
import org.apache.kafka.common.serialization.Serde;

/**
 * A topic with its name, key and value serdes and the topic-level settings it is created with.
 * Every producer, consumer and Streams node of newsflow takes its serdes from here: there are no
 * default serdes anywhere.
 *
 * @param name       the topic name
 * @param keySerde   the key serde
 * @param valueSerde the value serde
 * @param configs    topic-level configs used when newsflow creates the topic
 */
public record Topic<K, V>(String name, Serde<K> keySerde, Serde<V> valueSerde, Map<String, String> configs) {

    public Topic {
        configs = Map.copyOf(configs);
    }

    @Override
    public String toString() {
        return name;
    }
}
