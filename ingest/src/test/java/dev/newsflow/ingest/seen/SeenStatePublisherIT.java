package dev.newsflow.ingest.seen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.core.event.RawArticle;
import dev.newsflow.core.event.SeenItem;
import dev.newsflow.core.id.ArticleId;
import dev.newsflow.core.topic.Topics;
import dev.newsflow.ingest.IngestTestTopics;
import dev.newsflow.ingest.source.CappedContent;
import dev.newsflow.testkit.TestKafka;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** The seen-state on a real broker: once per source and content, across restarts, revisions per source. */
@Timeout(300)
class SeenStatePublisherIT {

    private final String site = "https://news.example.org/" + UUID.randomUUID() + "/";

    @BeforeAll
    static void topics() {
        IngestTestTopics.ensure();
    }

    private static RawArticle article(String source, String url, String html) {
        CappedContent content = CappedContent.of(html);
        return new RawArticle(RawArticle.SCHEMA, ArticleId.of(url), 1, url, new RawArticle.Source(source, "rss", null, url),
                "Title", null, content.text(), "text/html", false, content.originalLength(), content.originalHash(), Instant.now());
    }

    /** One deployment for the whole class: instances of one deployment coordinate through shared transactional ids. */
    private static final String DEPLOYMENT = "it-seen-" + UUID.randomUUID();

    private static SeenStatePublisher publisher(String runId) {
        SeenState state = SeenState.load(TestKafka.bootstrapServers(), Map.of(), Duration.ofSeconds(30));
        return new SeenStatePublisher(TestKafka.bootstrapServers(), DEPLOYMENT, runId, Map.of(), state);
    }

    @Test
    void shouldPublishEachItemOnceAcrossRestartsAndAChangeAsOneNewRevision() {
        String firstRun = UUID.randomUUID().toString();
        try (SeenStatePublisher publisher = publisher(firstRun)) {
            PublishReport report = publisher.publish(List.of(
                    Offer.of(article("wire", site + "a", "<p>One</p>")),
                    Offer.of(article("wire", site + "b", "<p>Two</p>"))));
            assertThat(report).isEqualTo(new PublishReport(2, 2, 0, 0));
            assertThat(publisher.publish(List.of(Offer.of(article("wire", site + "a", "<p>One</p>")))).published()).isZero();
        }

        String secondRun = UUID.randomUUID().toString();
        try (SeenStatePublisher restarted = publisher(secondRun)) {
            PublishReport again = restarted.publish(List.of(
                    // Same text, other markup: not a change.
                    Offer.of(article("wire", site + "a", "<div><p>One</p></div>")),
                    Offer.of(article("wire", site + "b", "<p>Two, corrected</p>"))));
            assertThat(again).isEqualTo(new PublishReport(2, 1, 1, 1));
        }

        List<RawArticle> raw = RunRecords.read(Topics.RAW, 3, firstRun, secondRun);
        assertThat(raw).hasSize(3);
        assertThat(raw).filteredOn(a -> a.url().equals(site + "b")).extracting(RawArticle::revision).containsExactlyInAnyOrder(1, 2);
        List<SeenItem> seen = RunRecords.read(Topics.INGEST_SEEN, 3, firstRun, secondRun);
        assertThat(seen).extracting(SeenItem::revision).containsExactlyInAnyOrder(1, 1, 2);
    }

    @Test
    void shouldKeepRevisionsPerSourceSoCopiesNeverBumpEachOther() {
        String runId = UUID.randomUUID().toString();
        String url = site + "shared";
        try (SeenStatePublisher publisher = publisher(runId)) {
            publisher.publish(List.of(Offer.of(article("summary-feed", url, "<p>Short.</p>"))));
            publisher.publish(List.of(Offer.of(article("full-feed", url, "<p>Short. And the long rest.</p>"))));
            // Both feeds poll again with what they always carry: no ping-pong of revisions.
            PublishReport again = publisher.publish(List.of(
                    Offer.of(article("summary-feed", url, "<p>Short.</p>")),
                    Offer.of(article("full-feed", url, "<p>Short. And the long rest.</p>"))));
            assertThat(again.published()).isZero();
        }

        List<RawArticle> raw = RunRecords.read(Topics.RAW, 2, runId);
        assertThat(raw).hasSize(2).allSatisfy(a -> {
            assertThat(a.id()).isEqualTo(ArticleId.of(url));
            assertThat(a.revision()).isEqualTo(1);
        });
    }

    @Test
    void shouldNotRepublishWhatAnotherInstancePublishedAfterThisOneStarted() {
        String runA = UUID.randomUUID().toString();
        String runB = UUID.randomUUID().toString();
        // Both instances start (and read the seen-state) before either publishes.
        try (SeenStatePublisher a = publisher(runA); SeenStatePublisher b = publisher(runB)) {
            assertThat(a.publish(List.of(
                    Offer.of(article("wire", site + "x", "<p>Ex</p>")),
                    Offer.of(article("wire", site + "y", "<p>Why</p>")))).published()).isEqualTo(2);

            PublishReport second = b.publish(List.of(
                    Offer.of(article("wire", site + "x", "<p>Ex</p>")),
                    Offer.of(article("wire", site + "y", "<p>Why, corrected</p>"))));
            assertThat(second).isEqualTo(new PublishReport(2, 1, 1, 1));
            // And back: instance A sees B's revision and does not publish it a third time.
            assertThat(a.publish(List.of(Offer.of(article("wire", site + "y", "<p>Why, corrected</p>")))).published()).isZero();
        }

        List<RawArticle> raw = RunRecords.read(Topics.RAW, 3, runA, runB);
        assertThat(raw).hasSize(3);
        assertThat(raw).filteredOn(r -> r.url().equals(site + "y")).extracting(RawArticle::revision).containsExactlyInAnyOrder(1, 2);
    }

    @Test
    void shouldPublishEachItemOnceWhenTwoInstancesPollTheSameSourceAtTheSameMoment() throws Exception {
        int rounds = 40;
        String runA = UUID.randomUUID().toString();
        String runB = UUID.randomUUID().toString();
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try (SeenStatePublisher a = publisher(runA); SeenStatePublisher b = publisher(runB)) {
            List<CompletableFuture<Integer>> published = List.of(a, b).stream()
                    .map(instance -> CompletableFuture.supplyAsync(() -> {
                        int count = 0;
                        for (int round = 0; round < rounds; round++) {
                            awaitBoth(together);
                            // Each round a new item, and the previous one changed: one new article, one revision.
                            count += instance.publish(List.of(
                                    Offer.of(article("race", site + "r" + round, "<p>Round " + round + "</p>")),
                                    Offer.of(article("race", site + "r" + (round - 1), "<p>Round " + (round - 1) + ", updated</p>"))))
                                    .published();
                        }
                        return count;
                    }, threads))
                    .toList();
            int total = published.get(0).get() + published.get(1).get();
            assertThat(total).isEqualTo(2 * rounds);
        } finally {
            threads.shutdownNow();
        }

        List<RawArticle> raw = RunRecords.read(Topics.RAW, 2 * rounds, runA, runB);
        assertThat(raw).hasSize(2 * rounds);
        assertThat(raw).extracting(a -> a.url() + "#" + a.revision()).doesNotHaveDuplicates();
    }

    private static void awaitBoth(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
