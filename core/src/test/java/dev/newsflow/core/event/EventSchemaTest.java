package dev.newsflow.core.event;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SpecVersion;
import dev.newsflow.core.json.EventSchemas;
import dev.newsflow.core.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** The schema files in docs/schemas describe exactly what {@link Json} writes for the event records. */
class EventSchemaTest {

    static Stream<Arguments> events() {
        return Stream.of(
                Arguments.of("full RawArticle", SampleEvents.fullRaw()),
                Arguments.of("minimal RawArticle", SampleEvents.minimalRaw()),
                Arguments.of("full EnrichedArticle", SampleEvents.fullEnriched()),
                Arguments.of("minimal EnrichedArticle", SampleEvents.minimalEnriched()),
                Arguments.of("full DeadLetter", SampleEvents.fullDeadLetter()),
                Arguments.of("minimal DeadLetter", SampleEvents.minimalDeadLetter()),
                Arguments.of("cut DeadLetter", SampleEvents.cutDeadLetter()));
    }

    static Stream<Arguments> eventTypes() {
        return Stream.of(
                Arguments.of(RawArticle.class, EventSchemas.RAW_ARTICLE, RawArticle.SCHEMA),
                Arguments.of(EnrichedArticle.class, EventSchemas.ENRICHED_ARTICLE, EnrichedArticle.SCHEMA),
                Arguments.of(DeadLetter.class, EventSchemas.DEAD_LETTER, DeadLetter.SCHEMA));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void shouldValidateEventsAsJsonWritesThem(String name, Object event) {
        byte[] json = Json.toBytes(event);

        assertThat(EventSchemas.validate(EventSchemas.schemaFileOf(event.getClass()), json))
                .as("problems of %s: %s", name, new String(json, StandardCharsets.UTF_8))
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("events")
    void shouldValidateEventObjectsAgainstTheSchemaOfTheirType(String name, Object event) {
        assertThat(EventSchemas.validate(event)).as(name).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void shouldBeValidDraft202012Schemas(Class<?> type, String schemaFile, String schemaName) {
        JsonSchema metaSchema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                .getSchema(SchemaLocation.of("https://json-schema.org/draft/2020-12/schema"));

        assertThat(metaSchema.validate(schemaOf(schemaFile))).isEmpty();
    }

    @Test
    void shouldRejectEventWithoutId() {
        assertThat(problemsAfter(SampleEvents.fullRaw(), json -> json.remove("id")))
                .anySatisfy(problem -> assertThat(problem).contains("id"));
    }

    @Test
    void shouldRejectEventOfAnotherSchema() {
        assertThat(problemsAfter(SampleEvents.fullEnriched(), json -> json.put("schema", "newsflow.enriched/2")))
                .anySatisfy(problem -> assertThat(problem).contains("schema"));
    }

    @Test
    void shouldRejectIdThatIsNoArticleId() {
        assertThat(problemsAfter(SampleEvents.fullRaw(), json -> json.put("id", "BEF200B8A0C60B0A"))).isNotEmpty();
    }

    @Test
    void shouldRejectTimestampThatIsNoIsoInstant() {
        assertThat(problemsAfter(SampleEvents.fullRaw(), json -> json.put("fetchedAt", "26.04.2024 08:25")))
                .anySatisfy(problem -> assertThat(problem).contains("fetchedAt"));
    }

    @Test
    void shouldRejectNullWhereTheContractPromisesAValue() {
        assertThat(problemsAfter(SampleEvents.fullEnriched(), json -> json.putNull("text"))).isNotEmpty();
        assertThat(problemsAfter(SampleEvents.fullEnriched(), json -> json.putNull("authors"))).isNotEmpty();
    }

    @Test
    void shouldRejectNestedObjectMissingAField() {
        assertThat(problemsAfter(SampleEvents.fullEnriched(), json -> ((ObjectNode) json.get("leadImage")).remove("url")))
                .anySatisfy(problem -> assertThat(problem).contains("leadImage"));
    }

    @Test
    void shouldRejectLinkKindOutsideItsClosedSet() {
        assertThat(problemsAfter(SampleEvents.fullEnriched(),
                json -> ((ObjectNode) json.get("links").get(0)).put("kind", "sponsored"))).isNotEmpty();
    }

    @Test
    void shouldRejectDeadLetterThatSaysNeitherKafkaPositionNorInput() {
        assertThat(problemsAfter(SampleEvents.fullDeadLetter(),
                json -> json.set("source", Json.mapper().valueToTree(new DeadLetter.Source(null, null, null, null, null)))))
                .isNotEmpty();
    }

    @Test
    void shouldRejectDeadLetterReasonOfMoreThanOneLine() {
        assertThat(problemsAfter(SampleEvents.fullDeadLetter(), json -> json.put("errorMessage", "bad\n\tat Foo.bar")))
                .anySatisfy(problem -> assertThat(problem).contains("errorMessage"));
    }

    @Test
    void shouldAcceptDeadLetterWrittenBeforeTheCutFieldsExisted() {
        assertThat(problemsAfter(SampleEvents.minimalDeadLetter(), json -> {
            json.remove("payloadTruncated");
            json.remove("payloadLength");
            json.remove("payloadSha256");
        })).isEmpty();
    }

    @Test
    void shouldRejectDeadLetterPayloadHashThatIsNoSha256() {
        assertThat(problemsAfter(SampleEvents.cutDeadLetter(), json -> json.put("payloadSha256", "not-a-hash")))
                .anySatisfy(problem -> assertThat(problem).contains("payloadSha256"));
    }

    @Test
    void shouldRejectDeadLetterPayloadThatIsNoBase64() {
        assertThat(problemsAfter(SampleEvents.fullDeadLetter(), json -> json.put("payload", "{\"not\":\"base64\"}")))
                .anySatisfy(problem -> assertThat(problem).contains("payload"));
    }

    @Test
    void shouldAcceptFieldsItDoesNotKnowForAdditiveEvolution() {
        assertThat(problemsAfter(SampleEvents.fullEnriched(), json -> json.put("sentiment", 0.4))).isEmpty();
    }

    @Test
    void shouldGiveOneProblemForBytesThatAreNoJson() {
        assertThat(EventSchemas.validate(EventSchemas.RAW_ARTICLE, "{\"schema\":".getBytes(StandardCharsets.UTF_8)))
                .singleElement().asString().startsWith("not JSON:").doesNotContain("\n");
    }

    @Test
    void shouldRefuseSchemaFileThatDoesNotExist() {
        assertThatThrownBy(() -> EventSchemas.validate("raw-article.v9.json", new byte[0]))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("raw-article.v9.json");
        assertThatThrownBy(() -> EventSchemas.schemaFileOf(String.class)).isInstanceOf(IllegalArgumentException.class);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void shouldPinSchemaFieldToTheRecordsSchemaConstant(Class<?> type, String schemaFile, String schemaName) {
        assertThat(schemaOf(schemaFile).at("/properties/schema/const").asText()).isEqualTo(schemaName);
    }

    /**
     * Records and schemas cannot drift: every record component, in nested records too, is a schema
     * property and the other way round, and every one is required, since {@link Json} writes nulls;
     * except fields added after an event's first release, which carry the {@code default} a reader
     * assumes when an older event lacks them.
     */
    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void shouldDescribeEveryRecordComponentAsARequiredProperty(Class<?> type, String schemaFile, String schemaName) {
        JsonNode root = schemaOf(schemaFile);
        List<String> mismatches = new ArrayList<>();

        compare(type, root, root, type.getSimpleName(), mismatches);

        assertThat(mismatches).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("eventTypes")
    void shouldDescribeEveryProperty(Class<?> type, String schemaFile, String schemaName) {
        List<String> undescribed = new ArrayList<>();
        JsonNode root = schemaOf(schemaFile);
        collectUndescribed(root.get("properties"), "", undescribed);
        root.get("$defs").properties().forEach(def -> {
            if (!def.getValue().has("description")) {
                undescribed.add("$defs/" + def.getKey());
            }
            collectUndescribed(def.getValue().get("properties"), "$defs/" + def.getKey() + "/", undescribed);
        });

        assertThat(undescribed).isEmpty();
    }

    private static List<String> problemsAfter(Object event, Consumer<ObjectNode> change) {
        ObjectNode json = Json.mapper().valueToTree(event);
        change.accept(json);
        return EventSchemas.validate(EventSchemas.schemaFileOf(event.getClass()), Json.toBytes(json));
    }

    private static void compare(Class<?> record, JsonNode schema, JsonNode root, String path, List<String> mismatches) {
        JsonNode properties = schema.path("properties");
        List<String> components = Arrays.stream(record.getRecordComponents()).map(RecordComponent::getName).toList();
        List<String> required = new ArrayList<>();
        schema.path("required").forEach(name -> required.add(name.asText()));
        List<String> described = new ArrayList<>();
        properties.fieldNames().forEachRemaining(described::add);

        if (!described.equals(components)) {
            mismatches.add(path + ": schema properties " + described + " but record components " + components);
        }
        List<String> withoutDefault = components.stream().filter(name -> !properties.path(name).has("default")).toList();
        if (!required.equals(withoutDefault)) {
            mismatches.add(path + ": schema requires " + required + " but Json always writes " + withoutDefault
                    + " (and the fields with a default)");
        }
        for (RecordComponent component : record.getRecordComponents()) {
            Class<?> nested = recordIn(component.getGenericType());
            JsonNode property = properties.get(component.getName());
            if (nested != null && property != null) {
                compare(nested, objectSchema(property, root), root, path + "." + component.getName(), mismatches);
            }
        }
    }

    /** The record a component holds, directly or as list elements; null for anything else. */
    private static Class<?> recordIn(Type type) {
        if (type instanceof Class<?> c && c.isRecord()) {
            return c;
        }
        if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
            return recordIn(p.getActualTypeArguments()[0]);
        }
        return null;
    }

    /** The object schema a property stands for, through {@code $ref}, {@code anyOf} (nullable) and {@code items}. */
    private static JsonNode objectSchema(JsonNode property, JsonNode root) {
        if (property.has("properties")) {
            return property;
        }
        if (property.has("$ref")) {
            return objectSchema(root.at(property.get("$ref").asText().substring(1)), root);
        }
        if (property.has("items")) {
            return objectSchema(property.get("items"), root);
        }
        if (property.has("anyOf")) {
            for (JsonNode branch : property.get("anyOf")) {
                if (!branch.path("type").asText().equals("null")) {
                    return objectSchema(branch, root);
                }
            }
        }
        return property;
    }

    private static void collectUndescribed(JsonNode properties, String prefix, List<String> undescribed) {
        if (properties == null) {
            return;
        }
        properties.properties().forEach(property -> {
            if (!property.getValue().hasNonNull("description")
                    || property.getValue().get("description").asText().isBlank()) {
                undescribed.add(prefix + property.getKey());
            }
        });
    }

    private static JsonNode schemaOf(String schemaFile) {
        try (InputStream in = EventSchemaTest.class.getResourceAsStream(EventSchemas.RESOURCE_DIRECTORY + schemaFile)) {
            assertThat(in).as("schema %s on the classpath", schemaFile).isNotNull();
            return Json.mapper().readTree(in);
        } catch (IOException e) {
            throw new AssertionError("cannot read " + schemaFile, e);
        }
    }
}
