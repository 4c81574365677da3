package dev.newsflow.app.cli;

import dev.newsflow.app.config.EffectiveConfig;
import dev.newsflow.app.config.NewsflowConfig;
import dev.newsflow.app.config.StageSettings;
import dev.newsflow.app.observe.IngestMeters;
import dev.newsflow.app.observe.StageEndpoint;
import dev.newsflow.ingest.IngestReport;
import dev.newsflow.ingest.IngestStage;
import dev.newsflow.ingest.poll.PollOutcome;
import dev.newsflow.ingest.seen.PublishReport;
import dev.newsflow.ingest.source.InputFile;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
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

    @Override
    List<ConfigOption> options() {
        return ConfigOption.stage("ingest", ConfigOption.INGEST_INPUTS, ConfigOption.POLL_SECONDS, ConfigOption.DEPLOYMENT,
                ConfigOption.FOLLOW_LINKS);
    }

    @Override
    public Integer call() throws Exception {
        EffectiveConfig config = loadConfig();
        // Feeds to poll or a push endpoint to serve, or else folders of archived items: one or the other.
        boolean feeds = StageSettings.pollsFeeds(config);
        if (feeds == !config.config().ingest().inputs().isEmpty()) {
            throw new ParameterException(commandLine(),
                    "give either --config FILE or --input PATH… (feeds in the file's 'sources' or a push port, or archived items)");
        }
        String bootstrap = StageCommand.requireBootstrap(config.config(), commandLine());
        String pushToken = System.getenv(PUSH_TOKEN_ENV);
        if (config.config().ingest().push().port() != null && (pushToken == null || pushToken.isBlank())) {
            throw new IllegalArgumentException("the configuration sets ingest.push but " + PUSH_TOKEN_ENV + " is not set");
        }
        IngestStage.Settings settings = StageSettings.ingest(config, bootstrap, UUID.randomUUID().toString(), pushToken);
        StageCommand.ensureTopics(config.config());
        NewsflowConfig.Observe observe = config.config().observe();
        AtomicReference<IngestStage> stage = new AtomicReference<>();
        StageEndpoint endpoint = StageEndpoint.open("ingest", observe.address(observe.ports().ingest()),
                () -> stage.get() != null && stage.get().ready(), bootstrap, config.config().kafka().properties(), commandLine().getErr());
        stage.set(new IngestStage(settings, new Told(endpoint.observability().ingestMeters()), commandLine().getErr()::println,
                Clock.systemUTC()));
        if (!once) {
            return StageCommand.runUntilStopped("ingest", stage.get(), endpoint, commandLine().getErr());
        }
        try (endpoint; IngestStage ingest = stage.get()) {
            PrintWriter out = commandLine().getOut();
            if (feeds) {
                List<PollOutcome> outcomes = ingest.pollOnce();
                out.println(summary(outcomes));
                out.flush();
                return outcomes.stream().anyMatch(PollOutcome::failed) ? 1 : 0;
            }
            IngestReport report = ingest.ingestOnce();
            out.println(passLine(report));
            out.flush();
            return 0;
        }
    }

    /** The stage's meters, and the lines ingest prints as it goes: a summary per pass that found files, a log line per poll that published. */
    private final class Told implements IngestStage.Listener {

        private final IngestMeters meters;

        Told(IngestMeters meters) {
            this.meters = meters;
        }

        @Override
        public Iterable<InputFile> reading(Iterable<InputFile> inputs) {
            return meters.reading(inputs);
        }

        @Override
        public void passed(IngestReport report) {
            meters.passed(report);
            if (report.read() > 0 && !once) {
                commandLine().getOut().println(passLine(report));
                commandLine().getOut().flush();
            }
        }

        @Override
        public void polled(PollOutcome outcome) {
            meters.polled(outcome);
            if (outcome.report().published() > 0) {
                LOG.info("ingest: source {}: published {} ({} new revisions), {} unchanged", outcome.sourceId(),
                        outcome.report().published(), outcome.report().revised(), outcome.report().unchanged());
            }
        }
    }

    private static String passLine(IngestReport report) {
        return String.format("ingested %d: published %d, dead-lettered %d", report.read(), report.published(), report.deadLettered());
    }

    static String summary(List<PollOutcome> outcomes) {
        PublishReport total = outcomes.stream().map(PollOutcome::report).reduce(PublishReport.NONE, PublishReport::plus);
        long notModified = outcomes.stream().filter(o -> o.kind() == PollOutcome.Kind.NOT_MODIFIED).count();
        long failed = outcomes.stream().filter(PollOutcome::failed).count();
        return String.format("polled %d sources: published %d (%d new revisions), unchanged %d, not modified %d, failed %d",
                outcomes.size(), total.published(), total.revised(), total.unchanged(), notModified, failed);
    }
}
