package dev.newsflow.app;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String RSS = """
            <rss version="2.0"><channel><title>T</title><link>https://n.example.com/</link>
              <item><title>One</title><link>https://n.example.com/1</link><description>First</description></item>
              <item><title>Two</title><link>https://n.example.com/2</link><description>Second</description></item>
            </channel></rss>
            """;

    @Test
    void shouldPrintOneRawArticlePerItemAndGoOnPastAFailingInput(@TempDir Path dir) throws Exception {
        Path feed = Files.writeString(dir.resolve("feed.xml"), RSS);
        Path page = Files.writeString(dir.resolve("page.xml"), "<html><body>Not a feed</body></html>");
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/feed", exchange -> {
            byte[] body = RSS.replace("/1<", "/3<").replace("/2<", "/4<").getBytes(UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/rss+xml; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/feed";
        try {
            Cli.Outcome outcome = Cli.execute("feed", "--allow", "127.0.0.0/8", feed.toString(), page.toString(), url);

            assertThat(outcome.exitCode()).isEqualTo(1);
            List<JsonNode> lines = outcome.out().lines().map(FeedCommandTest::json).toList();
            assertThat(lines).extracting(line -> line.path("url").asText()).containsExactly(
                    "https://n.example.com/1", "https://n.example.com/2", "https://n.example.com/3", "https://n.example.com/4");
            assertThat(lines).extracting(line -> line.path("source").path("feedUrl").asText())
                    .containsExactly(feed.toString(), feed.toString(), url, url);
            assertThat(lines.get(0).path("source").path("type").asText()).isEqualTo("rss");
            assertThat(outcome.err().strip()).isEqualTo("newsflow: feed: " + page + ": an HTML page, not a feed (root element <html>)");
        } finally {
            server.stop(0);
        }
    }

    @Test
    void shouldRefuseALoopbackUrlUnlessAllowed() {
        Cli.Outcome outcome = Cli.execute("feed", "http://127.0.0.1:9/feed");

        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.out()).isEmpty();
        assertThat(outcome.err()).startsWith("newsflow: feed: http://127.0.0.1:9/feed: ").contains("127.0.0.1");
    }

    @Test
    void shouldRefuseAFeedFileOverTheFetchLimitByItsSizeAndGoOn(@TempDir Path dir) throws Exception {
        Path huge = dir.resolve("huge.xml");
        try (RandomAccessFile sparse = new RandomAccessFile(huge.toFile(), "rw")) {
            sparse.setLength(3L * 1024 * 1024 * 1024);
        }
        Path feed = Files.writeString(dir.resolve("feed.xml"), RSS);

        Cli.Outcome outcome = Cli.execute("feed", huge.toString(), feed.toString());

        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.out().lines()).hasSize(2);
        assertThat(outcome.err().strip()).isEqualTo("newsflow: feed: " + huge
                + ": file is 3221225472 bytes (3 GiB), more than the 10 MiB limit: not read");
    }

    private static JsonNode json(String line) {
        try {
            return JSON.readTree(line);
        } catch (Exception e) {
            throw new AssertionError("not a JSON line: " + line, e);
        }
    }
}
