package dev.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.newsflow.testkit.TestKafka;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsflow ingest --config FILE --once} against a loopback feed and the test broker. */
@Timeout(240)
class IngestFeedsIT {

    @TempDir
    Path dir;

    private HttpServer server;

    @BeforeEach
    void serveFeed() throws Exception {
        String site = "https://cli.example.org/" + UUID.randomUUID() + "/";
        byte[] rss = ("""
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0"><channel><title>CLI</title><link>%1$s</link><description>d</description>
                  <item><title>One</title><link>%1$s1</link><description>First.</description></item>
                  <item><title>Two</title><link>%1$s2</link><description>Second.</description></item>
                </channel></rss>
                """.formatted(site)).getBytes(StandardCharsets.UTF_8);
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 10);
        server.createContext("/feed.xml", exchange -> {
            exchange.getResponseHeaders().set("Content-Type", "application/rss+xml");
            exchange.sendResponseHeaders(200, rss.length);
            exchange.getResponseBody().write(rss);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void shouldPollTheConfiguredFeedsOnceAndNotRepublishOnTheNextRun() throws Exception {
        String sourceId = "cli-" + UUID.randomUUID();
        Path config = Files.writeString(dir.resolve("newsflow.yaml"), """
                ingest:
                  allow-ranges: ["127.0.0.0/8"]   # the test feed is on loopback
                sources:
                  - id: %s
                    url: http://127.0.0.1:%d/feed.xml
                  - id: %s-down
                    url: http://127.0.0.1:%d/missing.xml
                """.formatted(sourceId, server.getAddress().getPort(), sourceId, server.getAddress().getPort()));
        String bootstrap = TestKafka.bootstrapServers();

        Cli.Outcome first = Cli.execute("ingest", "--config", config.toString(), "--bootstrap-servers", bootstrap, "--once", "--http-port", "0");
        Cli.Outcome second = Cli.execute("ingest", "--config", config.toString(), "--bootstrap-servers", bootstrap, "--once", "--http-port", "0");

        assertThat(first.out()).startsWith("polled 2 sources: published 2 (0 new revisions), unchanged 0, not modified 0, failed 1");
        assertThat(first.err()).contains("source " + sourceId + "-down").contains("HTTP 404");
        assertThat(first.exitCode()).isEqualTo(1);
        assertThat(second.out()).startsWith("polled 2 sources: published 0 (0 new revisions), unchanged 2");
    }

    @Test
    void shouldRefuseAConfigWithAMisspeltKey() throws Exception {
        Path config = Files.writeString(dir.resolve("bad.yaml"), "sources:\n  - id: x\n    url: https://x.example.org/\n    intervall: 5m\n");

        Cli.Outcome outcome = Cli.execute("ingest", "--config", config.toString(), "--bootstrap-servers", TestKafka.bootstrapServers());

        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.err()).contains("unknown key 'sources[0].intervall'");
    }

    @Test
    void shouldAskForEitherConfigOrInput() {
        Cli.Outcome outcome = Cli.execute("ingest", "--bootstrap-servers", "localhost:1");

        assertThat(outcome.exitCode()).isEqualTo(2);
        assertThat(outcome.err()).contains("give either --config FILE or --input PATH");
    }

    @Test
    void shouldPollAFeedUrlGivenToRunThroughTheSsrfGuard() {
        // run has no allow-ranges: the loopback feed is refused before any connection, by name, and the run completes.
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/feed.xml";

        Cli.Outcome outcome = Cli.execute("run", "--once", "--input", url, "--data-dir", dir.resolve("data").toString(), "--timeout", "120");

        assertThat(outcome.err()).contains("source " + url).contains("a loopback address");
        assertThat(outcome.exitCode()).isZero();
    }
}
