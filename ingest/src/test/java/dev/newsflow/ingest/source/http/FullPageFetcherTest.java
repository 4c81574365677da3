package dev.newsflow.ingest.source.http;

import static dev.newsflow.ingest.source.http.LoopbackServer.respond;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.net.InetAddress;
import java.nio.charset.Charset;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FullPageFetcherTest {

    private static final FetchLimits LIMITS = new FetchLimits(1024 * 1024, Duration.ofSeconds(2), 3);

    private final LoopbackServer server = new LoopbackServer();
    private final SafeFetcher fetcher = new SafeFetcher(new AddressGuard(host -> List.of(InetAddress.getByName(
            host.equals("intranet.test") ? "10.0.0.1" : "127.0.0.1")), LoopbackServer.ALLOW_LOOPBACK), Clock.systemUTC());
    private final FullPageFetcher pages = new FullPageFetcher(fetcher, new RobotsPolicy(fetcher, Clock.systemUTC()));

    @AfterEach
    void stop() {
        fetcher.close();
        server.close();
    }

    @Test
    void shouldFetchAPageRobotsTxtAllows() throws Exception {
        server.handle("/robots.txt", exchange -> respond(exchange, 200, "text/plain", "User-agent: *\nDisallow: /private/\n"));
        server.handle("/news/1", exchange -> respond(exchange, 200, "text/html; charset=utf-8", "<html><p>Ünïcode body</p></html>"));

        assertThat(pages.fetch(server.url("/news/1"), LIMITS).text()).isEqualTo("<html><p>Ünïcode body</p></html>");
    }

    @Test
    void shouldRespectRobotsTxtAndAskForItOncePerSite() {
        server.handle("/robots.txt", exchange -> respond(exchange, 200, "text/plain", "User-agent: newsflow\nDisallow: /private/\n"));
        server.handle("/private/", exchange -> respond(exchange, 200, "text/html", "<p>secret</p>"));

        assertThatThrownBy(() -> pages.fetch(server.url("/private/1"), LIMITS)).hasMessageContaining("robots.txt disallows");
        assertThatThrownBy(() -> pages.fetch(server.url("/private/2"), LIMITS)).hasMessageContaining("robots.txt disallows");
        assertThat(server.hits("/private/")).isZero();
        assertThat(server.hits("/robots.txt")).isEqualTo(1);
    }

    @Test
    void shouldGiveUpOnATricklingRobotsTxtWithinThePagesDeadline() throws Exception {
        FetchLimits threeSeconds = new FetchLimits(1024 * 1024, Duration.ofSeconds(3), 3);
        try (HostileServer slow = new HostileServer((connection, socket) -> {
            HostileServer.readRequest(socket);
            HostileServer.trickle(socket, "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\n\r\nUser-agent: *\nAllow: /\n", Duration.ofSeconds(2));
        })) {
            Duration twiceTheDeadline = Duration.ofSeconds(6);
            Throwable thrown = catchThrowable(() -> assertTimeoutPreemptively(twiceTheDeadline,
                    () -> pages.fetch(slow.url("/news/1"), threeSeconds), "page fetch still running at twice its deadline"));
            if (thrown instanceof AssertionError stillRunning) {
                throw stillRunning;
            }

            assertThat(thrown).isInstanceOf(FetchException.class)
                    .hasMessageContaining("robots.txt of " + slow.url("") + " cannot be read")
                    .hasMessageContaining("cannot fetch " + slow.url("/robots.txt"))
                    .hasMessageContaining("3 s deadline");
        }
    }

    @Test
    void shouldFetchWhenThereIsNoRobotsTxt() throws Exception {
        server.handle("/robots.txt", exchange -> respond(exchange, 404, "text/plain", "none"));
        server.handle("/page", exchange -> respond(exchange, 200, "text/html", "<p>ok</p>"));

        assertThat(pages.fetch(server.url("/page"), LIMITS).text()).isEqualTo("<p>ok</p>");
    }

    @Test
    void shouldDecodeByTheDocumentsOwnDeclarationWhenHttpGivesNoCharset() throws Exception {
        server.handle("/robots.txt", exchange -> respond(exchange, 404, "text/plain", ""));
        server.handle("/big5", exchange -> {
            byte[] page = "<html><head><meta charset=\"big5\"></head><body>中文新聞</body></html>".getBytes(Charset.forName("Big5"));
            exchange.getResponseHeaders().set("Content-Type", "text/html");
            exchange.sendResponseHeaders(200, page.length);
            exchange.getResponseBody().write(page);
        });

        assertThat(pages.fetch(server.url("/big5"), LIMITS).text()).contains("中文新聞");
    }

    @Test
    void shouldRefuseARedirectToAPrivateAddress() {
        server.handle("/robots.txt", exchange -> respond(exchange, 404, "text/plain", ""));
        server.handle("/go", exchange -> {
            exchange.getResponseHeaders().set("Location", "http://intranet.test/admin");
            respond(exchange, 302, null, "");
        });

        assertThatThrownBy(() -> pages.fetch(server.url("/go"), LIMITS))
                .isInstanceOf(BlockedAddressException.class)
                .hasMessageContaining("10.0.0.1");
    }

    @Test
    void shouldRefuseSomethingThatIsNotHtml() {
        server.handle("/robots.txt", exchange -> respond(exchange, 404, "text/plain", ""));
        server.handle("/file.pdf", exchange -> respond(exchange, 200, "application/pdf", "%PDF"));

        assertThatThrownBy(() -> pages.fetch(server.url("/file.pdf"), LIMITS)).hasMessageContaining("not HTML");
    }
}
