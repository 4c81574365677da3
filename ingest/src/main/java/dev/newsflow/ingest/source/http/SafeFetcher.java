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
 * Redirects are followed here (bounded), not by the client, so each hop is checked again. Bodies are
 * streamed and refused past the size cap; a server that never answers fails after the timeout.
 *
 * <p>Built on Apache HttpClient because, unlike the JDK's client, it lets us hand it the address to
 * connect to (and a DNS resolver that refuses every lookup, so no path bypasses the guard) while TLS
 * still verifies the certificate against the host name.
 */
public final class SafeFetcher implements AutoCloseable {

    public static final String USER_AGENT = "newsflow-ingest/1 (feed reader)";

    private static final int MAX_CONNECTIONS = 64;
    private static final int MAX_CONNECTIONS_PER_ROUTE = 4;
    private static final Timeout CONNECT_TIMEOUT = Timeout.ofSeconds(10);
    private static final int READ_CHUNK = 16 * 1024;

    private final AddressGuard guard;
    private final Clock clock;
    private final CloseableHttpClient client;

    public SafeFetcher(AddressGuard guard, Clock clock) {
        this.guard = guard;
        this.clock = clock;
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
     * Fetches {@code request.url()}, following redirects up to the limit.
     *
     * @return the final response, whatever its status
     * @throws BlockedAddressException if any hop resolves to a blocked address (no connection was made to it)
     * @throws FetchException          on a bad URL, too many redirects, a body over the cap, a timeout or an I/O error
     */
    public FetchResult fetch(FetchRequest request) throws FetchException {
        FetchLimits limits = request.limits();
        long deadline = System.nanoTime() + limits.timeout().toNanos();
        URI uri = parse(request.url());
        for (int redirects = 0; ; redirects++) {
            HttpHost target = pinnedTarget(uri);
            HttpGet get = new HttpGet(uri);
            get.setConfig(RequestConfig.custom()
                    .setConnectionRequestTimeout(Timeout.of(limits.timeout()))
                    .setResponseTimeout(Timeout.of(limits.timeout()))
                    .build());
            request.headers().forEach(get::setHeader);
            if (request.validators().etag() != null) {
                get.setHeader(HttpHeaders.IF_NONE_MATCH, request.validators().etag());
            }
            if (request.validators().lastModified() != null) {
                get.setHeader(HttpHeaders.IF_MODIFIED_SINCE, request.validators().lastModified());
            }
            try (ClassicHttpResponse response = client.executeOpen(target, get, HttpClientContext.create())) {
                int status = response.getCode();
                Header location = response.getFirstHeader(HttpHeaders.LOCATION);
                if (isRedirect(status) && location != null) {
                    if (redirects >= limits.maxRedirects()) {
                        throw new FetchException("more than " + limits.maxRedirects() + " redirects from " + request.url());
                    }
                    uri = redirectTarget(uri, location.getValue());
                    continue;
                }
                byte[] body = readCapped(response.getEntity(), limits.maxBytes(), deadline, uri);
                return new FetchResult(uri.toString(), status, headerValue(response, HttpHeaders.CONTENT_TYPE), body,
                        new Validators(headerValue(response, HttpHeaders.ETAG), headerValue(response, HttpHeaders.LAST_MODIFIED)),
                        RetryAfter.parse(headerValue(response, HttpHeaders.RETRY_AFTER), clock.instant()));
            } catch (IOException e) {
                throw new FetchException("cannot fetch " + uri + ": " + DeadLetter.reasonOf(e), e);
            }
        }
    }

    private HttpHost pinnedTarget(URI uri) throws FetchException {
        String host = uri.getHost();
        if (host.startsWith("[") && host.endsWith("]")) {
            host = host.substring(1, host.length() - 1);
        }
        List<InetAddress> addresses = guard.check(host);
        String scheme = uri.getScheme().toLowerCase(Locale.ROOT);
        int port = uri.getPort() >= 0 ? uri.getPort() : "https".equals(scheme) ? 443 : 80;
        // The connection goes to this checked address; the name is kept for the Host header, SNI and certificate checks.
        return new HttpHost(scheme, addresses.get(0), host, port);
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

    private static byte[] readCapped(HttpEntity entity, long maxBytes, long deadline, URI uri) throws IOException, FetchException {
        if (entity == null) {
            return new byte[0];
        }
        long declared = entity.getContentLength();
        if (declared > maxBytes) {
            throw new FetchException("body of " + uri + " is " + declared + " bytes, over the cap of " + maxBytes + " bytes");
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(declared > 0 ? (int) declared : READ_CHUNK);
        byte[] chunk = new byte[READ_CHUNK];
        try (InputStream in = entity.getContent()) {
            int read;
            while ((read = in.read(chunk)) >= 0) {
                if (out.size() + (long) read > maxBytes) {
                    throw new FetchException("body of " + uri + " is over the cap of " + maxBytes + " bytes (stopped reading)");
                }
                out.write(chunk, 0, read);
                // The socket timeout bounds each read; this bounds a server that trickles bytes forever.
                if (System.nanoTime() > deadline) {
                    throw new FetchException("body of " + uri + " took longer than the fetch timeout");
                }
            }
        }
        return out.toByteArray();
    }

    private static String headerValue(ClassicHttpResponse response, String name) {
        Header header = response.getFirstHeader(name);
        return header == null ? null : header.getValue();
    }

    @Override
    public void close() {
        client.close(CloseMode.IMMEDIATE);
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
