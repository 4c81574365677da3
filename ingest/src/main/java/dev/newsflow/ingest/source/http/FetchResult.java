package dev.newsflow.ingest.source.http;

import java.time.Duration;
import java.util.Optional;

/**
 * The final response of a fetch, after redirects. Every HTTP status arrives here (the caller decides
 * what a 404 or a 503 means for it); only transport and safety failures are exceptions.
 *
 * @param url         the URL of the final hop
 * @param status      the HTTP status code
 * @param contentType the {@code Content-Type} header, or null
 * @param body        the body (empty for 304 and bodiless responses)
 * @param validators  ETag / Last-Modified of this response, for the next conditional GET
 * @param retryAfter  the {@code Retry-After} delay, when the server sent one
 */
public record FetchResult(String url, int status, String contentType, byte[] body, Validators validators,
                          Optional<Duration> retryAfter) {

    public boolean ok() {
        return status >= 200 && status < 300;
    }

    public boolean notModified() {
        return status == 304;
    }

    /** 429 and 503: the server asks to come back later, maybe saying when. */
    public boolean throttled() {
        return status == 429 || status == 503;
    }
}
