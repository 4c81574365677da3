package dev.newsflow.ingest.poll;

import dev.newsflow.ingest.seen.PublishReport;
import java.time.Duration;
import java.util.Optional;

/**
 * What one poll of one source came to.
 *
 * @param sourceId   the source
 * @param kind       how it went
 * @param report     what was published (empty unless {@link Kind#FETCHED})
 * @param retryAfter the server's {@code Retry-After}, if it sent one
 * @param error      a one-line reason naming the source, for failures
 */
public record PollOutcome(String sourceId, Kind kind, PublishReport report, Optional<Duration> retryAfter, String error) {

    public enum Kind {
        /** Fetched and parsed; new and changed items were published. */
        FETCHED,
        /** 304: nothing changed since the last poll. */
        NOT_MODIFIED,
        /** 429 / 503: the server asked to come back later. */
        THROTTLED,
        /** Fetched but unparseable: dead-lettered with its bytes. */
        DEAD_LETTERED,
        /** Refused, timed out, too large, HTTP error, or publishing failed. */
        FAILED
    }

    public boolean failed() {
        return kind != Kind.FETCHED && kind != Kind.NOT_MODIFIED;
    }
}
