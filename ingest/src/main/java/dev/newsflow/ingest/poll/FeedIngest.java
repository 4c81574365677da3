package dev.newsflow.ingest.poll;

import dev.newsflow.ingest.seen.SeenState;
import dev.newsflow.ingest.seen.SeenStatePublisher;
import dev.newsflow.ingest.source.http.AddressGuard;
import dev.newsflow.ingest.source.http.CidrRange;
import dev.newsflow.ingest.source.http.FullPageFetcher;
import dev.newsflow.ingest.source.http.HostResolver;
import dev.newsflow.ingest.source.http.RobotsPolicy;
import dev.newsflow.ingest.source.http.SafeFetcher;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The feed-polling side of ingest, wired: seen-state read from Kafka, one transactional publisher,
 * the guarded fetcher, robots-aware page fetcher, poller and schedule. {@code newsflow ingest
 * --config} and {@code newsflow run --input URL} both use it.
 */
public final class FeedIngest implements AutoCloseable {

    /** How long reading the seen-state at start may take before ingest gives up. */
    private static final Duration SEEN_STATE_LOAD_TIMEOUT = Duration.ofMinutes(2);

    /**
     * @param bootstrapServers Kafka
     * @param kafkaProperties  client overrides (TLS, SASL, …)
     * @param deployment       the name every instance of one ingest deployment shares: the prefix of the transactional
     *                         ids through which instances (and a restart's zombie) fence each other per seen-state
     *                         partition, so that no item is published twice (see {@link SeenStatePublisher})
     * @param runId            stamped on every record (run header)
     * @param sources          the feeds
     * @param allowRanges      internal ranges the SSRF guard lets through
     * @param resolver         DNS (tests inject one)
     * @param polling          workers and per-host limit
     */
    public record Settings(String bootstrapServers, Map<String, String> kafkaProperties, String deployment, String runId,
                           List<FeedSource> sources, List<CidrRange> allowRanges, HostResolver resolver,
                           PollingService.Settings polling) {}

    /** The deployment name of a single pipeline; instances of one deployment must agree on it. */
    public static final String DEFAULT_DEPLOYMENT = "newsflow-ingest";

    private final SafeFetcher fetcher;
    private final SeenState seen;
    private final SeenStatePublisher publisher;
    private final PollingService polling;

    /**
     * Reads the seen-state and opens the publisher; polling starts with {@link #startPolling()} or {@link #pollAllOnce()}.
     *
     * @param errorLines one line per failed poll, naming the source
     * @param outcomes   every poll's outcome
     */
    public FeedIngest(Settings settings, FeedParser parser, Consumer<String> errorLines, Consumer<PollOutcome> outcomes, Clock clock) {
        this.seen = SeenState.load(settings.bootstrapServers(), settings.kafkaProperties(), SEEN_STATE_LOAD_TIMEOUT);
        this.fetcher = new SafeFetcher(new AddressGuard(settings.resolver(), settings.allowRanges()), clock);
        this.publisher = new SeenStatePublisher(settings.bootstrapServers(), settings.deployment(),
                settings.runId(), settings.kafkaProperties(), seen);
        FullPageFetcher pages = new FullPageFetcher(fetcher, new RobotsPolicy(fetcher, clock));
        FeedPoller poller = new FeedPoller(fetcher, parser, pages, seen, publisher, errorLines, clock);
        this.polling = new PollingService(settings.sources(), poller, settings.polling(), outcomes);
    }

    public void startPolling() {
        polling.start();
    }

    public List<PollOutcome> pollAllOnce() throws InterruptedException {
        return polling.pollAllOnce();
    }

    /** The publisher, shared with the push endpoint so pushes go through the same seen-state. */
    public SeenStatePublisher publisher() {
        return publisher;
    }

    @Override
    public void close() {
        polling.close();
        publisher.close();
        seen.close();
        fetcher.close();
    }
}
