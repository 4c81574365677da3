package dev.newsflow.app.run;

import dev.newsflow.app.observe.IngestMeters;
import dev.newsflow.app.observe.IngestProgress;
import dev.newsflow.app.observe.Observability;
import dev.newsflow.app.observe.ObservedSinkListener;
import dev.newsflow.app.store.TitleLengthLimit;
import dev.newsflow.app.topics.TopicSetup;
import dev.newsflow.broker.EmbeddedKafkaBroker;
import dev.newsflow.enrich.Enricher;
import dev.newsflow.enrich.topology.EnrichConfig;
import dev.newsflow.enrich.topology.EnrichService;
import dev.newsflow.ingest.ArchiveIngest;
import dev.newsflow.ingest.IngestReport;
import dev.newsflow.ingest.poll.FeedIngest;
import dev.newsflow.ingest.poll.FeedReaderParser;
import dev.newsflow.ingest.poll.FeedSource;
import dev.newsflow.ingest.poll.PollOutcome;
import dev.newsflow.ingest.poll.PollingService;
import dev.newsflow.ingest.publish.RawPublisher;
import dev.newsflow.ingest.seen.PublishReport;
import dev.newsflow.ingest.source.InputFile;
import dev.newsflow.ingest.source.InputFiles;
import dev.newsflow.ingest.source.http.HostResolver;
import dev.newsflow.sink.consume.SinkService;
import dev.newsflow.sink.jdbc.ArticleStore;
import dev.newsflow.sink.jdbc.JdbcArticleStore;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
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
    private static final Duration STAGE_START_TIMEOUT = Duration.ofSeconds(120);
    /** How often {@code run --input URL} polls a feed when it keeps running. */
    private static final Duration RUN_FEED_INTERVAL = Duration.ofMinutes(5);

    private final PipelineOptions options;
    private final Clock clock;
    private final Observability observability;
    private final Deque<AutoCloseable> started = new ArrayDeque<>();
    private final String runId = UUID.randomUUID().toString();
    private volatile String bootstrapServers;
    private RunMonitor monitor;
    private EnrichService enrich;
    private Thread sinkThread;
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
            started.push(broker);
            bootstrapServers = broker.bootstrapServers();
            LOG.info("run: embedded broker at {}", bootstrapServers);
        } else {
            bootstrapServers = options.bootstrapServers();
        }
        TopicSetup.ensure(bootstrapServers, kafka, options.topics());

        ArticleStore store = TitleLengthLimit.around(JdbcArticleStore.open(options.effectiveStoreUrl(), clock),
                options.sink().maxTitleChars());
        started.push(store);

        monitor = new RunMonitor(bootstrapServers, runId, kafka);
        started.push(monitor);

        enrich = new EnrichService(new EnrichConfig(bootstrapServers, options.enrich().applicationId(),
                options.dataDir().resolve("streams"), 1,
                withStaticMember(kafka, StreamsConfig.mainConsumerPrefix(ConsumerConfig.GROUP_INSTANCE_ID_CONFIG), "newsflow-run-enrich")),
                new Enricher(), clock);
        started.push(enrich);
        if (!enrich.start(STAGE_START_TIMEOUT)) {
            throw new IllegalStateException("the enrich stage did not start within " + STAGE_START_TIMEOUT.toSeconds() + " s");
        }

        SinkService sink = new SinkService(bootstrapServers, options.sink().groupId(), store,
                new ObservedSinkListener(monitor, observability, clock),
                withStaticMember(kafka, ConsumerConfig.GROUP_INSTANCE_ID_CONFIG, "newsflow-run-sink"), options.sinkSettings(), clock);
        sinkThread = new Thread(sink, "newsflow-sink");
        sinkThread.start();
        started.push(sink);
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
        IngestMeters meters = observability.ingestMeters();
        try (RawPublisher publisher = new RawPublisher(bootstrapServers, runId, options.kafkaProperties())) {
            IngestReport report = new ArchiveIngest(publisher, errors, clock).ingest(progress.track(meters.counting(inputs), total));
            meters.passed(report);
            return report;
        }
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
        FeedIngest feeds = new FeedIngest(new FeedIngest.Settings(bootstrapServers, options.kafkaProperties(), FeedIngest.DEFAULT_DEPLOYMENT, runId,
                sources, List.of(), HostResolver.SYSTEM, PollingService.Settings.DEFAULT), new FeedReaderParser(), errors,
                observability.ingestMeters()::polled, clock);
        started.push(feeds);
        if (!once) {
            feeds.startPolling();
            return new IngestReport(0, 0, 0);
        }
        List<PollOutcome> outcomes = feeds.pollAllOnce();
        PublishReport published = outcomes.stream().map(PollOutcome::report).reduce(PublishReport.NONE, PublishReport::plus);
        int deadLettered = (int) outcomes.stream().filter(o -> o.kind() == PollOutcome.Kind.DEAD_LETTERED).count();
        // Items already published by an earlier run are neither read anew nor dead-lettered: they are not counted.
        return new IngestReport(published.published() + deadLettered, published.published(), deadLettered);
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
        return enrich.healthy() && sinkThread.isAlive();
    }

    public String runId() {
        return runId;
    }

    /** The cluster the stages use, or null until {@link #start()} has brought up the broker. */
    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** Whether every stage is up and can make progress: {@code /ready}. */
    public boolean ready() {
        return running && stagesHealthy();
    }

    /** Synchronized: the shutdown hook (SIGTERM) and the command's own end may both close the pipeline. */
    @Override
    public synchronized void close() {
        running = false;
        while (!started.isEmpty()) {
            AutoCloseable stage = started.pop();
            try {
                stage.close();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (Exception e) {
                LOG.warn("run: closing {} failed: {}", stage.getClass().getSimpleName(), e.getMessage());
            }
        }
    }
}
