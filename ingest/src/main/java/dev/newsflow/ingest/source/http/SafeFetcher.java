package dev.newsflow.ingest.source.http;

import dev.newsflow.core.event.DeadLetter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import org.apache.hc.client5.http.DnsResolver;
import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;

/**
 * The one way ingest fetches anything over HTTP: GET with every hop's address checked by the
 * {@link AddressGuard} before connecting, and the connection pinned to the checked address.
 * Redirects are followed here (bounded), not by the client, so each hop is checked again, and the
 * source's headers go only to hops on the first URL's origin. Bodies are streamed and refused past
 * the size cap. Each fetch has one deadline for all its hops, from waiting for a pooled connection to
 * the last body byte, and the request is aborted when it passes, so a server that never answers or
 * trickles its headers or body holds a thread no longer than that.
 *
 * <p>Built on Apache HttpClient because, unlike the JDK's client, it lets us hand it the address to
 * connect to (and a DNS resolver that refuses every lookup, so no path bypasses the guard) while TLS
 * still verifies the certificate against the host name.
 */
public final class SafeFetcher implements AutoCloseable {

    public static final String USER_AGENT = "newsflow-ingest/1 (feed reader)";

    private static final int MAX_CONNECTIONS = 64;
    /** Package-visible for the test that fills a host's share of the pool. */
    static final int MAX_CONNECTIONS_PER_ROUTE = 4;
    private static final Timeout CONNECT_TIMEOUT = Timeout.ofSeconds(10);
    private static final int READ_CHUNK = 16 * 1024;

    private final AddressGuard guard;
    private final Clock clock;
    private final CloseableHttpClient client;
    /** Runs the aborts of fetches whose deadline passed: one thread, as an abort only closes a socket. */
    private final ScheduledThreadPoolExecutor deadlines;

    public SafeFetcher(AddressGuard guard, Clock clock) {
        this.guard = guard;
        this.clock = clock;
        this.deadlines = new ScheduledThreadPoolExecutor(1, runnable -> {
            Thread thread = new Thread(runnable, "newsflow-fetch-deadlines");
            thread.setDaemon(true);
            return thread;
        });
        // A fetch that ends in time cancels its abort; without this the cancelled aborts would pile up until due.
        deadlines.setRemoveOnCancelPolicy(true);
        this.client = HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(new NoLookups())
                        .setMaxConnTotal(MAX_CONNECTIONS)
                        .setMaxConnPerRoute(MAX_CONNECTIONS_PER_ROUTE)
                        .setDefaultConnectionConfig(ConnectionConfig.custom().setConnectTimeout(CONNECT_TIMEOUT).build())
                        .build())
                // Redirects are followed by fetch() itself, so that every hop passes the guard.
                .disableRedirectHandling()
                // Retries and backoff are the poller's decision (it honours Retry-After).
                .disableAutomaticRetries()
                .disableCookieManagement()
                .setUserAgent(USER_AGENT)
                .build();
    }

    /**
     * Fetches {@code request.url()}, following redirects up to the limit, all within one deadline
     * ({@link FetchLimits#timeout()}) that is enforced by aborting the request in flight.
     *
     * @return the final response, whatever its status
     * @throws BlockedAddressException if any hop resolves to a blocked address (no connection was made to it)
     * @throws FetchException          on a bad URL, too many redirects, a body over the cap, the deadline passing or an I/O error
     */
    public FetchResult fetch(FetchRequest request) throws FetchException {
        FetchLimits limits = request.limits();
        URI first = parse(request.url());
        try (FetchDeadline deadline = new FetchDeadline(limits.timeout(), deadlines)) {
            URI uri = first;
            // The source's headers and validators are for the first URL's origin. Once a redirect has left it they stay
            // dropped, also if a later hop comes back: the foreign host chose that URL, and resending would let it aim
            // the credentials at any path of the origin. (curl is laxer: it resends on a return to the first host.)
            boolean onFirstOrigin = true;
            for (int redirects = 0; ; redirects++) {
                HttpHost target = pinnedTarget(uri);
                HttpGet get = get(uri, limits, onFirstOrigin ? request : null);
                deadline.watch(get);
                Answer answer = exchange(target, get, limits, first, uri, deadline);
                if (answer.result() != null) {
                    return answer.result();
                }
                if (redirects >= limits.maxRedirects()) {
                    throw new FetchException("more than " + limits.maxRedirects() + " redirects from " + request.url());
                }
                uri = answer.redirect();
                onFirstOrigin = onFirstOrigin && sameOrigin(first, uri);
            }
        }
    }

    /** A hop's outcome: the final result, or where a redirect points. */
    private record Answer(FetchResult result, URI redirect) {}

    /**
     * One request and its response. Whatever is left of the exchange afterwards is thrown away, never
     * read: HttpClient would otherwise drain the rest of the body to reuse the connection, and a
     * hostile host can make that rest endless. A body read to its end has already given its
     * connection back to the pool, so only a complete exchange is ever reused.
     */
    private Answer exchange(HttpHost target, HttpGet get, FetchLimits limits, URI first, URI uri, FetchDeadline deadline)
            throws FetchException {
        ClassicHttpResponse response = null;
        try {
            response = client.executeOpen(target, get, HttpClientContext.create());
            int status = response.getCode();
            Header location = response.getFirstHeader(HttpHeaders.LOCATION);
            if (isRedirect(status) && location != null) {
                // The redirect's own body is not wanted, so it is not read at all.
                return new Answer(null, redirectTarget(uri, location.getValue()));
            }
            byte[] body = readCapped(response.getEntity(), limits.maxBytes(), uri);
            return new Answer(new FetchResult(uri.toString(), status, headerValue(response, HttpHeaders.CONTENT_TYPE), body,
                    new Validators(headerValue(response, HttpHeaders.ETAG), headerValue(response, HttpHeaders.LAST_MODIFIED)),
                    RetryAfter.parse(headerValue(response, HttpHeaders.RETRY_AFTER), clock.instant())), null);
        } catch (IOException | CancellationException e) {
            // An abort surfaces as whatever the request was doing: a cancelled lease, a closed socket, an "aborted" error.
            if (deadline.passed()) {
                throw new FetchException("cannot fetch " + uri + (uri.equals(first) ? "" : " (redirected from " + first + ")")
                        + ": no complete response within its " + deadline.describe() + " deadline (request aborted)", e);
            }
            throw new FetchException("cannot fetch " + uri + ": " + DeadLetter.reasonOf(e), e);
        } finally {
            // Closes the connection without reading if the exchange still holds one (a no-op after a complete body).
            get.cancel();
            closeQuietly(response);
        }
    }

    private static HttpGet get(URI uri, FetchLimits limits, FetchRequest onOrigin) {
        HttpGet get = new HttpGet(uri);
        // Per-read and lease timeouts only as a backstop: the deadline aborts the request before either can fire.
        get.setConfig(RequestConfig.custom()
                .setConnectionRequestTimeout(Timeout.of(limits.timeout()))
                .setResponseTimeout(Timeout.of(limits.timeout()))
                .build());
        if (onOrigin != null) {
            onOrigin.headers().forEach(get::setHeader);
            if (onOrigin.validators().etag() != null) {
                get.setHeader(HttpHeaders.IF_NONE_MATCH, onOrigin.validators().etag());
            }
            if (onOrigin.validators().lastModified() != null) {
                get.setHeader(HttpHeaders.IF_MODIFIED_SINCE, onOrigin.validators().lastModified());
            }
        }
        return get;
    }

    /**
     * Same scheme, host and port (RFC 6454). Leaving the origin drops every configured header, not only
     * the credentials browsers and curl hold back (Authorization, Cookie, Proxy-Authorization): an
     * operator's headers are API keys as often as not, and the validators describe the first URL's
     * document, not another host's.
     */
    private static boolean sameOrigin(URI a, URI b) {
        return a.getScheme().equalsIgnoreCase(b.getScheme()) && a.getHost().equalsIgnoreCase(b.getHost())
                && port(a) == port(b);
    }

    private static int port(URI uri) {
        return uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
    }

    private HttpHost pinnedTarget(URI uri) throws FetchException {
        String host = uri.getHost();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        List<InetAddress> addresses = guard.check(host);
        // The connection goes to this checked address; the name is kept for the Host header, SNI and certificate checks.
        return new HttpHost(uri.getScheme().toLowerCase(Locale.ROOT), addresses.get(0), host, port(uri));
    }

    private static URI parse(String url) throws FetchException {
        URI uri;
        try {
            uri = new URI(url);
        } catch (URISyntaxException e) {
            throw new FetchException("not a valid URL: " + url);
        }
        requireHttp(uri, url);
        return uri;
    }

    private static URI redirectTarget(URI from, String location) throws FetchException {
        URI next;
        try {
            next = from.resolve(new URI(location.strip()));
        } catch (URISyntaxException | IllegalArgumentException e) {
            throw new FetchException("redirect from " + from + " to an invalid URL: " + location);
        }
        requireHttp(next, location);
        return next;
    }

    private static void requireHttp(URI uri, String original) throws FetchException {
        String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new FetchException("not an http(s) URL: " + original);
        }
        if (uri.getHost() == null || uri.getHost().isEmpty()) {
            throw new FetchException("URL without a host: " + original);
        }
    }

    private static boolean isRedirect(int status) {
        return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
    }

    /** Reads the body up to the cap. The stream is not closed here: closing it would read on to the end (see exchange). */
    private static byte[] readCapped(HttpEntity entity, long maxBytes, URI uri) throws IOException, FetchException {
        if (entity == null) {
            return new byte[0];
        }
        long declared = entity.getContentLength();
        if (declared > maxBytes) {
            throw new FetchException("body of " + uri + " is " + declared + " bytes, over the cap of " + maxBytes + " bytes");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 ? (int) declared : READ_CHUNK);
        byte[] chunk = new byte[READ_CHUNK];
        InputStream in = entity.getContent();
        int read;
        while ((read = in.read(chunk)) >= 0) {
            if (out.size() + (long) read > maxBytes) {
                throw new FetchException("body of " + uri + " is over the cap of " + maxBytes + " bytes (stopped reading)");
            }
            out.write(chunk, 0, read);
        }
        return out.toByteArray();
    }

    /** After {@code cancel()} there is no connection left to read from; closing only frees the response's streams. */
    private static void closeQuietly(ClassicHttpResponse response) {
        if (response == null) {
            return;
        }
        try {
            response.close();
        } catch (IOException alreadyAborted) {
            // The connection is gone already; there is nothing more to release.
        }
    }

    private static String headerValue(ClassicHttpResponse response, String name) {
        Header header = response.getFirstHeader(name);
        return header == null ? null : header.getValue();
    }

    @Override
    public void close() {
        client.close(CloseMode.IMMEDIATE);
        deadlines.shutdownNow();
    }

    /** Every connection target is a pinned, checked address: a DNS lookup here would be a bypass of the guard. */
    private static final class NoLookups implements DnsResolver {

        @Override
        public InetAddress[] resolve(String host) throws UnknownHostException {
            throw new UnknownHostException("no DNS lookup outside the SSRF guard: " + host);
        }

        @Override
        public String resolveCanonicalHostname(String host) throws UnknownHostException {
            throw new UnknownHostException("no DNS lookup outside the SSRF guard: " + host);
        }
    }
}
