package dev.newsflow.ingest.push;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.core.event.RawArticle;
import dev.newsflow.core.http.BoundedHttpServer;
import dev.newsflow.core.topic.Topics;
import dev.newsflow.ingest.IngestTestTopics;
import dev.newsflow.ingest.seen.RunRecords;
import dev.newsflow.ingest.seen.SeenState;
import dev.newsflow.ingest.seen.SeenStatePublisher;
import dev.newsflow.testkit.SlowPeer;
import dev.newsflow.testkit.TestKafka;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** POST /articles on loopback, publishing to a real broker. */
@Timeout(120)
class PushServerIT {

    private static final String TOKEN = "s3cret-" + UUID.randomUUID();
    /** Short deadlines, so a test sees them pass: 2 s of silence, 3 s for a head, 3 s for a body. */
    private static final BoundedHttpServer.Limits LIMITS = new BoundedHttpServer.Limits(
            Duration.ofSeconds(2), Duration.ofSeconds(3), Duration.ofSeconds(3), 128, 6);
    /** How long any one answer may take; a frozen server fails the test in this time, not never. */
    private static final Duration BOUND = Duration.ofSeconds(10);

    private final String runId = UUID.randomUUID().toString();
    private final String url = "https://partner.example.org/" + UUID.randomUUID();
    private final HttpClient http = HttpClient.newHttpClient();
    private SeenStatePublisher publisher;
    private PushServer server;

    @BeforeAll
    static void topics() {
        IngestTestTopics.ensure();
    }

    @BeforeEach
    void start() throws IOException {
        publisher = new SeenStatePublisher(TestKafka.bootstrapServers(), "it-push-" + runId, runId, Map.of(), SeenState.empty());
        server = new PushServer(new PushServer.Settings(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), TOKEN, 64 * 1024,
                LIMITS), publisher, Clock.systemUTC());
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
        publisher.close();
    }

    private HttpResponse<String> post(String authorization, String contentType, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/articles"))
                .timeout(BOUND)
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (authorization != null) {
            request.header("Authorization", authorization);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private String archivedItem() {
        return "<!--1714141024000-->\n[Pushed](" + url + ")\n------\n<p>Pushed body</p>";
    }

    /** The head of an authenticated push whose body is {@code length} bytes long. */
    private static String authenticatedHead(int length) {
        return "POST /articles HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + TOKEN
                + "\r\nContent-Type: text/plain\r\nContent-Length: " + length + "\r\n\r\n";
    }

    private static void closeAll(List<SlowPeer> peers) throws IOException {
        for (SlowPeer peer : peers) {
            peer.close();
        }
    }

    @Test
    void shouldAcceptAnArchivedItemWithTheRightTokenAndPublishIt() throws Exception {
        HttpResponse<String> response = post("Bearer " + TOKEN, "text/plain; charset=utf-8", archivedItem());

        assertThat(response.statusCode()).isEqualTo(202);
        assertThat(response.body()).contains("\"status\":\"published\"");
        RawArticle article = RunRecords.read(Topics.RAW, 1, runId).get(0);
        assertThat(article.url()).isEqualTo(url);
        assertThat(article.title()).isEqualTo("Pushed");
        assertThat(article.source().id()).isEqualTo("push");
    }

    @Test
    void shouldAcceptAJsonArticleAndNotPublishARepeatAgain() throws Exception {
        String json = "{\"url\":\"" + url + "\",\"title\":\"JSON\",\"content\":\"<p>Body</p>\",\"feed\":{\"authors\":[\"A. Writer\"]}}";

        assertThat(post("Bearer " + TOKEN, "application/json", json).statusCode()).isEqualTo(202);
        HttpResponse<String> repeat = post("Bearer " + TOKEN, "application/json", json);

        assertThat(repeat.statusCode()).isEqualTo(202);
        assertThat(repeat.body()).contains("\"status\":\"unchanged\"");
        List<RawArticle> published = RunRecords.read(Topics.RAW, 1, runId);
        assertThat(published).singleElement().satisfies(a -> assertThat(a.feed().authors()).containsExactly("A. Writer"));
    }

    @Test
    void shouldRefuseMissingOrWrongTokens() throws Exception {
        assertThat(post(null, "text/plain", archivedItem()).statusCode()).isEqualTo(401);
        HttpResponse<String> wrong = post("Bearer nope", "text/plain", archivedItem());
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).isEqualTo("wrong bearer token\n");
    }

    @Test
    void shouldAnswerABadBodyWithAOneLineReason() throws Exception {
        HttpResponse<String> notAnItem = post("Bearer " + TOKEN, "text/plain", "just some text");
        HttpResponse<String> noUrl = post("Bearer " + TOKEN, "application/json", "{\"content\":\"<p>x</p>\"}");
        HttpResponse<String> broken = post("Bearer " + TOKEN, "application/json", "{\"url\":");

        assertThat(notAnItem.statusCode()).isEqualTo(400);
        assertThat(notAnItem.body()).startsWith("not an archived item: line 1 is not").hasLineCount(1);
        assertThat(noUrl.statusCode()).isEqualTo(400);
        assertThat(noUrl.body()).isEqualTo("the article has no url\n");
        assertThat(broken.statusCode()).isEqualTo(400);
        assertThat(broken.body()).startsWith("not a JSON article").hasLineCount(1);
    }

    @Test
    void shouldRefuseABodyOverTheCap() throws Exception {
        HttpResponse<String> response = post("Bearer " + TOKEN, "text/plain", archivedItem() + "x".repeat(100 * 1024));

        assertThat(response.statusCode()).isEqualTo(413);
    }

    @Test
    void shouldListenOnlyOnTheAddressItIsGiven() throws Exception {
        // Bound to 127.0.0.1 alone, the port stays free on 127.0.0.2 (loopback too, so nothing leaves the host).
        try (ServerSocket other = new ServerSocket()) {
            other.bind(new InetSocketAddress(InetAddress.getByName("127.0.0.2"), server.port()));
        }
        assertThat(server.address()).isEqualTo(new InetSocketAddress(InetAddress.getLoopbackAddress(), server.port()));
    }

    @Test
    void shouldRefuseAChunkedBodyOnceItPassesTheCap() throws Exception {
        // No Content-Length to refuse it by: the count of what arrives decides.
        String head = "POST /articles HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + TOKEN
                + "\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n";
        int over = 64 * 1024 + 1;
        try (SlowPeer sender = SlowPeer.connect(server.port()).send(head + Integer.toHexString(over) + "\r\n" + "x".repeat(over) + "\r\n")) {

            assertThat(sender.awaitClosedByServer(BOUND)).startsWith("HTTP/1.1 413 ").contains("body over the cap of 65536 bytes");
        }
    }

    @Test
    void shouldAcceptAValidPushWhileFiftyConnectionsStallInTheirHeaders() throws Exception {
        List<SlowPeer> stalled = new ArrayList<>();
        try {
            for (int i = 0; i < 50; i++) {
                // Half stop inside the request line, half inside the headers, before any token: anyone can do this.
                stalled.add(SlowPeer.connect(server.port()).send(i % 2 == 0 ? "POST /arti" : "POST /articles HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthoriz"));
            }

            HttpResponse<String> response = post("Bearer " + TOKEN, "text/plain; charset=utf-8", archivedItem());

            assertThat(response.statusCode()).isEqualTo(202);
            assertThat(RunRecords.read(Topics.RAW, 1, runId)).singleElement().satisfies(a -> assertThat(a.url()).isEqualTo(url));
        } finally {
            closeAll(stalled);
        }
    }

    @Test
    void shouldAnswerPushesWhoseBodiesNeverArriveAndStillAcceptAValidOne() throws Exception {
        List<SlowPeer> unfinished = new ArrayList<>();
        try {
            for (int i = 0; i < 10; i++) {
                // A tenth of the declared body, then silence.
                unfinished.add(SlowPeer.connect(server.port()).send(authenticatedHead(1000) + "x".repeat(100)));
            }

            HttpResponse<String> valid = post("Bearer " + TOKEN, "text/plain; charset=utf-8", archivedItem());

            assertThat(valid.statusCode()).isEqualTo(202);
            for (SlowPeer peer : unfinished) {
                assertThat(peer.awaitClosedByServer(BOUND)).startsWith("HTTP/1.1 408 ");
            }
        } finally {
            closeAll(unfinished);
        }
    }

    @Test
    void shouldCutOffABodyThatKeepsTricklingPastTheBodyDeadline() throws Exception {
        // Two bytes a second of a 400-byte body would take 200 s; every byte comes well inside the
        // 2 s idle timeout, so only the 3 s deadline for the whole body can end it.
        try (SlowPeer trickling = SlowPeer.connect(server.port()).send(authenticatedHead(400)).trickle("x".repeat(400), Duration.ofMillis(500))) {

            String answer = trickling.awaitClosedByServer(BOUND);

            assertThat(answer).startsWith("HTTP/1.1 408 ").contains("the body was not whole within 3 s");
        }
    }

    @Test
    void shouldCloseAConnectionThatTricklesItsHeadAndStillAcceptAValidPush() throws Exception {
        // Two bytes a second of a 300-byte head: each byte inside the idle timeout, the whole far past the 3 s head deadline.
        String head = "POST /articles HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Padding: " + "p".repeat(240) + "\r\n\r\n";
        try (SlowPeer trickling = SlowPeer.connect(server.port()).trickle(head, Duration.ofMillis(500))) {

            assertThat(post("Bearer " + TOKEN, "text/plain; charset=utf-8", archivedItem()).statusCode()).isEqualTo(202);
            assertThat(trickling.awaitClosedByServer(BOUND)).isEmpty();
        }
    }
}
