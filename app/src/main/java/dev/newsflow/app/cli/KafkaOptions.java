package dev.newsflow.app.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Options every command that talks to Kafka shares. */
public final class KafkaOptions {

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT[,…]",
            description = "Kafka bootstrap servers.")
    String bootstrapServers;

    @Option(names = "--kafka-property", paramLabel = "KEY=VALUE",
            description = "A Kafka client setting passed through to every client (e.g. security.protocol=SSL). Repeatable.")
    Map<String, String> properties = new LinkedHashMap<>();

    public Map<String, String> properties() {
        return Map.copyOf(properties);
    }
}
