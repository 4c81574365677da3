package dev.newsflow.ingest.push;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.core.event.RawArticle;
import dev.newsflow.core.topic.Topics;
import dev.newsflow.ingest.IngestTestTopics;
import dev.newsflow.ingest.seen.RunRecords;
import dev.newsflow.ingest.seen.SeenState;
import dev.newsflow.ingest.seen.SeenStatePublisher;
import dev.newsflow.testkit.TestKafka;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** POST /articles on loopback, publishing to a real broker. */
class PushServerIT {

    private static final String TOKEN = "s3cret-" + UUID.randomUUID();

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
        server = new PushServer(new PushServer.Settings(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), TOKEN, 64 * 1024),
                publisher, Clock.systemUTC());
        server.start();
    }

    @AfterEach
    void stop() {
        server.close();
        publisher.close();
    }

    private HttpResponse<String> post(String authorization, String contentType, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/articles"))
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
}
