package dev.newsflow.core.event;

import dev.newsflow.core.id.ContentHash;
import dev.newsflow.core.text.Excerpt;
import java.time.Instant;
import java.util.Arrays;

/**
 * A record one stage could not process: the event on {@code news.dlq.v1}. It keeps the original bytes,
 * so an operator can inspect it and replay it after a fix; nothing is dropped silently.
 *
 * <p>Every dead letter fits its topic ({@link RecordSizes#DEAD_LETTER_MAX_MESSAGE_BYTES}), however it is
 * built: the constructor bounds each field. An original (key and payload together) of up to
 * {@link #MAX_WHOLE_BYTES}, so any record of the raw or enriched topic, is kept whole. A larger one
 * (ingest reads files of any size) keeps its first {@link #CUT_PREFIX_BYTES} of payload and of key,
 * and says so: {@code payloadTruncated}, the payload's length and SHA-256. Texts are cut to a few
 * hundred characters and their control characters escaped (see {@link Excerpt}).
 *
 * @param schema           always {@link #SCHEMA}
 * @param stage            the failing stage: {@code ingest}, {@code enrich} or {@code sink}
 * @param errorClass       the error's class (a Java exception class or a newsflow error code)
 * @param errorMessage     a one-line human-readable reason
 * @param source           where the failing record came from
 * @param articleId        the article id, when it was known
 * @param key              the original record key, unchanged (base64 in JSON); null when there was none
 * @param payload          the original record value or file bytes, unchanged (base64 in JSON); only its
 *                         first bytes when {@code payloadTruncated}
 * @param attempt          how many times the stage has tried this record (1 for the first failure)
 * @param time             when the record was dead-lettered
 * @param payloadTruncated whether {@code payload} (and a key over {@link #CUT_PREFIX_BYTES}) holds only the
 *                         first bytes of the original
 * @param payloadLength    the original payload's length in bytes when it was cut; else null
 * @param payloadSha256    SHA-256 (hex) of the original payload when it was cut; else null
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
        Instant time,
        boolean payloadTruncated,
        Long payloadLength,
        String payloadSha256) {

    public static final String SCHEMA = "newsflow.deadletter/1";

    /** The largest original (key plus payload) kept whole: any record of the raw or enriched topic. */
    public static final int MAX_WHOLE_BYTES = RecordSizes.MAX_MESSAGE_BYTES;

    /**
     * How much of a larger original is kept: enough to see what the input was (its first lines, a
     * header, the start of a page) at a fraction of the size.
     */
    public static final int CUT_PREFIX_BYTES = 64 * 1024;

    /** The longest reason: a sentence and a short excerpt of the input, never the input itself. */
    public static final int MAX_MESSAGE_CHARS = 500;

    /** The longest error class or article id (a class name, a newsflow code, 20 hex digits). */
    public static final int MAX_NAME_CHARS = 200;

    public DeadLetter {
        errorClass = Excerpt.of(errorClass, MAX_NAME_CHARS);
        errorMessage = Excerpt.of(errorMessage, MAX_MESSAGE_CHARS);
        articleId = Excerpt.of(articleId, MAX_NAME_CHARS);
        if (!payloadTruncated && length(key) + length(payload) > MAX_WHOLE_BYTES) {
            payloadTruncated = true;
            payloadLength = (long) length(payload);
            payloadSha256 = payload == null ? null : ContentHash.sha256Hex(payload);
        }
        if (payloadTruncated) {
            payload = prefix(payload);
            key = prefix(key);
        } else {
            payloadLength = null;
            payloadSha256 = null;
        }
    }

    /** A first-attempt dead letter of {@code stage}, stamped now; an original too large is cut (see the class comment). */
    public static DeadLetter of(Stage stage, String errorClass, String errorMessage, Source source,
                                String articleId, byte[] key, byte[] payload, Instant time) {
        return new DeadLetter(SCHEMA, stage.wireName(), errorClass, errorMessage, source, articleId, key, payload, 1, time,
                false, null, null);
    }

    /**
     * A first-attempt dead letter of an input too large to read whole: what is known of it is its first
     * bytes, its length and its SHA-256 (computed while streaming it).
     */
    public static DeadLetter ofCutInput(Stage stage, String errorClass, String errorMessage, Source source,
                                        byte[] firstBytes, long length, String sha256, Instant time) {
        return new DeadLetter(SCHEMA, stage.wireName(), errorClass, errorMessage, source, null, null, firstBytes, 1, time,
                true, length, sha256);
    }

    /**
     * A one-line reason for {@code error}: its first non-empty message line, looking through
     * wrapping exceptions that carry none, else its class name; escaped and cut as a dead letter's
     * reason is. Dead letters and CLI errors use it.
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
        String line = message.lines().map(String::strip).filter(text -> !text.isEmpty()).findFirst().orElse("");
        return Excerpt.of(line, MAX_MESSAGE_CHARS);
    }

    private static int length(byte[] bytes) {
        return bytes == null ? 0 : bytes.length;
    }

    private static byte[] prefix(byte[] bytes) {
        return bytes == null || bytes.length <= CUT_PREFIX_BYTES ? bytes : Arrays.copyOf(bytes, CUT_PREFIX_BYTES);
    }

    /**
     * Where the failing record came from: a Kafka position, or for ingest the input file or URL.
     * The input is kept exactly (replay reads the file again), up to {@link #MAX_INPUT_CHARS}.
     *
     * @param sourceId for a polled feed, the id of its source in the configuration (a replay reads the
     *                 bytes again as that feed); null for anything else
     */
    public record Source(String topic, Integer partition, Long offset, String input, String sourceId) {

        /** Longer than any path a file system opens (Linux: 4096 bytes) or any sane URL. */
        public static final int MAX_INPUT_CHARS = 4096;

        public Source {
            topic = Excerpt.of(topic, MAX_NAME_CHARS);
            sourceId = Excerpt.of(sourceId, MAX_NAME_CHARS);
            if (input != null && input.length() > MAX_INPUT_CHARS) {
                int end = MAX_INPUT_CHARS - 1;
                end = Character.isHighSurrogate(input.charAt(end - 1)) ? end - 1 : end;
                input = input.substring(0, end) + "…";
            }
        }

        public static Source kafka(String topic, int partition, long offset) {
            return new Source(topic, partition, offset, null, null);
        }

        public static Source input(String input) {
            return new Source(null, null, null, input, null);
        }

        /** A feed polled as the source {@code sourceId}, fetched from {@code url}. */
        public static Source feed(String url, String sourceId) {
            return new Source(null, null, null, url, sourceId);
        }
    }
}
