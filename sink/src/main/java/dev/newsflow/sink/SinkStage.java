package dev.newsflow.sink;

import dev.newsflow.core.stage.PipelineStage;
import dev.newsflow.core.stage.StartedParts;
import dev.newsflow.sink.consume.SinkListener;
import dev.newsflow.sink.consume.SinkService;
import dev.newsflow.sink.consume.SinkSettings;
import dev.newsflow.sink.file.FileExportService;
import dev.newsflow.sink.file.RotatingJsonLinesFile;
import dev.newsflow.sink.jdbc.ArticleStore;
import dev.newsflow.sink.jdbc.JdbcArticleStore;
import dev.newsflow.sink.jdbc.TitleLengthLimit;
import dev.newsflow.sink.route.RoutedTopics;
import dev.newsflow.sink.route.RoutesFile;
import dev.newsflow.sink.route.RoutingRules;
import dev.newsflow.sink.route.RoutingService;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sink stage: the store writer, and when configured the router to downstream topics and the
 * JSON Lines export, each with its own consumer group on {@code news.enriched.v1}. Started in that
 * order (the store last, so that nothing is stored before the other outputs run), closed in reverse.
 */
public final class SinkStage implements PipelineStage {

    private static final Logger LOG = LoggerFactory.getLogger(SinkStage.class);

    /** How long the router may take to join its group and restore its state. */
    private static final Duration ROUTER_START_TIMEOUT = Duration.ofSeconds(120);

    /**
     * What the sink stage runs with.
     *
     * @param bootstrapServers  the cluster
     * @param kafkaProperties   client settings passed to every client
     * @param groupId           the store writer's consumer group; instances in one group share the partitions
     * @param storeUrl          the JDBC URL of the store, with its credentials
     * @param maxTitleChars     titles longer than this are refused by the store (dead letters); null: no limit
     * @param batching          how the store writer batches and backs off
     * @param routes            a YAML file of routing rules; null: no routing
     * @param routerId          the router's Kafka Streams application id
     * @param routerStateDir    the router's Kafka Streams state directory
     * @param routedPartitions  partitions of routed topics the router creates
     * @param routedReplication replication factor of routed topics the router creates
     * @param exportDir         where JSON Lines files go; null: no export
     * @param exportRotate      how often a new export file starts
     * @param exportGroupId     the export's consumer group
     */
    public record Settings(String bootstrapServers, Map<String, String> kafkaProperties, String groupId, String storeUrl,
                           Integer maxTitleChars, SinkSettings batching, Path routes, String routerId, Path routerStateDir,
                           int routedPartitions, short routedReplication, Path exportDir, Duration exportRotate,
                           String exportGroupId) {}

    private final Settings settings;
    private final SinkListener listener;
    private final Clock clock;
    private final StartedParts started = new StartedParts("sink");
    private volatile RoutingService router;
    private volatile SinkService writer;
    private volatile Thread writerThread;
    private volatile String failure;
    private volatile boolean closed;

    /** @param listener told of every batch stored and dead letter sent (the stage's meters) */
    public SinkStage(Settings settings, SinkListener listener, Clock clock) {
        this.settings = settings;
        this.listener = listener;
        this.clock = clock;
    }

    @Override
    public synchronized void start() throws Exception {
        if (settings.routes() != null) {
            RoutingRules rules = RoutesFile.load(settings.routes());
            RoutedTopics.ensure(settings.bootstrapServers(), settings.kafkaProperties(), rules, settings.routedPartitions(),
                    settings.routedReplication());
            router = new RoutingService(settings.bootstrapServers(), settings.routerId(), settings.routerStateDir(), rules,
                    settings.kafkaProperties());
            started.add(router);
            if (!router.start(ROUTER_START_TIMEOUT)) {
                throw new IllegalStateException("the router did not start within " + ROUTER_START_TIMEOUT.toSeconds() + " s");
            }
        }
        if (settings.exportDir() != null) {
            RotatingJsonLinesFile file = new RotatingJsonLinesFile(settings.exportDir(), "enriched", settings.exportRotate(), clock);
            FileExportService export = new FileExportService(settings.bootstrapServers(), settings.exportGroupId(), file,
                    settings.kafkaProperties());
            started.add(export);
            new Thread(export, "newsflow-export").start();
        }
        ArticleStore store = TitleLengthLimit.around(JdbcArticleStore.open(settings.storeUrl(), clock), settings.maxTitleChars());
        started.add(store);
        writer = new SinkService(settings.bootstrapServers(), settings.groupId(), store, listener, settings.kafkaProperties(),
                settings.batching(), clock);
        started.add(writer);
        writerThread = new Thread(this::write, "newsflow-sink");
        writerThread.start();
    }

    private void write() {
        try {
            writer.run();
            if (!closed) {
                failure = "the store writer stopped";
            }
        } catch (RuntimeException e) {
            failure = "the store writer failed: " + e.getMessage();
            LOG.error("sink: {}", failure, e);
        }
    }

    @Override
    public boolean ready() {
        SinkService current = writer;
        return current != null && current.ready() && (router == null || router.healthy());
    }

    @Override
    public String failure() {
        if (failure != null) {
            return failure;
        }
        return router != null && !closed && !router.healthy() ? "the router stopped" : null;
    }

    /** Synchronized: a shutdown hook (SIGTERM) waits for a start under way, and the command's own end may close it again. */
    @Override
    public synchronized void close() {
        closed = true;
        started.closeAll();
    }
}
