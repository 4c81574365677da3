package dev.newsflow.core.event;

import java.time.Instant;

/**
 * A record one stage could not process: the event on {@code news.dlq.v1}. It keeps the original bytes,
 * so an operator can inspect it and replay it after a fix; nothing is dropped silently.
 *
 * @param schema       always {@link #SCHEMA}
 * @param stage        the failing stage: {@code ingest}, {@code enrich} or {@code sink}
 * @param errorClass   the error's class (a Java exception class or a newsflow error code)
 * @param errorMessage a one-line human-readable reason
 * @param source       where the failing record came from
 * @param articleId    the article id, when it was known
 * @param key          the original record key, unchanged (base64 in JSON); null when there was none
 * @param payload      the original record value or file bytes, unchanged (base64 in JSON)
 * @param attempt      how many times the stage has tried this record (1 for the first failure)
 * @param time         when the record was dead-lettered
 */
public record DeadLetter(
        String schema,
        String stage,
        String errorClass,
        String errorMessage,
        Source source,
        String articleId,
        byte[] key,
        byte[] payload,
        int attempt,
        Instant time) {

    public static final String SCHEMA = "newsflow.deadletter/1";

    /** A first-attempt dead letter of {@code stage}, stamped now. */
    public static DeadLetter of(Stage stage, String errorClass, String errorMessage, Source source,
                                String articleId, byte[] key, byte[] payload, Instant time) {
        return new DeadLetter(SCHEMA, stage.wireName(), errorClass, errorMessage, source, articleId, key, payload, 1, time);
    }

    /**
     * A one-line reason for {@code error}: its first non-empty message line, looking through
     * wrapping exceptions that carry none, else its class name. Dead letters and CLI errors use it.
     */
    public static String reasonOf(Throwable error) {
        Throwable cause = error;
        while ((cause.getMessage() == null || cause.getMessage().isBlank()) && cause.getCause() != null) {
            cause = cause.getCause();
        }
        String message = cause.getMessage();
        if (message == null || message.isBlank()) {
            return cause.getClass().getSimpleName();
        }
        return message.lines().map(String::strip).filter(line -> !line.isEmpty()).findFirst().orElse("");
    }

    /**
     * Where the failing record came from: a Kafka position, or for ingest the input file or URL.
     */
    public record Source(String topic, Integer partition, Long offset, String input) {

        public static Source kafka(String topic, int partition, long offset) {
            return new Source(topic, partition, offset, null);
        }

        public static Source input(String input) {
            return new Source(null, null, null, input);
        }
    }
}
