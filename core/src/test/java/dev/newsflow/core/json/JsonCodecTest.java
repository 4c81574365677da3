package dev.newsflow.core.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.newsflow.core.event.DeadLetter;
import dev.newsflow.core.event.EnrichedArticle;
import dev.newsflow.core.event.RawArticle;
import dev.newsflow.core.event.SampleEvents;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.stream.Stream;
import org.apache.kafka.common.errors.SerializationException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class JsonCodecTest {

    static Stream<Arguments> recordEvents() {
        return Stream.of(
                Arguments.of("full RawArticle", SampleEvents.fullRaw()),
                Arguments.of("minimal RawArticle", SampleEvents.minimalRaw()),
                Arguments.of("full EnrichedArticle", SampleEvents.fullEnriched()),
                Arguments.of("minimal EnrichedArticle", SampleEvents.minimalEnriched()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("recordEvents")
    void shouldReadBackWhatItWrites(String name, Object event) {
        assertThat(Json.fromBytes(Json.toBytes(event), event.getClass())).isEqualTo(event);
    }

    @Test
    void shouldReadBackDeadLetterWithItsOriginalBytes() {
        // A record's equals compares byte[] by identity, so compare field by field.
        for (DeadLetter letter : new DeadLetter[] {SampleEvents.fullDeadLetter(), SampleEvents.minimalDeadLetter()}) {
            DeadLetter read = Json.fromBytes(Json.toBytes(letter), DeadLetter.class);

            assertThat(read).usingRecursiveComparison().isEqualTo(letter);
            assertThat(read.payload()).containsExactly(letter.payload());
        }
    }

    @Test
    void shouldWriteInstantsAsInstantToStringDoes() {
        JsonNode json = written(SampleEvents.fullEnriched());

        assertThat(json.get("publishedAt").asText()).isEqualTo("2024-04-26T08:25:56.585Z");
        assertThat(json.get("feedTimestamp").asText()).isEqualTo(SampleEvents.FEED_TIMESTAMP.toString());
        assertThat(written(SampleEvents.minimalDeadLetter()).get("time").asText())
                .isEqualTo("1970-01-01T00:00:00Z");
    }

    @Test
    void shouldWriteBytesAsBase64() {
        DeadLetter letter = SampleEvents.minimalDeadLetter();

        JsonNode json = written(letter);

        assertThat(json.get("payload").asText()).isEqualTo(Base64.getEncoder().encodeToString(letter.payload()));
        assertThat(json.get("key").isNull()).isTrue();
    }

    @Test
    void shouldWriteNullsRatherThanLeaveFieldsOut() {
        JsonNode json = written(SampleEvents.minimalEnriched());

        assertThat(json.has("canonicalUrl")).isTrue();
        assertThat(json.get("canonicalUrl").isNull()).isTrue();
        assertThat(json.get("leadImage").isNull()).isTrue();
        assertThat(json.get("authors").isArray()).isTrue();
    }

    @Test
    void shouldWriteOneLineEvenWhenTextHasNewlines() {
        assertThat(Json.toLine(SampleEvents.fullEnriched())).doesNotContain("\n").contains("\\n\\n");
    }

    @Test
    void shouldIgnoreFieldsItDoesNotKnow() {
        RawArticle raw = SampleEvents.fullRaw();
        ObjectNode json = Json.mapper().valueToTree(raw);
        json.put("addedInALaterRelease", "x");
        ((ObjectNode) json.get("source")).putObject("nestedAddition").put("y", 1);

        assertThat(Json.fromBytes(Json.toBytes(json), RawArticle.class)).isEqualTo(raw);
    }

    @Test
    void shouldFillAbsentListsWithEmptyOnes() {
        byte[] json = "{\"schema\":\"newsflow.enriched/1\",\"id\":\"0123456789abcdef0123\"}".getBytes(StandardCharsets.UTF_8);

        EnrichedArticle read = Json.fromBytes(json, EnrichedArticle.class);

        assertThat(read.authors()).isEmpty();
        assertThat(read.provenance()).isEmpty();
    }

    @Test
    void shouldReportMalformedPayloadInOneLine() {
        byte[] truncated = "{\"schema\":\"newsflow.raw/1\",\n\"id\":".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Json.fromBytes(truncated, RawArticle.class))
                .isInstanceOf(JsonDecodingException.class)
                .hasMessageStartingWith("not a valid RawArticle JSON event: ")
                .hasMessageNotContaining("\n");
    }

    @Test
    void shouldReportWrongTypeInOneLine() {
        byte[] wrongType = "{\"revision\":\"first\"}".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> Json.fromBytes(wrongType, RawArticle.class))
                .isInstanceOf(JsonDecodingException.class)
                .hasMessageNotContaining("\n");
    }

    @Test
    void serdeShouldRoundTripAndPassNullsThrough() {
        JsonSerde<EnrichedArticle> serde = JsonSerde.of(EnrichedArticle.class);
        EnrichedArticle article = SampleEvents.fullEnriched();

        assertThat(serde.deserializer().deserialize("news.enriched.v1", serde.serializer().serialize("news.enriched.v1", article)))
                .isEqualTo(article);
        assertThat(serde.serializer().serialize("news.enriched.v1", null)).isNull();
        assertThat(serde.deserializer().deserialize("news.enriched.v1", null)).isNull();
    }

    @Test
    void serdeShouldWrapMalformedPayloadInKafkasSerializationException() {
        JsonSerde<RawArticle> serde = JsonSerde.of(RawArticle.class);
        byte[] notJson = "<html>".getBytes(StandardCharsets.UTF_8);

        assertThatThrownBy(() -> serde.deserializer().deserialize("news.raw.v1", notJson))
                .isInstanceOf(SerializationException.class)
                .hasCauseInstanceOf(JsonDecodingException.class)
                .hasMessageStartingWith("not a valid RawArticle JSON event: ")
                .hasMessageNotContaining("\n");
    }

    /** The JSON tree of the bytes {@link Json} writes for {@code event}. */
    private static JsonNode written(Object event) {
        try {
            return Json.mapper().readTree(Json.toBytes(event));
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
