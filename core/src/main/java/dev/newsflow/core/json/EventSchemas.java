package dev.newsflow.core.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.PathType;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.newsflow.core.event.DeadLetter;
import dev.newsflow.core.event.EnrichedArticle;
import dev.newsflow.core.event.RawArticle;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The JSON Schemas of newsflow's events (docs/schemas, shipped in this jar under
 * {@value #RESOURCE_DIRECTORY}) and a validator for them: for the tests of every module, and for
 * checking events by hand. Thread-safe.
 */
public final class EventSchemas {

    /** The classpath directory of the schema files. */
    public static final String RESOURCE_DIRECTORY = "/dev/newsflow/core/schemas/";

    public static final String RAW_ARTICLE = "raw-article.v1.json";
    public static final String ENRICHED_ARTICLE = "enriched-article.v1.json";
    public static final String DEAD_LETTER = "dead-letter.v1.json";

    private static final Map<Class<?>, String> FILE_BY_EVENT = Map.of(
            RawArticle.class, RAW_ARTICLE,
            EnrichedArticle.class, ENRICHED_ARTICLE,
            DeadLetter.class, DEAD_LETTER);

    private static final JsonSchemaFactory FACTORY = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012);

    // Draft 2020-12 makes `format` an annotation only; assert it, so that a malformed timestamp is a
    // problem. Problems name the field as a JSON path (`$.source.topic`, and `$` for the whole event),
    // in English whatever the machine's locale.
    private static final SchemaValidatorsConfig CONFIG = SchemaValidatorsConfig.builder()
            .formatAssertionsEnabled(true)
            .pathType(PathType.JSON_PATH)
            .locale(Locale.ENGLISH)
            .build();

    private static final Map<String, JsonSchema> SCHEMAS = new ConcurrentHashMap<>();

    private EventSchemas() {}

    /** The schema file of an event type, e.g. {@value #ENRICHED_ARTICLE} for {@link EnrichedArticle}. */
    public static String schemaFileOf(Class<?> eventType) {
        String file = FILE_BY_EVENT.get(eventType);
        if (file == null) {
            throw new IllegalArgumentException("not a newsflow event type: " + eventType.getName());
        }
        return file;
    }

    /**
     * The problems of {@code json} against the schema {@code schemaFile} (e.g. {@value #RAW_ARTICLE}),
     * one line each, starting with the JSON path of the field (e.g. {@code $.language.tag: null found,
     * string expected}); empty when the JSON is valid. Bytes that are no JSON at all give one problem.
     *
     * @throws IllegalArgumentException if there is no schema file of that name
     */
    public static List<String> validate(String schemaFile, byte[] json) {
        JsonSchema schema = SCHEMAS.computeIfAbsent(schemaFile, EventSchemas::load);
        JsonNode document;
        try {
            document = Json.mapper().readTree(json);
        } catch (JsonProcessingException e) {
            return List.of("not JSON: " + e.getOriginalMessage().lines().findFirst().orElse("").strip());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (document == null || document.isMissingNode()) {
            return List.of("no JSON document: the input is empty");
        }
        return schema.validate(document).stream().map(ValidationMessage::getMessage).toList();
    }

    /** Serialises {@code event} with {@link Json} and validates it against its type's schema. */
    public static List<String> validate(Object event) {
        return validate(schemaFileOf(event.getClass()), Json.toBytes(event));
    }

    private static JsonSchema load(String schemaFile) {
        try (InputStream in = EventSchemas.class.getResourceAsStream(RESOURCE_DIRECTORY + schemaFile)) {
            if (in == null) {
                throw new IllegalArgumentException("no event schema " + schemaFile + " in " + RESOURCE_DIRECTORY);
            }
            JsonSchema schema = FACTORY.getSchema(in, CONFIG);
            schema.initializeValidators();
            return schema;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read event schema " + schemaFile, e);
        }
    }
}
