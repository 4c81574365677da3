package dev.newsflow.app.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Configuration from environment variables: {@code NEWSFLOW_<SECTION>_<KEY>}, the key's dots and
 * dashes as underscores ({@code sink.store.password} is {@code NEWSFLOW_SINK_STORE_PASSWORD}). Only
 * the names of known keys are looked up, so {@code NEWSFLOW_JAVA_OPTS} and the like are left alone.
 * Lists are comma-separated. Kafka client settings are {@code NEWSFLOW_KAFKA_PROPERTIES_<NAME>} with
 * the setting's dots as underscores ({@code NEWSFLOW_KAFKA_PROPERTIES_SASL_JAAS_CONFIG} is
 * {@code sasl.jaas.config}); Kafka's own setting names hold no underscores, so this is unambiguous.
 */
final class EnvironmentOverrides {

    static final String PREFIX = "NEWSFLOW_";
    static final String KAFKA_PROPERTIES = PREFIX + "KAFKA_PROPERTIES_";
    /** newsflow's variables that are not configuration keys: they name the file, or stay out of it on purpose. */
    private static final Set<String> OTHER_VARIABLES = Set.of("NEWSFLOW_CONFIG", "NEWSFLOW_PUSH_TOKEN", "NEWSFLOW_JAVA_OPTS");
    /** Keys whose values are a mapping or list of their own, not one setting: no single variable can hold them. */
    private static final Set<String> NOT_FROM_ENVIRONMENT = Set.of("kafka.properties", "sources");

    private EnvironmentOverrides() {}

    /** The variable that sets {@code key}. */
    static String variable(String key) {
        return PREFIX + key.replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT);
    }

    /** Whether one variable can set {@code key}: not a mapping or list of its own. */
    static boolean settable(String key) {
        return !NOT_FROM_ENVIRONMENT.contains(key);
    }

    /**
     * The overlay the environment gives, one {@link Layer.Entry} per variable found. {@code shape}
     * (the defaults) says which keys exist and which of them are lists.
     */
    static Layer from(Map<String, String> env, JsonNode shape) {
        Layer layer = new Layer();
        collect(env, shape, "", layer);
        new TreeMap<>(env).forEach((name, value) -> {
            if (name.startsWith(KAFKA_PROPERTIES) && name.length() > KAFKA_PROPERTIES.length()) {
                String setting = name.substring(KAFKA_PROPERTIES.length()).toLowerCase(Locale.ROOT).replace('_', '.');
                ObjectNode properties = ConfigYaml.MAPPER.createObjectNode().put(setting, value);
                layer.add("kafka.properties", properties, "env " + name);
            }
        });
        return layer;
    }

    /**
     * The {@code NEWSFLOW_} variables that set nothing, e.g. a misspelt {@code NEWSFLOW_SINK_BACTH_SIZE}:
     * worth a warning, not an error, since the environment is shared with other programs.
     */
    static List<String> unknown(Map<String, String> env, JsonNode shape) {
        Set<String> known = new HashSet<>(OTHER_VARIABLES);
        collectNames(shape, "", known);
        return env.keySet().stream()
                .filter(name -> name.startsWith(PREFIX) && !name.startsWith(KAFKA_PROPERTIES) && !known.contains(name))
                .sorted()
                .toList();
    }

    private static void collectNames(JsonNode shape, String prefix, Set<String> names) {
        shape.fields().forEachRemaining(field -> {
            String key = prefix + field.getKey();
            if (field.getValue().isObject() && !NOT_FROM_ENVIRONMENT.contains(key)) {
                collectNames(field.getValue(), key + ".", names);
            } else if (!NOT_FROM_ENVIRONMENT.contains(key)) {
                names.add(variable(key));
            }
        });
    }

    private static void collect(Map<String, String> env, JsonNode shape, String prefix, Layer layer) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = shape.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = prefix + field.getKey();
            if (NOT_FROM_ENVIRONMENT.contains(key)) {
                continue;
            }
            if (field.getValue().isObject()) {
                collect(env, field.getValue(), key + ".", layer);
                continue;
            }
            String name = variable(key);
            String value = env.get(name);
            if (value != null) {
                layer.add(key, field.getValue().isArray() ? list(value) : TextNode.valueOf(value), "env " + name);
            }
        }
    }

    private static ArrayNode list(String value) {
        ArrayNode list = ConfigYaml.MAPPER.createArrayNode();
        Arrays.stream(value.split(",")).map(String::strip).filter(item -> !item.isEmpty()).forEach(list::add);
        return list;
    }
}
