package dev.newsflow.app.config;

import dev.newsflow.enrich.topology.EnrichConfig;
import dev.newsflow.ingest.IngestStage;
import dev.newsflow.ingest.poll.FeedIngest;
import dev.newsflow.ingest.poll.PollingService;
import dev.newsflow.ingest.push.PushServer;
import dev.newsflow.ingest.source.http.HostResolver;
import dev.newsflow.sink.SinkStage;
import dev.newsflow.sink.consume.SinkSettings;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Each stage's settings record from the configuration: the one place where the configuration's keys
 * meet the stages, for the stage commands and {@code run} alike.
 */
public final class StageSettings {

    private StageSettings() {}

    /**
     * @param bootstrapServers the cluster the stage uses (the configured one, or {@code run}'s embedded broker)
     * @param kafkaProperties  client settings for every client of the stage
     * @param stateDir         where the Kafka Streams state lives
     */
    public static EnrichConfig enrich(NewsflowConfig config, String bootstrapServers, Map<String, String> kafkaProperties, Path stateDir) {
        NewsflowConfig.Enrich enrich = config.enrich();
        return new EnrichConfig(bootstrapServers, enrich.applicationId(), stateDir, enrich.threads(), kafkaProperties);
    }

    /**
     * Ingest as {@code newsflow ingest} runs it: the configuration's feeds and push endpoint when it
     * names any (its {@code sources}, {@code ingest.push.port}), else its input folders.
     *
     * @param runId     stamped on every record published
     * @param pushToken the push endpoint's bearer token (from the environment, never from the file)
     */
    public static IngestStage.Settings ingest(EffectiveConfig effective, String bootstrapServers, String runId, String pushToken)
            throws ConfigException {
        NewsflowConfig config = effective.config();
        NewsflowConfig.Ingest ingest = config.ingest();
        Map<String, String> kafka = config.kafka().properties();
        List<Path> inputs = ingest.inputs().stream().map(Path::of).toList();
        if (!pollsFeeds(effective)) {
            return new IngestStage.Settings(bootstrapServers, kafka, runId, inputs, ingest.followLinks(), ingest.pollInterval(), null, null);
        }
        IngestConfig feeds = effective.ingest();
        FeedIngest.Settings polling = new FeedIngest.Settings(bootstrapServers, kafka, ingest.deployment(), runId, feeds.sources(),
                feeds.allowRanges(), HostResolver.SYSTEM, new PollingService.Settings(feeds.workers(), feeds.perHost(),
                        PollingService.Settings.DEFAULT.hostBusyRetry(), PollingService.Settings.DEFAULT.startSpread()));
        PushServer.Settings push = feeds.pushPort() == null ? null
                : new PushServer.Settings(feeds.pushAddress(), pushToken, feeds.pushMaxBytes());
        return new IngestStage.Settings(bootstrapServers, kafka, runId, List.of(), ingest.followLinks(), ingest.pollInterval(), polling, push);
    }

    /** Whether ingest polls feeds and serves pushes (the configuration names sources or a push port), rather than reading folders. */
    public static boolean pollsFeeds(EffectiveConfig effective) {
        return effective.hasSources() || effective.config().ingest().push().port() != null;
    }

    /**
     * @param bootstrapServers the cluster the stage uses (the configured one, or {@code run}'s embedded broker)
     * @param kafkaProperties  client settings for every client of the stage
     */
    public static SinkStage.Settings sink(EffectiveConfig effective, String bootstrapServers, Map<String, String> kafkaProperties) {
        NewsflowConfig config = effective.config();
        NewsflowConfig.Sink sink = config.sink();
        SinkSettings batching = new SinkSettings(sink.batchSize(), sink.linger(), SinkSettings.DEFAULTS.initialBackoff(),
                SinkSettings.DEFAULTS.maxBackoff());
        return new SinkStage.Settings(bootstrapServers, kafkaProperties, sink.groupId(), effective.storeUrl(), sink.maxTitleChars(),
                batching, sink.routes(), sink.router().applicationId(), sink.router().stateDir(), config.topics().partitions(),
                config.topics().replicationFactor(), sink.export().dir(), sink.export().rotate(), sink.export().groupId());
    }
}
