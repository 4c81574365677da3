package dev.newsflow.ingest.poll;

import static dev.newsflow.ingest.source.http.LoopbackServer.respond;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.core.event.DeadLetter;
import dev.newsflow.core.event.RawArticle;
import dev.newsflow.core.id.ContentHash;
import dev.newsflow.core.topic.Topics;
import dev.newsflow.ingest.IngestTestTopics;
import dev.newsflow.ingest.seen.RunRecords;
import dev.newsflow.ingest.source.http.HostResolver;
import dev.newsflow.ingest.source.http.HostileServer;
import dev.newsflow.ingest.source.http.LoopbackServer;
import dev.newsflow.testkit.TestKafka;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * Feeds served over HTTP on loopback, polled into a real broker: once per item, 304s, one revision
 * per change, nothing again after a restart; and every kind of bad source reported by name while
 * the good one goes on.
 */
class FeedPollingIT {

    /** Test names resolve to loopback, except intranet.test, which plays an internal host. */
    private static final HostResolver RESOLVER = host -> List.of(InetAddress.getByName(
            host.equals("intranet.test") ? "10.0.0.1" : host));

    private final LoopbackServer server = new LoopbackServer();
    private final String site = "https://news.example.org/" + UUID.randomUUID() + "/";
    private final AtomicReference<String> feed = new AtomicReference<>();
    private final List<String> errors = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void topics() {
        IngestTestTopics.ensure();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String rss(String secondDescription) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0">
                  <channel>
                    <title>Loopback Wire</title>
                    <link>%1$s</link>
                    <description>Test feed</description>
                    <item><title>First</title><link>%1$s1</link><guid>%1$s1</guid>
                      <description>&lt;p&gt;One&lt;/p&gt;</description><pubDate>Sat, 28 Nov 2026 08:00:00 GMT</pubDate></item>
                    <item><title>Second</title><link>%1$s2</link><guid>%1$s2</guid>
                      <description>%2$s</description><pubDate>Sat, 28 Nov 2026 09:00:00 GMT</pubDate></item>
                    <item><title>Third</title><link>%1$s3</link><guid>%1$s3</guid>
                      <description>&lt;p&gt;Three&lt;/p&gt;</description><pubDate>Sat, 28 Nov 2026 10:00:00 GMT</pubDate></item>
                  </channel>
                </rss>
                """.formatted(site, secondDescription);
    }

    /** Serves the current feed with an ETag of its bytes, answering 304 to a matching If-None-Match. */
    private void serveFeed() {
        server.handle("/feed.xml", exchange -> {
            String body = feed.get();
            String etag = "\"" + ContentHash.sha256Hex(body.getBytes(StandardCharsets.UTF_8)).substring(0, 16) + "\"";
            if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                respond(exchange, 304, null, "");
                return;
            }
            exchange.getResponseHeaders().set("ETag", etag);
            respond(exchange, 200, "application/rss+xml; charset=utf-8", body);
        });
    }

    private FeedIngest ingest(String runId, List<FeedSource> sources) {
        return ingest(runId, runId, sources);
    }

    private FeedIngest ingest(String deployment, String runId, List<FeedSource> sources) {
        return new FeedIngest(new FeedIngest.Settings(TestKafka.bootstrapServers(), Map.of(), deployment, runId, sources,
                LoopbackServer.ALLOW_LOOPBACK, RESOLVER, PollingService.Settings.DEFAULT),
                new FeedReaderParser(), errors::add, outcome -> { }, Clock.systemUTC());
    }

    @Test
    void shouldPublishEachItemOnceThrough304sChangesAndRestarts() throws Exception {
        feed.set(rss("&lt;p&gt;Two&lt;/p&gt;"));
        serveFeed();
        List<FeedSource> sources = List.of(FeedSource.of("wire-" + UUID.randomUUID(), server.url("/feed.xml")));
        String firstRun = UUID.randomUUID().toString();
        String restartRun = UUID.randomUUID().toString();

        try (FeedIngest ingest = ingest(firstRun, sources)) {
            PollOutcome first = ingest.pollAllOnce().get(0);
            assertThat(first.kind()).isEqualTo(PollOutcome.Kind.FETCHED);
            assertThat(first.report().published()).isEqualTo(3);

            PollOutcome second = ingest.pollAllOnce().get(0);
            assertThat(second.kind()).isEqualTo(PollOutcome.Kind.NOT_MODIFIED);
            assertThat(second.report().published()).isZero();

            feed.set(rss("&lt;p&gt;Two, with a correction&lt;/p&gt;"));
            PollOutcome changed = ingest.pollAllOnce().get(0);
            assertThat(changed.report().published()).isEqualTo(1);
            assertThat(changed.report().revised()).isEqualTo(1);
        }

        try (FeedIngest restarted = ingest(restartRun, sources)) {
            PollOutcome afterRestart = restarted.pollAllOnce().get(0);
            // No validators survive the restart, so the feed comes whole; the seen-state recognises every item.
            assertThat(afterRestart.kind()).isEqualTo(PollOutcome.Kind.FETCHED);
            assertThat(afterRestart.report().published()).isZero();
            assertThat(afterRestart.report().unchanged()).isEqualTo(3);
        }

        List<RawArticle> raw = RunRecords.read(Topics.RAW, 4, firstRun, restartRun);
        assertThat(raw).hasSize(4);
        assertThat(raw).filteredOn(a -> a.url().equals(site + "2")).extracting(RawArticle::revision).containsExactlyInAnyOrder(1, 2);
        assertThat(raw).allSatisfy(a -> assertThat(a.source().feedUrl()).isEqualTo(server.url("/feed.xml")));
        assertThat(errors).isEmpty();
    }

    @Test
    void shouldPublishEachItemOnceWhenTwoInstancesPollTheSameFeedTogether() throws Exception {
        serveFeed();
        List<FeedSource> sources = List.of(FeedSource.of("shared-" + UUID.randomUUID(), server.url("/feed.xml")));
        String deployment = "it-two-" + UUID.randomUUID();
        String runA = UUID.randomUUID().toString();
        String runB = UUID.randomUUID().toString();
        int rounds = 5;
        ExecutorService both = Executors.newFixedThreadPool(2);
        try (FeedIngest a = ingest(deployment, runA, sources); FeedIngest b = ingest(deployment, runB, sources)) {
            for (int round = 0; round < rounds; round++) {
                // Each round the second item changes, and both instances poll at the same moment.
                feed.set(rss("&lt;p&gt;Two, version " + round + "&lt;/p&gt;"));
                Future<List<PollOutcome>> fromA = both.submit(a::pollAllOnce);
                Future<List<PollOutcome>> fromB = both.submit(b::pollAllOnce);
                int published = fromA.get().get(0).report().published() + fromB.get().get(0).report().published();
                assertThat(published).as("published in round %d", round).isEqualTo(round == 0 ? 3 : 1);
            }
        } finally {
            both.shutdownNow();
        }

        List<RawArticle> raw = RunRecords.read(Topics.RAW, 3 + rounds - 1, runA, runB);
        assertThat(raw).hasSize(3 + rounds - 1);
        assertThat(raw).filteredOn(r -> r.url().equals(site + "2")).extracting(RawArticle::revision)
                .containsExactlyInAnyOrder(1, 2, 3, 4, 5);
        assertThat(errors).isEmpty();
    }

    @Test
    void shouldReportEachBadSourceByNameWhileTheGoodOneGoesOn() throws Exception {
        feed.set(rss("&lt;p&gt;Two&lt;/p&gt;"));
        serveFeed();
        server.handle("/500", exchange -> respond(exchange, 500, "text/plain", "boom"));
        server.handle("/moved", exchange -> {
            exchange.getResponseHeaders().set("Location", "http://intranet.test/feed.xml");
            respond(exchange, 302, null, "");
        });
        String html = "<!doctype html><html><head><title>Not a feed</title></head><body><p>Hello</p></body></html>";
        server.handle("/page.html", exchange -> respond(exchange, 200, "text/html; charset=utf-8", html));
        server.handle("/huge.xml", exchange -> {
            exchange.sendResponseHeaders(200, 50L * 1024 * 1024);
            try {
                for (int i = 0; i < 800; i++) {
                    exchange.getResponseBody().write(new byte[64 * 1024]);
                }
            } catch (IOException clientHungUp) {
                // Expected: the fetcher refuses the body by its declared length.
            }
        });
        String runId = UUID.randomUUID().toString();
        String tag = UUID.randomUUID().toString().substring(0, 8);

        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            List<FeedSource> sources = List.of(
                    FeedSource.of("good-" + tag, server.url("/feed.xml")),
                    FeedSource.of("http500-" + tag, server.url("/500")),
                    new FeedSource("silent-" + tag, "http://127.0.0.1:" + silent.getLocalPort() + "/feed", null, null, false,
                            Duration.ofSeconds(1), 0),
                    FeedSource.of("private-" + tag, server.url("/moved")),
                    FeedSource.of("html-" + tag, server.url("/page.html")),
                    FeedSource.of("huge-" + tag, server.url("/huge.xml")));

            List<PollOutcome> outcomes;
            try (FeedIngest ingest = ingest(runId, sources)) {
                outcomes = ingest.pollAllOnce();
            }

            assertThat(outcomes.get(0).kind()).isEqualTo(PollOutcome.Kind.FETCHED);
            assertThat(outcomes.get(0).report().published()).isEqualTo(3);
            assertThat(outcomes.get(1).error()).contains("source http500-" + tag).contains("HTTP 500");
            assertThat(outcomes.get(2).error()).contains("source silent-" + tag).contains("cannot fetch");
            assertThat(outcomes.get(3).error()).contains("source private-" + tag).contains("10.0.0.1").contains("private");
            assertThat(outcomes.get(4).kind()).isEqualTo(PollOutcome.Kind.DEAD_LETTERED);
            assertThat(outcomes.get(4).error()).contains("source html-" + tag).contains("not a readable feed");
            assertThat(outcomes.get(5).error()).contains("source huge-" + tag).contains("52428800 bytes, over the cap");
            assertThat(errors).hasSize(5);
        }

        assertThat(RunRecords.read(Topics.RAW, 3, runId)).hasSize(3);
        DeadLetter letter = RunRecords.read(Topics.DEAD_LETTERS, 1, runId).get(0);
        assertThat(letter.stage()).isEqualTo("ingest");
        assertThat(letter.source().input()).isEqualTo(server.url("/page.html"));
        // Named as a feed, so that a replay reads it again as that source's feed, not as an archived item.
        assertThat(letter.source().sourceId()).isEqualTo("html-" + tag);
        assertThat(new String(letter.payload(), StandardCharsets.UTF_8)).isEqualTo(html);
    }

    @Test
    @Timeout(180)
    void shouldGiveUpOnATricklingHostAtItsSourcesDeadlineWhileTheOthersGoOn() throws Exception {
        feed.set(rss("&lt;p&gt;Two&lt;/p&gt;"));
        serveFeed();
        String runId = UUID.randomUUID().toString();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        // One header byte a second: inside any per-read timeout, and ten minutes for the whole answer.
        try (HostileServer trickling = new HostileServer((connection, socket) -> {
            HostileServer.readRequest(socket);
            HostileServer.trickle(socket, "HTTP/1.1 200 OK\r\nX-Padding: " + "x".repeat(600) + "\r\n\r\n", Duration.ofSeconds(1));
        })) {
            // A summary-only feed whose item's page (and so its robots.txt) lives on the trickling host.
            server.handle("/summaries.xml", exchange -> respond(exchange, 200, "application/rss+xml", """
                    <?xml version="1.0" encoding="UTF-8"?>
                    <rss version="2.0"><channel><title>Summaries</title><link>%1$s</link><description>d</description>
                      <item><title>Slow page</title><link>%1$s</link><guid>%1$s</guid><description>Only the summary.</description></item>
                    </channel></rss>
                    """.formatted(trickling.url("/story-" + tag))));
            Duration twoSeconds = Duration.ofSeconds(2);
            List<FeedSource> sources = List.of(
                    FeedSource.of("good-" + tag, server.url("/feed.xml")),
                    new FeedSource("trickling-" + tag, trickling.url("/feed.xml"), null, null, false, twoSeconds, 0),
                    new FeedSource("summaries-" + tag, server.url("/summaries.xml"), null, null, true, twoSeconds, 0));
            FeedIngest ingest = ingest(runId, sources);
            ExecutorService poll = Executors.newSingleThreadExecutor();
            try {
                // Bounded far past the 2 s deadlines only so the Kafka transactions can finish on a busy machine.
                List<PollOutcome> outcomes = poll.submit(ingest::pollAllOnce).get(30, TimeUnit.SECONDS);

                assertThat(outcomes.get(0).kind()).isEqualTo(PollOutcome.Kind.FETCHED);
                assertThat(outcomes.get(0).report().published()).isEqualTo(3);
                assertThat(outcomes.get(1).kind()).isEqualTo(PollOutcome.Kind.FAILED);
                assertThat(outcomes.get(1).error()).contains("source trickling-" + tag)
                        .contains("cannot fetch " + trickling.url("/feed.xml")).contains("2 s deadline");
                assertThat(outcomes.get(2).kind()).isEqualTo(PollOutcome.Kind.FETCHED);
                assertThat(outcomes.get(2).report().published()).isEqualTo(1);
                assertThat(errors).hasSize(2).contains(outcomes.get(1).error());
                assertThat(errors).filteredOn(line -> line.contains("source summaries-" + tag)).singleElement().asString()
                        .contains("full page not fetched, keeping the feed text")
                        .contains("cannot fetch " + trickling.url("/robots.txt")).contains("2 s deadline");
            } finally {
                poll.shutdownNow();
                // The server first: a fetch still stuck on it (without the deadline) would otherwise hold up closing the workers.
                trickling.close();
                ingest.close();
            }
        }
        List<RawArticle> raw = RunRecords.read(Topics.RAW, 4, runId);
        assertThat(raw).filteredOn(article -> article.title().equals("Slow page")).singleElement()
                .satisfies(article -> assertThat(article.content()).contains("Only the summary."));
    }

    @Test
    void shouldDeadLetterHostileAndBrokenFeedsByNameAndDecodeAMisdeclaredOne() throws Exception {
        feed.set(rss("&lt;p&gt;Two&lt;/p&gt;"));
        serveFeed();
        String xxe = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
                + "<rss version=\"2.0\"><channel><item><link>" + site + "x</link><title>&xxe;</title></item></channel></rss>";
        StringBuilder laughs = new StringBuilder("<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            laughs.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        laughs.append("]><rss version=\"2.0\"><channel><item><link>").append(site).append("l</link><title>&lol9;</title></item></channel></rss>");
        String truncated = rss("x").substring(0, rss("x").indexOf("<item><title>Third"));
        String chinese = "北京市政府今天宣布明年将扩大公共交通补贴，让更多市民能够以较低的票价乘坐地铁和公交车";
        byte[] gbkDeclaredUtf8 = ("<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><item><title>" + chinese
                + "</title><link>" + site + "zh</link><description>" + chinese + "。</description></item></channel></rss>").getBytes("GBK");
        server.handle("/xxe.xml", exchange -> respond(exchange, 200, "application/rss+xml", xxe));
        server.handle("/laughs.xml", exchange -> respond(exchange, 200, "application/rss+xml", laughs.toString()));
        server.handle("/truncated.xml", exchange -> respond(exchange, 200, "application/rss+xml", truncated));
        server.handle("/gbk.xml", exchange -> respond(exchange, 200, "application/rss+xml; charset=utf-8", gbkDeclaredUtf8));
        String runId = UUID.randomUUID().toString();
        String tag = UUID.randomUUID().toString().substring(0, 8);
        List<FeedSource> sources = List.of(
                FeedSource.of("xxe-" + tag, server.url("/xxe.xml")),
                FeedSource.of("laughs-" + tag, server.url("/laughs.xml")),
                FeedSource.of("truncated-" + tag, server.url("/truncated.xml")),
                FeedSource.of("gbk-" + tag, server.url("/gbk.xml")),
                FeedSource.of("good-" + tag, server.url("/feed.xml")));

        List<PollOutcome> outcomes;
        try (FeedIngest ingest = ingest(runId, sources)) {
            outcomes = ingest.pollAllOnce();
        }

        assertThat(outcomes.subList(0, 3)).extracting(PollOutcome::kind).containsOnly(PollOutcome.Kind.DEAD_LETTERED);
        assertThat(outcomes.get(0).error()).contains("source xxe-" + tag).contains("external entity 'xxe'");
        assertThat(outcomes.get(1).error()).contains("source laughs-" + tag).contains("billion laughs");
        assertThat(outcomes.get(2).error()).contains("source truncated-" + tag).contains("truncated XML");
        assertThat(outcomes.get(3).report().published()).isEqualTo(1);
        assertThat(outcomes.get(4).report().published()).isEqualTo(3);
        assertThat(errors).hasSize(3);

        List<RawArticle> published = RunRecords.read(Topics.RAW, 4, runId);
        RawArticle decoded = published.stream().filter(a -> a.url().endsWith("zh")).findFirst().orElseThrow();
        assertThat(decoded.title()).isEqualTo(chinese);
        assertThat(decoded.feed().flags()).contains(RawArticle.FeedFields.FLAG_CHARSET_OVERRULED);
        List<DeadLetter> letters = RunRecords.read(Topics.DEAD_LETTERS, 3, runId);
        assertThat(letters).extracting(letter -> letter.source().input())
                .containsExactlyInAnyOrder(server.url("/xxe.xml"), server.url("/laughs.xml"), server.url("/truncated.xml"));
        assertThat(letters).allSatisfy(letter -> assertThat(letter.stage()).isEqualTo("ingest"));
    }

    @Test
    void shouldFetchTheFullPageOfASummaryOnlyFeedWhereRobotsTxtAllows() throws Exception {
        String base = server.url("/" + UUID.randomUUID() + "/");
        feed.set("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>Summaries</title><link>%1$s</link><description>d</description>
                  <item><title>Open</title><link>%1$sopen</link><guid>%1$sopen</guid><description>Short summary.</description></item>
                  <item><title>Closed</title><link>%1$sprivate/closed</link><guid>%1$sprivate/closed</guid><description>Other summary.</description></item>
                </channel></rss>
                """.formatted(base));
        serveFeed();
        server.handle("/robots.txt", exchange -> respond(exchange, 200, "text/plain", "User-agent: *\nDisallow: /*/private/\n"));
        String page = "<html><body><article><p>The whole story, at length.</p></article></body></html>";
        server.handle("/", exchange -> respond(exchange, 200, "text/html; charset=utf-8", page));
        String runId = UUID.randomUUID().toString();
        FeedSource source = new FeedSource("summaries-" + UUID.randomUUID(), server.url("/feed.xml"), null, null, true, null, 0);

        try (FeedIngest ingest = ingest(runId, List.of(source))) {
            assertThat(ingest.pollAllOnce().get(0).report().published()).isEqualTo(2);
        }

        List<RawArticle> raw = RunRecords.read(Topics.RAW, 2, runId);
        RawArticle open = raw.stream().filter(a -> a.title().equals("Open")).findFirst().orElseThrow();
        RawArticle closed = raw.stream().filter(a -> a.title().equals("Closed")).findFirst().orElseThrow();
        assertThat(open.content()).isEqualTo(page);
        assertThat(open.feed().summary()).contains("Short summary.");
        assertThat(closed.content()).contains("Other summary.");
        assertThat(errors).singleElement().asString().contains("robots.txt disallows");
    }
}
