package dev.newsflow.app.run;

import dev.newsflow.app.config.StageSettings;
import dev.newsflow.app.observe.IngestProgress;
import dev.newsflow.app.observe.Observability;
import dev.newsflow.app.observe.ObservedSinkListener;
import dev.newsflow.app.topics.TopicSetup;
import dev.newsflow.broker.EmbeddedKafkaBroker;
import dev.newsflow.core.stage.StartedParts;
import dev.newsflow.enrich.Enricher;
import dev.newsflow.enrich.topology.EnrichStage;
import dev.newsflow.ingest.IngestReport;
import dev.newsflow.ingest.IngestStage;
import dev.newsflow.ingest.poll.FeedIngest;
import dev.newsflow.ingest.poll.FeedSource;
import dev.newsflow.ingest.poll.PollOutcome;
import dev.newsflow.ingest.poll.PollingService;
import dev.newsflow.ingest.seen.PublishReport;
import dev.newsflow.ingest.source.InputFile;
import dev.newsflow.ingest.source.InputFiles;
import dev.newsflow.ingest.source.http.HostResolver;
import dev.newsflow.sink.SinkStage;
import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.streams.StreamsConfig;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The whole pipeline in one process: a broker (embedded unless an external one is named), the
 * enrich stage, the sink stage, and ingest of the given inputs, each stage the same code that runs
 * as its own service. Started in dependency order, closed in reverse.
 */
public final class Pipeline implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Pipeline.class);
    /** How often {@code run --input URL} polls a feed when it keeps running. */
    private static final Duration RUN_FEED_INTERVAL = Duration.ofMinutes(5);

    private final PipelineOptions options;
    private final Clock clock;
    private final Observability observability;
    private final StartedParts started = new StartedParts("run");
    private final String runId = UUID.randomUUID().toString();
    private volatile String bootstrapServers;
    private RunMonitor monitor;
    private EnrichStage enrich;
    private SinkStage sink;
    private volatile boolean running;

    /** @param observability where the stages' meters and the latest stored articles go */
    public Pipeline(PipelineOptions options, Clock clock, Observability observability) {
        this.options = options;
        this.clock = clock;
        this.observability = observability;
    }

    /** Brings up broker, topics, enrich and sink; returns once every stage is ready for input. */
    public void start() throws Exception {
        Map<String, String> kafka = options.kafkaProperties();
        if (options.bootstrapServers() == null) {
            EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(options.dataDir().resolve("kafka"), 0);
            started.add(broker);
            bootstrapServers = broker.bootstrapServers();
            LOG.info("run: embedded broker at {}", bootstrapServers);
        } else {
            bootstrapServers = options.bootstrapServers();
        }
        TopicSetup.ensure(bootstrapServers, kafka, options.topics());

        monitor = new RunMonitor(bootstrapServers, runId, kafka);
        started.add(monitor);

        enrich = new EnrichStage(StageSettings.enrich(options.config().config(), bootstrapServers,
                withStaticMember(kafka, StreamsConfig.mainConsumerPrefix(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG), "newsflow-run-enrich"),
                options.dataDir().resolve("streams")), new Enricher(), clock);
        started.add(enrich);
        enrich.start();

        sink = new SinkStage(StageSettings.sink(options.config(), bootstrapServers,
                withStaticMember(kafka, ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, "newsflow-run-sink")),
                new ObservedSinkListener(monitor, observability, clock), clock);
        started.add(sink);
        sink.start();
        running = true;
    }

    /**
     * One {@code run} process owns its data dir, so its consumers can be static group members: after a
     * crash the next run takes over their partitions at once instead of waiting out the dead
     * members' session timeout.
     */
    private static Map<String, String> withStaticMember(Map<String, String> kafka, String key, String instanceId) {
        Map<String, String> settings = new HashMap<>(kafka);
        settings.putIfAbsent(key, instanceId);
        return settings;
    }

    /** Ingests the inputs (or the bundled samples) as this run; malformed items are reported on {@code errors}. */
    public IngestReport ingest(Consumer<String> errors, IngestProgress progress) throws Exception {
        List<InputFile> samples = options.inputs().isEmpty() ? BundledSamples.load() : null;
        InputFiles files = new InputFiles(options.followLinks());
        List<InputFiles.Listed> listed = samples != null ? List.of() : files.list(options.inputs());
        Iterable<InputFile> inputs = samples != null ? samples : files.readEach(listed);
        int total = samples != null ? samples.size() : listed.size();
        return ingest(inputs, total, errors, progress);
    }

    /** Ingests {@code inputs} ({@code total} of them, for the progress line) as this run. */
    public IngestReport ingest(Iterable<InputFile> inputs, int total, Consumer<String> errors, IngestProgress progress) throws Exception {
        return ingestStage(null, errors).ingest(progress.track(inputs, total));
    }

    /**
     * Polls feeds as this run, through the seen-state (an item published by an earlier run is not
     * published again): once with {@code once}, else on their schedule until {@link #close()}.
     * Returns what the one poll published (nothing yet when polling on a schedule).
     */
    public IngestReport pollFeeds(List<String> feedUrls, boolean once, Consumer<String> errors) throws Exception {
        List<FeedSource> sources = feedUrls.stream()
                .map(url -> new FeedSource(url, url, RUN_FEED_INTERVAL, null, false, null, 0))
                .toList();
        IngestStage feeds = ingestStage(new FeedIngest.Settings(bootstrapServers, options.kafkaProperties(), FeedIngest.DEFAULT_DEPLOYMENT,
                runId, sources, List.of(), HostResolver.SYSTEM, PollingService.Settings.DEFAULT), errors);
        if (!once) {
            feeds.start();
            return new IngestReport(0, 0, 0);
        }
        List<PollOutcome> outcomes = feeds.pollOnce();
        PublishReport published = outcomes.stream().map(PollOutcome::report).reduce(PublishReport.NONE, PublishReport::plus);
        int deadLettered = (int) outcomes.stream().filter(o -> o.kind() == PollOutcome.Kind.DEAD_LETTERED).count();
        // Items already published by an earlier run are neither read anew nor dead-lettered: they are not counted.
        return new IngestReport(published.published() + deadLettered, published.published(), deadLettered);
    }

    /** An ingest stage of this run, closed with it: for archived items ({@code feeds} null), or polling {@code feeds}. */
    private IngestStage ingestStage(FeedIngest.Settings feeds, Consumer<String> errors) {
        IngestStage stage = new IngestStage(new IngestStage.Settings(bootstrapServers, options.kafkaProperties(), runId, List.of(),
                options.followLinks(), Duration.ZERO, feeds, null), observability.ingestMeters(), errors, clock);
        started.add(stage);
        return stage;
    }

    /** Waits until every event published in this run is stored or dead-lettered, or the timeout passes. */
    public RunSummary awaitDrained(IngestReport report, Duration timeout, long startedAtMillis) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        boolean drained = monitor.drained(report.published());
        while (!drained && System.nanoTime() < deadline && stagesHealthy()) {
            Thread.sleep(100);
            drained = monitor.drained(report.published());
        }
        Duration took = Duration.ofMillis(clock.millis() - startedAtMillis);
        return monitor.summary(report.read(), report.published(), report.deadLettered(), drained, took);
    }

    private boolean stagesHealthy() {
        return enrich.failure() == null && sink.failure() == null;
    }

    public String runId() {
        return runId;
    }

    /** The cluster the stages use, or null until {@link #start()} has brought up the broker. */
    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** Whether every stage is up and can do its work: {@code /ready}. */
    public boolean ready() {
        return running && enrich.ready() && sink.ready();
    }

    /** Synchronized: the shutdown hook (SIGTERM) and the command's own end may both close the pipeline. */
    @Override
    public synchronized void close() {
        running = false;
        started.closeAll();
    }
}
