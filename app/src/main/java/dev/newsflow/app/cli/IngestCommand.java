package dev.newsflow.app.cli;

import dev.newsflow.app.config.EffectiveConfig;
import dev.newsflow.app.config.IngestConfig;
import dev.newsflow.app.config.NewsflowConfig;
import dev.newsflow.app.observe.IngestMeters;
import dev.newsflow.app.observe.StageEndpoint;
import dev.newsflow.ingest.ArchiveIngest;
import dev.newsflow.ingest.IngestReport;
import dev.newsflow.ingest.poll.FeedIngest;
import dev.newsflow.ingest.poll.FeedReaderParser;
import dev.newsflow.ingest.poll.PollOutcome;
import dev.newsflow.ingest.poll.PollingService;
import dev.newsflow.ingest.publish.RawPublisher;
import dev.newsflow.ingest.push.PushServer;
import dev.newsflow.ingest.seen.PublishReport;
import dev.newsflow.ingest.source.InputFiles;
import dev.newsflow.ingest.source.http.HostResolver;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/**
 * {@code newsflow ingest}: either polls the feeds of a configuration file (and serves the push
 * endpoint), or publishes archived items from folders and then watches them for new files.
 */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {
            "With sources (the 'sources' section of --config FILE): polls those feeds on their schedules, publishing each new or",
            "changed item once to news.raw.v1 (seen-state in news.ingest.seen.v1), and serves POST /articles if configured.",
            "With --input: publishes archived feed items from files or folders, then keeps watching the folders.",
            "Both run until stopped, unless --once."})
final class IngestCommand extends ConfiguredCommand {

    /** The bearer token of the push endpoint comes from the environment, never from a flag others can see in ps. */
    static final String PUSH_TOKEN_ENV = "NEWSFLOW_PUSH_TOKEN";

    private static final Logger LOG = LoggerFactory.getLogger(IngestCommand.class);

    @Option(names = "--once", description = "Poll every feed (or ingest every file) once, print a summary line on stdout, and exit.")
    private boolean once;

    private EffectiveConfig config;

    @Override
    List<ConfigOption> options() {
        return ConfigOption.stage("ingest", ConfigOption.INGEST_INPUTS, ConfigOption.POLL_SECONDS, ConfigOption.DEPLOYMENT,
                ConfigOption.FOLLOW_LINKS);
    }

    /** Files this process has already ingested, with the modification time it saw: a changed file is read again. */
    private final Map<Path, FileTime> ingested = new HashMap<>();

    private InputFiles inputFiles;

    @Override
    public Integer call() throws Exception {
        config = loadConfig();
        // Feeds to poll or a push endpoint to serve, or else folders of archived items: one or the other.
        boolean feeds = config.hasSources() || config.config().ingest().push().port() != null;
        if (feeds == !config.config().ingest().inputs().isEmpty()) {
            throw new ParameterException(commandLine(),
                    "give either --config FILE or --input PATH… (feeds in the file's 'sources' or a push port, or archived items)");
        }
        String bootstrap = StageCommand.requireBootstrap(config.config(), commandLine());
        IngestConfig settings = feeds ? config.ingest() : null;
        StageCommand.ensureTopics(config.config());
        AtomicBoolean ready = new AtomicBoolean();
        NewsflowConfig.Observe observe = config.config().observe();
        try (StageEndpoint endpoint = StageEndpoint.open("ingest", observe.address(observe.ports().ingest()), ready::get, bootstrap,
                kafkaProperties(), commandLine().getErr())) {
            return settings == null
                    ? ingestFolders(bootstrap, endpoint.observability().ingestMeters(), ready)
                    : pollFeeds(bootstrap, settings, ready);
        }
    }

    private int pollFeeds(String bootstrap, IngestConfig settings, AtomicBoolean ready) throws Exception {
        PrintWriter out = commandLine().getOut();
        String pushToken = System.getenv(PUSH_TOKEN_ENV);
        if (settings.pushPort() != null && (pushToken == null || pushToken.isBlank())) {
            throw new IllegalArgumentException("the configuration sets ingest.push but " + PUSH_TOKEN_ENV + " is not set");
        }
        String runId = UUID.randomUUID().toString();
        FeedIngest.Settings feedSettings = new FeedIngest.Settings(bootstrap, kafkaProperties(),
                config.config().ingest().deployment(), runId, settings.sources(), settings.allowRanges(), HostResolver.SYSTEM,
                new PollingService.Settings(settings.workers(), settings.perHost(), PollingService.Settings.DEFAULT.hostBusyRetry(),
                        PollingService.Settings.DEFAULT.startSpread()));
        try (FeedIngest feeds = new FeedIngest(feedSettings, new FeedReaderParser(), commandLine().getErr()::println,
                IngestCommand::log, Clock.systemUTC())) {
            if (once) {
                List<PollOutcome> outcomes = feeds.pollAllOnce();
                out.println(summary(outcomes));
                out.flush();
                return outcomes.stream().anyMatch(PollOutcome::failed) ? 1 : 0;
            }
            PushServer push = settings.pushPort() == null ? null : new PushServer(new PushServer.Settings(
                    settings.pushAddress(), pushToken, settings.pushMaxBytes()), feeds.publisher(), Clock.systemUTC());
            CountDownLatch stop = StageCommand.stopOnSignal("ingest", () -> { });
            try {
                if (push != null) {
                    push.start();
                }
                feeds.startPolling();
                ready.set(true);
                LOG.info("ingest: polling {} sources{}", settings.sources().size(),
                        push == null ? "" : ", push endpoint on port " + push.port());
                stop.await();
            } finally {
                if (push != null) {
                    push.close();
                }
            }
        }
        return 0;
    }

    private static void log(PollOutcome outcome) {
        if (outcome.report().published() > 0) {
            LOG.info("ingest: source {}: published {} ({} new revisions), {} unchanged", outcome.sourceId(),
                    outcome.report().published(), outcome.report().revised(), outcome.report().unchanged());
        }
    }

    static String summary(List<PollOutcome> outcomes) {
        PublishReport total = outcomes.stream().map(PollOutcome::report).reduce(PublishReport.NONE, PublishReport::plus);
        long notModified = outcomes.stream().filter(o -> o.kind() == PollOutcome.Kind.NOT_MODIFIED).count();
        long failed = outcomes.stream().filter(PollOutcome::failed).count();
        return String.format("polled %d sources: published %d (%d new revisions), unchanged %d, not modified %d, failed %d",
                outcomes.size(), total.published(), total.revised(), total.unchanged(), notModified, failed);
    }

    private int ingestFolders(String bootstrap, IngestMeters meters, AtomicBoolean ready) throws Exception {
        CountDownLatch stop = once ? new CountDownLatch(0) : StageCommand.stopOnSignal("ingest", () -> { });
        long pollMillis = config.config().ingest().pollInterval().toMillis();
        try (RawPublisher publisher = new RawPublisher(bootstrap, UUID.randomUUID().toString(), kafkaProperties())) {
            ArchiveIngest ingest = new ArchiveIngest(publisher, commandLine().getErr()::println, Clock.systemUTC());
            inputFiles = new InputFiles(config.config().ingest().followLinks());
            ready.set(true);
            do {
                IngestReport report = ingest.ingest(meters.counting(inputFiles.readEach(newOrChanged())));
                meters.passed(report);
                if (report.read() > 0 || once) {
                    commandLine().getOut().printf("ingested %d: published %d, dead-lettered %d%n",
                            report.read(), report.published(), report.deadLettered());
                    commandLine().getOut().flush();
                }
            } while (!stop.await(pollMillis, TimeUnit.MILLISECONDS));
        }
        return 0;
    }

    private Map<String, String> kafkaProperties() {
        return config.config().kafka().properties();
    }

    private List<InputFiles.Listed> newOrChanged() {
        List<InputFiles.Listed> fresh = new ArrayList<>();
        for (InputFiles.Listed file : inputFiles.list(config.config().ingest().inputs().stream().map(Path::of).toList())) {
            FileTime modified = modified(file);
            if (modified != null && !modified.equals(ingested.put(file.path(), modified))) {
                fresh.add(file);
            }
        }
        return fresh;
    }

    /**
     * When the file last changed; for a refused one (a link out of the folder) when the link itself
     * did, since its target is not looked at. Null when the file went away since it was listed.
     */
    private static FileTime modified(InputFiles.Listed file) {
        try {
            return file.refusal() != null ? Files.getLastModifiedTime(file.path(), LinkOption.NOFOLLOW_LINKS)
                    : Files.getLastModifiedTime(file.path());
        } catch (IOException e) {
            return null;
        }
    }
}
