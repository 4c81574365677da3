package dev.newsflow.app.cli;

import dev.newsflow.app.topics.TopicSetup;
import picocli.CommandLine.Option;

/** How a stage creates missing topics on a real cluster. */
final class TopicOptions {

    @Option(names = "--partitions", paramLabel = "N", defaultValue = "" + TopicSetup.DEFAULT_PARTITIONS,
            description = "Partitions of topics this stage creates if missing (default: ${DEFAULT-VALUE}).")
    int partitions;

    @Option(names = "--replication-factor", paramLabel = "N", defaultValue = "1",
            description = "Replication factor of topics this stage creates if missing (default: ${DEFAULT-VALUE}; use 3 on a real cluster).")
    short replicationFactor;
}
