package dev.newsflow.app.cli;

import dev.newsflow.app.config.ConfigFlags;
import dev.newsflow.app.topics.TopicSetup;
import picocli.CommandLine.Option;

/** How a stage creates missing topics on a real cluster. */
final class TopicOptions {

    @Option(names = "--partitions", paramLabel = "N",
            description = "Partitions of topics this stage creates if missing (config topics.partitions; default: " + TopicSetup.DEFAULT_PARTITIONS + ").")
    Integer partitions;

    @Option(names = "--replication-factor", paramLabel = "N",
            description = "Replication factor of topics this stage creates if missing (config topics.replication-factor; default: 1; use 3 on a real cluster).")
    Short replicationFactor;

    ConfigFlags addTo(ConfigFlags flags) {
        return flags.set("topics.partitions", partitions).set("topics.replication-factor", replicationFactor);
    }
}
