package dev.newsflow.ingest;

import dev.newsflow.core.stage.PipelineStage;
import dev.newsflow.core.stage.StartedParts;
import dev.newsflow.ingest.poll.FeedIngest;
import dev.newsflow.ingest.poll.FeedReaderParser;
import dev.newsflow.ingest.poll.PollOutcome;
import dev.newsflow.ingest.publish.RawPublisher;
import dev.newsflow.ingest.push.PushServer;
import dev.newsflow.ingest.source.FolderWatch;
import dev.newsflow.ingest.source.InputFile;
import dev.newsflow.ingest.source.InputFiles;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ingest stage: publishes archived items from files and folders (then watches the folders for
 * new and changed files), or polls feeds through the seen-state and serves the push endpoint.
 * {@link #start()} runs that in the background; {@link #ingestOnce()} and {@link #pollOnce()} do one
 * pass in the caller's thread instead, for {@code --once} and {@code run}.
 */
public final class IngestStage implements PipelineStage {

    private static final Logger LOG = LoggerFactory.getLogger(IngestStage.class);

    /** How long a close waits for a pass over the folders to end. */
    private static final Duration PASS_END_WAIT = Duration.ofSeconds(60);

    /** What the stage tells as it goes: its meters, and the lines an operator reads. */
    public interface Listener {

        /** Nothing told. */
        Listener NONE = new Listener() {};

        /** The inputs of one pass, as they are read (to count them). */
        default Iterable<InputFile> reading(Iterable<InputFile> inputs) {
            return inputs;
        }

        /** What one pass over the inputs published and dead-lettered. */
        default void passed(IngestReport report) {}

        /** How one poll of a feed went. */
        default void polled(PollOutcome outcome) {}
    }

    /**
     * What the ingest stage runs with: {@code inputs}, or {@code feeds} and {@code push}.
     *
     * @param bootstrapServers the cluster
     * @param kafkaProperties  client settings for every client
     * @param runId            stamped on every record this process publishes (the run header)
     * @param inputs           files and folders of archived items; empty when polling feeds
     * @param followLinks      whether symbolic links leading out of an input folder are followed
     * @param pollInterval     how often the folders are looked at for new files
     * @param feeds            the feeds to poll; null: none
     * @param push             the push endpoint; null: none (it needs {@code feeds}: pushed items share their seen-state)
     */
    public record Settings(String bootstrapServers, Map<String, String> kafkaProperties, String runId, List<Path> inputs,
                           boolean followLinks, Duration pollInterval, FeedIngest.Settings feeds, PushServer.Settings push) {

        public Settings {
            inputs = List.copyOf(inputs);
            if (push != null && feeds == null) {
                throw new IllegalArgumentException("the push endpoint publishes through the feeds' seen-state: give feeds too");
            }
        }
    }

    private final Settings settings;
    private final Listener listener;
    private final Consumer<String> errorLines;
    private final Clock clock;
    private final StartedParts opened = new StartedParts("ingest");
    private FolderWatch folders;
    private ArchiveIngest archive;
    private FeedIngest feeds;
    private volatile Thread watcher;
    /** Released by {@link #close()}: wakes the watcher between passes (a pass under way ends first). */
    private final CountDownLatch stop = new CountDownLatch(1);
    private volatile boolean running;
    private volatile String failure;
    private volatile boolean closed;

    /** @param errorLines one line per input or poll that failed, naming it */
    public IngestStage(Settings settings, Listener listener, Consumer<String> errorLines, Clock clock) {
        this.settings = settings;
        this.listener = listener;
        this.errorLines = errorLines;
        this.clock = clock;
    }

    /** Polls every feed once, in this thread; the outcomes say what each published. */
    public synchronized List<PollOutcome> pollOnce() throws Exception {
        return feeds().pollAllOnce();
    }

    /** Publishes the inputs' files that are new or changed since the last pass, in this thread. */
    public IngestReport ingestOnce() throws Exception {
        return ingest(folders().newOrChanged());
    }

    /** Publishes {@code inputs} (e.g. the bundled samples, or files a caller tracks), in this thread. */
    public IngestReport ingest(Iterable<InputFile> inputs) throws Exception {
        IngestReport report = archive().ingest(listener.reading(inputs));
        listener.passed(report);
        return report;
    }

    @Override
    public synchronized void start() throws Exception {
        if (settings.feeds() != null) {
            FeedIngest polling = feeds();
            if (settings.push() != null) {
                PushServer push = new PushServer(settings.push(), polling.publisher(), clock);
                opened.add(push);
                push.start();
                LOG.info("ingest: push endpoint on port {}", push.port());
            }
            polling.startPolling();
            LOG.info("ingest: polling {} sources", settings.feeds().sources().size());
        }
        if (!settings.inputs().isEmpty()) {
            watcher = new Thread(this::watch, "newsflow-ingest-watch");
            watcher.start();
        }
        running = true;
    }

    /** Publishes what is new in the folders, then looks again every poll interval, until closed. */
    private void watch() {
        try {
            do {
                ingestOnce();
            } while (!stop.await(settings.pollInterval().toMillis(), TimeUnit.MILLISECONDS));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            if (!closed) {
                failure = "watching the input folders failed: " + e.getMessage();
                LOG.error("ingest: {}", failure, e);
            }
        }
    }

    private synchronized FolderWatch folders() {
        if (folders == null) {
            folders = new FolderWatch(settings.inputs(), new InputFiles(settings.followLinks()));
        }
        return folders;
    }

    private synchronized ArchiveIngest archive() {
        if (archive == null) {
            RawPublisher publisher = new RawPublisher(settings.bootstrapServers(), settings.runId(), settings.kafkaProperties());
            opened.add(publisher);
            archive = new ArchiveIngest(publisher, errorLines, clock);
        }
        return archive;
    }

    private synchronized FeedIngest feeds() {
        if (feeds == null) {
            if (settings.feeds() == null) {
                throw new IllegalStateException("no feeds to poll");
            }
            feeds = new FeedIngest(settings.feeds(), new FeedReaderParser(), errorLines, listener::polled, clock);
            opened.add(feeds);
        }
        return feeds;
    }

    @Override
    public boolean ready() {
        return running && failure == null;
    }

    @Override
    public String failure() {
        return failure;
    }

    /**
     * Lets a pass over the folders under way end (what it read is published, not cut off), then
     * closes the publishers. A shutdown hook (SIGTERM) and the command's own end may both call it.
     */
    @Override
    public void close() {
        closed = true;
        running = false;
        stop.countDown();
        Thread current = watcher;
        if (current != null && current != Thread.currentThread()) {
            try {
                current.join(PASS_END_WAIT.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        opened.closeAll();
    }
}
