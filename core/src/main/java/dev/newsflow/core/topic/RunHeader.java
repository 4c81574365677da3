package dev.newsflow.core.topic;

import java.nio.charset.StandardCharsets;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.header.Headers;

/**
 * The Kafka header that ties every event to the ingest run that published it. Kafka Streams passes
 * headers on from input to output, so enriched events and dead letters carry the run of their raw
 * event; {@code newsflow run --once} counts this run's outcomes by it.
 */
public final class RunHeader {

    public static final String NAME = "newsflow.run";

    private RunHeader() {}

    public static void set(Headers headers, String runId) {
        headers.remove(NAME);
        headers.add(NAME, runId.getBytes(StandardCharsets.UTF_8));
    }

    /** The run id in {@code headers}, or null when the event carries none. */
    public static String get(Headers headers) {
        Header header = headers.lastHeader(NAME);
        return header == null || header.value() == null ? null : new String(header.value(), StandardCharsets.UTF_8);
    }
}
