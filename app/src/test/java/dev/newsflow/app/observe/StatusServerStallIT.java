package dev.newsflow.app.observe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.testkit.SlowPeer;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The status port keeps answering its probes while peers connect and stall: a Kubernetes liveness
 * probe that times out restarts a healthy stage, so /health must not wait behind anyone.
 */
@Timeout(120)
class StatusServerStallIT {

    /** How long any one answer may take; a frozen server fails the test in this time, not never. */
    private static final Duration BOUND = Duration.ofSeconds(10);

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(BOUND).build();
    private final List<SlowPeer> peers = new ArrayList<>();
    private Observability observability;
    private LagProbe lag;
    private StatusServer server;

    @BeforeEach
    void start() throws Exception {
        observability = new Observability();
        lag = new LagProbe(() -> null, Map.of());
        server = StatusServer.start(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), "ingest", observability, () -> true, lag,
                Clock.systemUTC());
    }

    @AfterEach
    void stop() throws Exception {
        for (SlowPeer peer : peers) {
            peer.close();
        }
        server.close();
        lag.close();
        observability.close();
    }

    private int status(String path) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path)).timeout(BOUND).build();
        return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void shouldAnswerProbesWhileFiftyConnectionsStallInTheirHeaders() throws Exception {
        for (int i = 0; i < 50; i++) {
            peers.add(SlowPeer.connect(server.port()).send(i % 2 == 0 ? "GET /hea" : "GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nAcc"));
        }

        assertThat(status("/health")).isEqualTo(200);
        assertThat(status("/ready")).isEqualTo(200);
        assertThat(status("/metrics")).isEqualTo(200);
    }

    @Test
    void shouldAnswerProbesWhoseRequestBodiesNeverArrive() throws Exception {
        List<String> paths = List.of("/health", "/ready", "/metrics");
        for (int i = 0; i < 50; i++) {
            // A GET with a body it never finishes sending: the answer does not need it, so it must not wait for it.
            peers.add(SlowPeer.connect(server.port())
                    .send("GET " + paths.get(i % 3) + " HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 1000\r\n\r\n" + "x".repeat(10)));
        }

        for (String path : paths) {
            assertThat(status(path)).as(path).isEqualTo(200);
        }
        for (SlowPeer peer : peers) {
            assertThat(peer.awaitClosedByServer(BOUND)).startsWith("HTTP/1.1 200 ");
        }
    }
}
