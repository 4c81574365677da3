package dev.newsflow.app.cli;

import dev.newsflow.app.config.ConfigFlags;
import java.util.LinkedHashMap;
import java.util.Map;
import picocli.CommandLine.Option;

/** Options every command that talks to Kafka shares. */
public final class KafkaOptions {

    @Option(names = "--bootstrap-servers", paramLabel = "HOST:PORT[,…]",
            description = "Kafka bootstrap servers (config kafka.bootstrap-servers, env NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS).")
    String bootstrapServers;

    @Option(names = "--kafka-property", paramLabel = "KEY=VALUE",
            description = "A Kafka client setting passed through to every client (e.g. security.protocol=SSL; config kafka.properties). Repeatable.")
    Map<String, String> properties = new LinkedHashMap<>();

    ConfigFlags addTo(ConfigFlags flags) {
        return flags.set("kafka.bootstrap-servers", bootstrapServers).set("kafka.properties", properties);
    }
}
