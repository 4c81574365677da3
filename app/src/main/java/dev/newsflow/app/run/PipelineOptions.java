package dev.newsflow.app.run;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What {@code newsflow run} was asked to do.
 *
 * @param inputs           files or directories of archived items; empty means the bundled samples
 * @param once             ingest, wait until every event of this run is stored or dead-lettered, stop
 * @param dataDir          where the embedded broker, Streams state and the SQLite store live
 * @param storeUrl         JDBC URL of the store; null means SQLite at {@code dataDir/newsflow.db}
 * @param bootstrapServers an external Kafka cluster; null means the embedded broker
 * @param kafkaProperties  client settings passed to every Kafka client
 * @param timeout          how long {@code --once} waits for the run to drain
 */
public record PipelineOptions(List<Path> inputs, boolean once, Path dataDir, String storeUrl, String bootstrapServers,
                              Map<String, String> kafkaProperties, Duration timeout) {

    public String effectiveStoreUrl() {
        return storeUrl != null ? storeUrl : "jdbc:sqlite:" + dataDir.resolve("newsflow.db");
    }
}
