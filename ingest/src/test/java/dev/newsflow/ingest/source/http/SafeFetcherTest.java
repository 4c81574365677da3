package dev.newsflow.ingest.source.http;

import static dev.newsflow.ingest.source.http.LoopbackServer.respond;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Real fetches against a loopback server (loopback allowed explicitly); refusals through an injected resolver. */
class SafeFetcherTest {

    private static final FetchLimits SMALL = new FetchLimits(1024 * 1024, Duration.ofSeconds(2), 3);

    private final LoopbackServer server = new LoopbackServer();
    private final List<String> resolved = new ArrayList<>();

    /** Resolves the test names: *.internal.test to a private address, metadata.test to the metadata address, the rest to loopback. */
    private final HostResolver resolver = host -> {
        resolved.add(host);
        String address = switch (host) {
            case "intranet.test" -> "10.0.0.1";
            case "metadata.test" -> "169.254.169.254";
            default -> "127.0.0.1";
        };
        return List.of(InetAddress.getByName(address));
    };

    private final SafeFetcher fetcher = new SafeFetcher(new AddressGuard(resolver, LoopbackServer.ALLOW_LOOPBACK), Clock.systemUTC());

    @AfterEach
    void stop() {
        fetcher.close();
        server.close();
    }

    @Test
    void shouldFetchThroughTheResolvedAddressWithoutASecondLookup() throws Exception {
        server.handle("/feed", exchange -> respond(exchange, 200, "application/rss+xml; charset=utf-8", "<rss/>"));

        FetchResult result = fetcher.fetch(FetchRequest.of("http://feeds.test:" + server.port() + "/feed", SMALL));

        assertThat(result.status()).isEqualTo(200);
        assertThat(new String(result.body(), StandardCharsets.UTF_8)).isEqualTo("<rss/>");
        assertThat(result.contentType()).startsWith("application/rss+xml");
        // One lookup, by the guard; the client connected to the checked address (its own resolver refuses every lookup).
        assertThat(resolved).containsExactly("feeds.test");
    }

    @Test
    void shouldRefuseAPrivateAddressBeforeConnecting() {
        assertThatThrownBy(() -> fetcher.fetch(FetchRequest.of("http://intranet.test/feed", SMALL)))
                .isInstanceOf(BlockedAddressException.class)
                .hasMessageContaining("10.0.0.1")
                .hasMessageContaining("private");
    }

    @Test
    void shouldRefuseTheCloudMetadataAddressBeforeConnecting() {
        assertThatThrownBy(() -> fetcher.fetch(FetchRequest.of("http://metadata.test/latest/meta-data/", SMALL)))
                .isInstanceOf(BlockedAddressException.class)
                .hasMessageContaining("cloud-metadata");
    }

    @Test
    void shouldRefuseLoopbackUnlessTheOperatorAllowsIt() {
        try (SafeFetcher strict = new SafeFetcher(new AddressGuard(resolver, List.of()), Clock.systemUTC())) {
            assertThatThrownBy(() -> strict.fetch(FetchRequest.of(server.url("/feed"), SMALL)))
                    .isInstanceOf(BlockedAddressException.class)
                    .hasMessageContaining("loopback");
        }
        assertThat(server.hits("/feed")).isZero();
    }

    @Test
    void shouldCheckEveryRedirectHopAgain() {
        server.handle("/moved", exchange -> {
            exchange.getResponseHeaders().set("Location", "http://metadata.test/latest/meta-data/");
            respond(exchange, 302, null, "");
        });

        assertThatThrownBy(() -> fetcher.fetch(FetchRequest.of(server.url("/moved"), SMALL)))
                .isInstanceOf(BlockedAddressException.class)
                .hasMessageContaining("169.254.169.254");
        assertThat(resolved).containsExactly("127.0.0.1", "metadata.test");
    }

    @Test
    void shouldFollowRedirectsUpToTheLimit() throws Exception {
        server.handle("/hop", exchange -> {
            int n = Integer.parseInt(exchange.getRequestURI().getQuery());
            exchange.getResponseHeaders().set("Location", n == 0 ? "/final" : "/hop?" + (n - 1));
            respond(exchange, 301, null, "");
        });
        server.handle("/final", exchange -> respond(exchange, 200, "text/html", "<p>here</p>"));

        assertThat(fetcher.fetch(FetchRequest.of(server.url("/hop?2"), SMALL)).url()).endsWith("/final");
        assertThatThrownBy(() -> fetcher.fetch(FetchRequest.of(server.url("/hop?5"), SMALL)))
                .isInstanceOf(FetchException.class)
                .hasMessageContaining("more than 3 redirects");
    }

    @Test
    void shouldRefuseA50MegabyteBodyByItsDeclaredLength() {
        server.handle("/huge", exchange -> {
            exchange.sendResponseHeaders(200, 50L * 1024 * 1024);
            writeUntilClosed(exchange.getResponseBody());
        });

        assertThatThrownBy(() -> fetcher.fetch(FetchRequest.of(server.url("/huge"), SMALL)))
                .isInstanceOf(FetchException.class)
                .hasMessageContaining("52428800 bytes, over the cap of 1048576 bytes");
    }

    @Test
    void shouldStopReadingAnUndeclaredBodyAtTheCap() {
        server.handle("/stream", exchange -> {
            exchange.sendResponseHeaders(200, 0);
            writeUntilClosed(exchange.getResponseBody());
        });

        assertThatThrownBy(() -> fetcher.fetch(FetchRequest.of(server.url("/stream"), SMALL)))
                .isInstanceOf(FetchException.class)
                .hasMessageContaining("over the cap of 1048576 bytes (stopped reading)");
    }

    @Test
    void shouldFailInBoundedTimeWhenTheServerNeverAnswers() throws Exception {
        // Accepted by the kernel's backlog, never read or answered.
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            FetchLimits oneSecond = new FetchLimits(1024, Duration.ofSeconds(1), 0);

            assertThatThrownBy(() -> fetcher.fetch(FetchRequest.of("http://127.0.0.1:" + silent.getLocalPort() + "/", oneSecond)))
                    .isInstanceOf(FetchException.class)
                    .hasMessageContaining("cannot fetch");
        }
    }

    @Test
    void shouldSendValidatorsForAConditionalGet() throws Exception {
        server.handle("/feed", exchange -> {
            if ("\"v1\"".equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
                respond(exchange, 304, null, "");
                return;
            }
            exchange.getResponseHeaders().set("ETag", "\"v1\"");
            exchange.getResponseHeaders().set("Last-Modified", "Sat, 28 Nov 2026 10:00:00 GMT");
            respond(exchange, 200, "application/rss+xml", "<rss/>");
        });

        FetchResult first = fetcher.fetch(FetchRequest.of(server.url("/feed"), SMALL));
        FetchResult second = fetcher.fetch(new FetchRequest(server.url("/feed"), Map.of(), first.validators(), SMALL));

        assertThat(first.validators()).isEqualTo(new Validators("\"v1\"", "Sat, 28 Nov 2026 10:00:00 GMT"));
        assertThat(second.notModified()).isTrue();
        assertThat(second.body()).isEmpty();
    }

    @Test
    void shouldReportRetryAfterOfAThrottledResponse() throws Exception {
        server.handle("/busy", exchange -> {
            exchange.getResponseHeaders().set("Retry-After", "120");
            respond(exchange, 429, "text/plain", "slow down");
        });

        FetchResult result = fetcher.fetch(FetchRequest.of(server.url("/busy"), SMALL));

        assertThat(result.throttled()).isTrue();
        assertThat(result.retryAfter()).contains(Duration.ofSeconds(120));
    }

    @Test
    void shouldSendConfiguredHeaders() throws Exception {
        server.handle("/auth", exchange -> respond(exchange, 200, "text/plain",
                String.valueOf(exchange.getRequestHeaders().getFirst("X-Api-Key"))));

        FetchResult result = fetcher.fetch(new FetchRequest(server.url("/auth"), Map.of("X-Api-Key", "k1"), null, SMALL));

        assertThat(new String(result.body(), StandardCharsets.UTF_8)).isEqualTo("k1");
    }

    private static void writeUntilClosed(OutputStream out) {
        byte[] chunk = new byte[64 * 1024];
        try {
            for (int i = 0; i < 800; i++) {
                out.write(chunk);
            }
        } catch (IOException clientHungUp) {
            // Expected: the fetcher stops reading at its cap.
        }
    }
}
