package dev.newsflow.app.run;

import dev.newsflow.app.config.EffectiveConfig;
import dev.newsflow.app.config.NewsflowConfig;
import dev.newsflow.sink.consume.SinkSettings;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * What {@code newsflow run} was asked to do.
 *
 * @param inputs files or directories of archived items; empty means the bundled samples
 * @param once   ingest, wait until every event of this run is stored or dead-lettered, stop
 * @param config the configuration: the data dir, the store, the cluster (none: the embedded broker), the stages
 */
public record PipelineOptions(List<Path> inputs, boolean once, EffectiveConfig config) {

    /** Where the embedded broker, Streams state and the default SQLite store live. */
    public Path dataDir() {
        return config.config().run().dataDir();
    }

    /** The JDBC URL of the store. */
    public String effectiveStoreUrl() {
        return config.storeUrl();
    }

    /** An external Kafka cluster; null means the embedded broker. */
    public String bootstrapServers() {
        return config.config().kafka().bootstrapServers();
    }

    /** Client settings passed to every Kafka client. */
    public Map<String, String> kafkaProperties() {
        return config.config().kafka().properties();
    }

    /** Whether symbolic links leading out of an input folder are followed ({@code ingest.follow-links}). */
    public boolean followLinks() {
        return config.config().ingest().followLinks();
    }

    /** How long {@code --once} waits for the run to drain. */
    public Duration timeout() {
        return config.config().run().timeout();
    }

    public NewsflowConfig.Topics topics() {
        return config.config().topics();
    }

    public NewsflowConfig.Enrich enrich() {
        return config.config().enrich();
    }

    public NewsflowConfig.Sink sink() {
        return config.config().sink();
    }

    /** How the sink batches, the backoffs as built in. */
    public SinkSettings sinkSettings() {
        return new SinkSettings(sink().batchSize(), sink().linger(), SinkSettings.DEFAULTS.initialBackoff(),
                SinkSettings.DEFAULTS.maxBackoff());
    }
}
