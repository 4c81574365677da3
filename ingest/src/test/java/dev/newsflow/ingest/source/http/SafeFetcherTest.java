package dev.newsflow.ingest.source.http;

import static dev.newsflow.ingest.source.http.LoopbackServer.respond;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.newsflow.testkit.Eventually;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Real fetches against a loopback server (loopback allowed explicitly); refusals through an injected resolver. */
class SafeFetcherTest {

    private static final FetchLimits SMALL = new FetchLimits(1024 * 1024, Duration.ofSeconds(2), 3);
    /** The hostile servers' tests: a short deadline, a 64 KiB cap. */
    private static final FetchLimits THREE_SECONDS = new FetchLimits(64 * 1024, Duration.ofSeconds(3), 3);
    /** Slower than nothing, but each byte well inside the per-read timeout, which a trickle therefore never trips. */
    private static final Duration EVERY_TWO_SECONDS = Duration.ofSeconds(2);
    private static final Duration HANG_UP_BOUND = Duration.ofSeconds(10);

    private static final Map<String, String> SECRETS = Map.of("X-Api-Key", "k1", "Authorization", "Bearer t1",
            "Cookie", "session=s1", "Proxy-Authorization", "Basic cDpx");
    private static final Validators VALIDATORS = new Validators("\"v1\"", "Sat, 28 Nov 2026 10:00:00 GMT");
    private static final String[] SECRET_NAMES = {"X-Api-Key", "Authorization", "Cookie", "Proxy-Authorization",
        "If-None-Match", "If-Modified-Since"};

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

    @Test
    void shouldAbortAServerThatTricklesItsHeadersAtTheDeadline() throws Exception {
        try (HostileServer slow = new HostileServer((connection, socket) -> {
            HostileServer.readRequest(socket);
            HostileServer.trickle(socket, "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok", EVERY_TWO_SECONDS);
        })) {
            FetchException failure = failureWithinTwiceTheDeadline(FetchRequest.of(slow.url("/feed"), THREE_SECONDS));

            assertThat(failure).hasMessageContaining("cannot fetch " + slow.url("/feed")).hasMessageContaining("3 s deadline");
            assertThat(slow.awaitHangUp(HANG_UP_BOUND)).as("the server seeing its connection closed").isTrue();
        }
    }

    @Test
    void shouldAbortAServerThatTricklesADeclaredLengthBodyAtTheDeadline() throws Exception {
        try (HostileServer slow = new HostileServer((connection, socket) -> {
            HostileServer.readRequest(socket);
            HostileServer.write(socket, "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 100\r\n\r\n");
            HostileServer.trickle(socket, "a".repeat(100), EVERY_TWO_SECONDS);
        })) {
            FetchException failure = failureWithinTwiceTheDeadline(FetchRequest.of(slow.url("/feed"), THREE_SECONDS));

            assertThat(failure).hasMessageContaining("cannot fetch " + slow.url("/feed")).hasMessageContaining("3 s deadline");
            assertThat(slow.awaitHangUp(HANG_UP_BOUND)).as("the server seeing its connection closed").isTrue();
        }
    }

    @Test
    void shouldCloseAChunkedBodyThatTricklesOnPastTheCapWithoutReadingOn() throws Exception {
        try (HostileServer endless = new HostileServer((connection, socket) -> {
            HostileServer.readRequest(socket);
            if (connection > 0) {
                HostileServer.write(socket, "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 2\r\n\r\nok");
                HostileServer.sitSilently(socket);
                return;
            }
            // A first chunk past the 64 KiB cap at once, then one more byte every 100 ms, for as long as anyone reads.
            HostileServer.write(socket, "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nTransfer-Encoding: chunked\r\n\r\n"
                    + Integer.toHexString(80 * 1024) + "\r\n" + "a".repeat(80 * 1024) + "\r\n");
            while (true) {
                HostileServer.write(socket, "1\r\na\r\n");
                Thread.sleep(100);
            }
        })) {
            FetchException failure = failureWithinTwiceTheDeadline(FetchRequest.of(endless.url("/feed"), THREE_SECONDS));

            assertThat(failure).hasMessageContaining("over the cap of 65536 bytes (stopped reading)");
            assertThat(endless.awaitHangUp(HANG_UP_BOUND)).as("the server seeing its connection closed").isTrue();
            // The half-read connection went nowhere near the pool: the next fetch opens a new one and reads a clean answer.
            FetchResult next = fetcher.fetch(FetchRequest.of(endless.url("/feed"), THREE_SECONDS));
            assertThat(new String(next.body(), StandardCharsets.UTF_8)).isEqualTo("ok");
            assertThat(endless.connections()).isEqualTo(2);
        }
    }

    @Test
    void shouldAbortAServerThatAcceptsAndNeverAnswersAtTheDeadline() throws Exception {
        try (HostileServer silent = new HostileServer((connection, socket) -> {
            HostileServer.readRequest(socket);
            HostileServer.sitSilently(socket);
        })) {
            FetchException failure = failureWithinTwiceTheDeadline(FetchRequest.of(silent.url("/feed"), THREE_SECONDS));

            assertThat(failure).hasMessageContaining("cannot fetch " + silent.url("/feed")).hasMessageContaining("3 s deadline");
            assertThat(silent.awaitHangUp(HANG_UP_BOUND)).as("the server seeing its connection closed").isTrue();
        }
    }

    @Test
    void shouldAbortAFetchStillWaitingForAPooledConnectionAtItsDeadline() throws Exception {
        ExecutorService holders = Executors.newFixedThreadPool(SafeFetcher.MAX_CONNECTIONS_PER_ROUTE);
        try (HostileServer silent = new HostileServer((connection, socket) -> {
            HostileServer.readRequest(socket);
            HostileServer.sitSilently(socket);
        })) {
            FetchLimits patient = new FetchLimits(1024, Duration.ofSeconds(60), 0);
            for (int i = 0; i < SafeFetcher.MAX_CONNECTIONS_PER_ROUTE; i++) {
                holders.submit(() -> fetcher.fetch(FetchRequest.of(silent.url("/hold"), patient)));
            }
            Eventually.await(Duration.ofSeconds(10), "every pooled connection to the host in use",
                    () -> silent.connections() == SafeFetcher.MAX_CONNECTIONS_PER_ROUTE);

            FetchException failure = failureWithinTwiceTheDeadline(FetchRequest.of(silent.url("/waits"), THREE_SECONDS));

            assertThat(failure).hasMessageContaining("cannot fetch " + silent.url("/waits")).hasMessageContaining("3 s deadline");
            assertThat(silent.connections()).as("connections, the waiting fetch never having had one").isEqualTo(SafeFetcher.MAX_CONNECTIONS_PER_ROUTE);
        } finally {
            holders.shutdownNow();
        }
    }

    @Test
    void shouldCountEveryRedirectHopAgainstTheSameDeadline() throws Exception {
        try (HostileServer slow = new HostileServer((connection, socket) -> {
            HostileServer.readRequest(socket);
            // Each hop answers just inside the per-read timeout, and redirects again.
            Thread.sleep(1_000);
            HostileServer.write(socket, "HTTP/1.1 302 Found\r\nLocation: /hop" + (connection + 1)
                    + "\r\nContent-Length: 0\r\nConnection: close\r\n\r\n");
        })) {
            FetchLimits fiveHops = new FetchLimits(1024, Duration.ofSeconds(3), 5);

            FetchException failure = failureWithinTwiceTheDeadline(FetchRequest.of(slow.url("/hop0"), fiveHops));

            assertThat(failure).hasMessageContaining("(redirected from " + slow.url("/hop0") + ")").hasMessageContaining("3 s deadline");
        }
    }

    @Test
    void shouldNotSendTheSourcesHeadersCredentialsOrValidatorsToAnotherOrigin() throws Exception {
        try (LoopbackServer other = new LoopbackServer()) {
            Map<String, List<String>> atOrigin = recordHeaders(server, "/start", other.url("/landing"));
            Map<String, List<String>> atOther = recordHeaders(other, "/landing", null);

            FetchResult result = fetcher.fetch(new FetchRequest(server.url("/start"), SECRETS, VALIDATORS, SMALL));

            assertThat(result.url()).isEqualTo(other.url("/landing"));
            assertThat(atOrigin).containsKeys(SECRET_NAMES);
            assertThat(atOther).doesNotContainKeys(SECRET_NAMES);
        }
    }

    @Test
    void shouldKeepTheSourcesHeadersOnARedirectWithinTheOrigin() throws Exception {
        recordHeaders(server, "/start", "/landing");
        Map<String, List<String>> atLanding = recordHeaders(server, "/landing", null);

        fetcher.fetch(new FetchRequest(server.url("/start"), SECRETS, VALIDATORS, SMALL));

        assertThat(atLanding).containsKeys(SECRET_NAMES);
        assertThat(atLanding.get("X-Api-Key")).containsExactly("k1");
    }

    @Test
    void shouldKeepTheSourcesHeadersDroppedWhenARedirectComesBackToTheOrigin() throws Exception {
        try (LoopbackServer other = new LoopbackServer()) {
            recordHeaders(server, "/start", other.url("/bounce"));
            recordHeaders(other, "/bounce", server.url("/home"));
            Map<String, List<String>> atHome = recordHeaders(server, "/home", null);

            FetchResult result = fetcher.fetch(new FetchRequest(server.url("/start"), SECRETS, VALIDATORS, SMALL));

            assertThat(result.url()).isEqualTo(server.url("/home"));
            assertThat(atHome).doesNotContainKeys(SECRET_NAMES);
        }
    }

    /** Serves {@code path} with a redirect to {@code location} (or a 200 when null), keeping the request headers it saw. */
    private static Map<String, List<String>> recordHeaders(LoopbackServer on, String path, String location) {
        Map<String, List<String>> seen = Collections.synchronizedMap(new TreeMap<>(String.CASE_INSENSITIVE_ORDER));
        on.handle(path, exchange -> {
            seen.putAll(exchange.getRequestHeaders());
            if (location == null) {
                respond(exchange, 200, "text/plain", "landed");
            } else {
                exchange.getResponseHeaders().set("Location", location);
                respond(exchange, 302, null, "");
            }
        });
        return seen;
    }

    /** Runs the fetch with its wait bounded at twice the deadline, and returns how it failed. */
    private FetchException failureWithinTwiceTheDeadline(FetchRequest request) {
        Duration bound = request.limits().timeout().multipliedBy(2);
        Throwable thrown = catchThrowable(() -> assertTimeoutPreemptively(bound, () -> fetcher.fetch(request),
                "fetch of " + request.url() + " still running at twice its deadline"));
        if (thrown instanceof AssertionError stillRunning) {
            throw stillRunning;
        }
        assertThat(thrown).isInstanceOf(FetchException.class);
        return (FetchException) thrown;
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
