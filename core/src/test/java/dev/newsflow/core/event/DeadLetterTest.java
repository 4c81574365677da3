package dev.newsflow.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.core.id.ContentHash;
import dev.newsflow.core.json.Json;
import dev.newsflow.core.topic.Topics;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/** A dead letter always fits its topic, whoever builds it and however large the original was. */
class DeadLetterTest {

    private static final Instant TIME = Instant.parse("2026-01-31T10:00:00Z");

    private static byte[] bytes(int length, char fill) {
        byte[] bytes = new byte[length];
        Arrays.fill(bytes, (byte) fill);
        return bytes;
    }

    @Test
    void shouldKeepAnyRecordOfTheRawTopicWhole() {
        byte[] key = "0123456789abcdef0123".getBytes(StandardCharsets.UTF_8);
        byte[] value = bytes(RecordSizes.MAX_MESSAGE_BYTES - key.length, 'v');

        DeadLetter letter = DeadLetter.of(Stage.ENRICH, "Boom", "failed", DeadLetter.Source.kafka(Topics.RAW.name(), 0, 7),
                "0123456789abcdef0123", key, value, TIME);

        assertThat(letter.payloadTruncated()).isFalse();
        assertThat(letter.payload()).isSameAs(value);
        assertThat(letter.key()).isSameAs(key);
        assertThat(letter.payloadLength()).isNull();
        assertThat(letter.payloadSha256()).isNull();
    }

    @Test
    void shouldCutAnOriginalTooLargeForTheTopicAndSayWhatItWas() {
        byte[] file = bytes(20_000_000, 'x');

        DeadLetter letter = DeadLetter.of(Stage.INGEST, "MalformedItem", "line 1 is not <!--EPOCH_MILLIS-->",
                DeadLetter.Source.input("items/big.txt"), null, null, file, TIME);

        assertThat(letter.payloadTruncated()).isTrue();
        assertThat(letter.payload()).isEqualTo(Arrays.copyOf(file, DeadLetter.CUT_PREFIX_BYTES));
        assertThat(letter.payloadLength()).isEqualTo(20_000_000L);
        assertThat(letter.payloadSha256()).isEqualTo(ContentHash.sha256Hex(file));
        assertThat(Json.toBytes(letter).length).isLessThan(100 * 1024);
    }

    @Test
    void shouldFitTheDeadLetterTopicWithTheLargestOriginalAndHostileTexts() {
        // The worst a stage can hand over: a whole original at the limit, and texts far too long,
        // made of characters that JSON escapes as six bytes each.
        String hostile = "\u0001".repeat(1_000_000);
        DeadLetter letter = new DeadLetter(DeadLetter.SCHEMA, "sink", hostile, hostile,
                new DeadLetter.Source(hostile, 0, 0L, hostile, hostile), hostile,
                bytes(RecordSizes.MAX_MESSAGE_BYTES / 2, 'k'), bytes(RecordSizes.MAX_MESSAGE_BYTES / 2, 'v'), 1, TIME, false, null, null);

        int size = Json.toBytes(letter).length;

        assertThat(letter.payloadTruncated()).isFalse();
        // The record key and headers a dead letter is sent with need room too (see Topics).
        assertThat(size).isLessThan(RecordSizes.DEAD_LETTER_MAX_MESSAGE_BYTES - 2 * 1024 * 1024);
    }

    @Test
    void shouldCutAKeyTooLargeTogetherWithThePayload() {
        DeadLetter letter = DeadLetter.of(Stage.SINK, "Boom", "failed", DeadLetter.Source.kafka(Topics.ENRICHED.name(), 1, 2),
                null, bytes(RecordSizes.MAX_MESSAGE_BYTES, 'k'), bytes(10, 'v'), TIME);

        assertThat(letter.payloadTruncated()).isTrue();
        assertThat(letter.key()).hasSize(DeadLetter.CUT_PREFIX_BYTES);
        assertThat(letter.payload()).hasSize(10);
        assertThat(letter.payloadLength()).isEqualTo(10L);
    }

    @Test
    void shouldReadBackACutDeadLetterUnchanged() {
        DeadLetter cut = DeadLetter.ofCutInput(Stage.INGEST, "InputTooLarge", "file is too large",
                DeadLetter.Source.input("items/huge.txt"), bytes(DeadLetter.CUT_PREFIX_BYTES * 2, 'h'), 3_221_225_472L,
                ContentHash.sha256Hex(new byte[0]), TIME);

        DeadLetter read = Json.fromBytes(Json.toBytes(cut), DeadLetter.class);

        assertThat(cut.payload()).hasSize(DeadLetter.CUT_PREFIX_BYTES);
        assertThat(read.payloadTruncated()).isTrue();
        assertThat(read.payload()).isEqualTo(cut.payload());
        assertThat(read.payloadLength()).isEqualTo(3_221_225_472L);
        assertThat(read.payloadSha256()).isEqualTo(cut.payloadSha256());
        assertThat(read.errorMessage()).isEqualTo(cut.errorMessage());
    }

    @Test
    void shouldReadADeadLetterWrittenBeforeTheCutFieldsAsWhole() {
        String older = """
                {"schema":"newsflow.deadletter/1","stage":"ingest","errorClass":"MalformedItem","errorMessage":"file is empty",
                 "source":{"topic":null,"partition":null,"offset":null,"input":"items/a.txt"},"articleId":null,"key":null,
                 "payload":"","attempt":1,"time":"2026-01-31T10:00:00Z"}""";

        DeadLetter read = Json.fromBytes(older.getBytes(StandardCharsets.UTF_8), DeadLetter.class);

        assertThat(read.payloadTruncated()).isFalse();
        assertThat(read.payloadLength()).isNull();
        assertThat(read.payload()).isEmpty();
    }

    @Test
    void shouldEscapeControlCharactersAndBoundTheReason() {
        DeadLetter letter = DeadLetter.of(Stage.INGEST, "MalformedItem", "found \"\u001B[2J\u001B[31mroot:x:0:0\"\n" + "x".repeat(10_000),
                DeadLetter.Source.input("items/a.txt"), null, null, new byte[0], TIME);

        assertThat(letter.errorMessage()).doesNotContain("\u001B", "\n").contains("\\u001B[2J").endsWith("…")
                .hasSizeLessThanOrEqualTo(DeadLetter.MAX_MESSAGE_CHARS);
    }
}
