package dev.newsflow.ingest.poll;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.ingest.seen.PublishReport;
import dev.newsflow.testkit.Eventually;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Scheduling alone, with a stand-in poller: no network, no Kafka. */
class PollingServiceTest {

    private static final PollingService.Settings TWO_WORKERS_ONE_PER_HOST =
            new PollingService.Settings(2, 1, Duration.ofMillis(20), Duration.ZERO);

    private static FeedSource source(String id, String host) {
        return new FeedSource(id, "https://" + host + "/" + id, Duration.ofHours(1), null, false, null, 0);
    }

    private static PollOutcome fetched(FeedSource source) {
        return new PollOutcome(source.id(), PollOutcome.Kind.FETCHED, PublishReport.NONE, Optional.empty(), null);
    }

    @Test
    void shouldNotLetAStuckSourceStallTheOthers() {
        CountDownLatch release = new CountDownLatch(1);
        Set<String> done = ConcurrentHashMap.newKeySet();
        SourcePoller poller = source -> {
            if (source.id().equals("stuck")) {
                try {
                    release.await(30, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return fetched(source);
        };
        List<FeedSource> sources = List.of(source("stuck", "slow.test"), source("a", "a.test"), source("b", "b.test"), source("c", "c.test"));

        try (PollingService service = new PollingService(sources, poller, TWO_WORKERS_ONE_PER_HOST, outcome -> done.add(outcome.sourceId()))) {
            service.start();
            Eventually.await(Duration.ofSeconds(10), "sources a, b and c polled while 'stuck' holds a worker",
                    () -> done.containsAll(Set.of("a", "b", "c")));
            assertThat(done).doesNotContain("stuck");
            release.countDown();
            Eventually.await(Duration.ofSeconds(10), "'stuck' finishing once released", () -> done.contains("stuck"));
        }
    }

    @Test
    void shouldPollOneHostAtMostPerHostAtOnce() throws Exception {
        AtomicInteger running = new AtomicInteger();
        AtomicInteger most = new AtomicInteger();
        SourcePoller poller = source -> {
            most.accumulateAndGet(running.incrementAndGet(), Math::max);
            try {
                Thread.sleep(30);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            running.decrementAndGet();
            return fetched(source);
        };
        List<FeedSource> sameHost = List.of(source("x1", "one.test"), source("x2", "one.test"), source("x3", "one.test"));

        try (PollingService service = new PollingService(sameHost, poller, TWO_WORKERS_ONE_PER_HOST, outcome -> { })) {
            List<PollOutcome> outcomes = service.pollAllOnce();

            assertThat(outcomes).extracting(PollOutcome::sourceId).containsExactly("x1", "x2", "x3");
        }
        assertThat(most).hasValue(1);
    }

    @Test
    void shouldTurnAPollerBugIntoAFailedOutcomeNamingTheSource() throws Exception {
        SourcePoller broken = source -> {
            throw new IllegalStateException("bug");
        };
        Map<String, PollOutcome> outcomes = new ConcurrentHashMap<>();

        try (PollingService service = new PollingService(List.of(source("buggy", "b.test")), broken, TWO_WORKERS_ONE_PER_HOST,
                outcome -> outcomes.put(outcome.sourceId(), outcome))) {
            service.pollAllOnce();
        }

        assertThat(outcomes.get("buggy").failed()).isTrue();
        assertThat(outcomes.get("buggy").error()).contains("source buggy").contains("bug");
    }
}
