package dev.newsflow.app.observe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.app.config.NewsflowConfig;
import dev.newsflow.app.topics.TopicSetup;
import dev.newsflow.ingest.push.PushServer;
import dev.newsflow.ingest.seen.SeenState;
import dev.newsflow.ingest.seen.SeenStatePublisher;
import dev.newsflow.testkit.SlowPeer;
import dev.newsflow.testkit.TestKafka;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The two ports of a feed-polling {@code ingest}, wired as the command wires them (its stage endpoint
 * and its push endpoint, default limits): fifty connections stalled on the push port keep neither a
 * partner's push nor the liveness probe waiting.
 */
@Timeout(120)
class IngestPortsUnderStallIT {

    private static final Duration BOUND = Duration.ofSeconds(10);
    private static final Pattern ENDPOINT = Pattern.compile("status page and /metrics at (http://127\\.0\\.0\\.1:\\d+/)");

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(BOUND).build();

    @Test
    void shouldAcceptAPushAndAnswerHealthWhileFiftyConnectionsStallOnThePushPort() throws Exception {
        String bootstrap = TestKafka.bootstrapServers();
        TopicSetup.ensure(bootstrap, Map.of(), NewsflowConfig.DEFAULTS.topics());
        String token = "token-" + UUID.randomUUID();
        String runId = UUID.randomUUID().toString();
        InetSocketAddress loopback = new InetSocketAddress(InetAddress.getLoopbackAddress(), 0);
        StringWriter err = new StringWriter();
        List<SlowPeer> stalled = new ArrayList<>();

        try (StageEndpoint endpoint = StageEndpoint.open("ingest", loopback, () -> true, bootstrap, Map.of(), new PrintWriter(err, true));
             SeenStatePublisher publisher = new SeenStatePublisher(bootstrap, "stall-it-" + runId, runId, Map.of(), SeenState.empty());
             PushServer push = new PushServer(new PushServer.Settings(loopback, token, 10L * 1024 * 1024), publisher, Clock.systemUTC())) {
            push.start();
            Matcher status = ENDPOINT.matcher(err.toString());
            assertThat(status.find()).as("the endpoint's address on stderr: %s", err).isTrue();
            for (int i = 0; i < 50; i++) {
                stalled.add(SlowPeer.connect(push.port()).send("POST /articles HTTP/1.1\r\nHost: 127.0.0.1\r\n"));
            }

            HttpResponse<String> pushed = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + push.port() + "/articles"))
                    .timeout(BOUND)
                    .header("Authorization", "Bearer " + token)
                    .header("Content-Type", "text/plain; charset=utf-8")
                    .POST(HttpRequest.BodyPublishers.ofString("<!--1714141024000-->\n[Stalled](https://partner.example.org/" + runId
                            + ")\n------\n<p>Pushed while fifty peers stall</p>"))
                    .build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(status.group(1) + "health")).timeout(BOUND).build(),
                    HttpResponse.BodyHandlers.ofString());

            assertThat(pushed.statusCode()).isEqualTo(202);
            assertThat(pushed.body()).contains("\"status\":\"published\"");
            assertThat(health.statusCode()).isEqualTo(200);
        } finally {
            for (SlowPeer peer : stalled) {
                peer.close();
            }
        }
    }
}
