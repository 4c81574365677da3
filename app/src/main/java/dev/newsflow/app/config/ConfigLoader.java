package dev.newsflow.app.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Builds the effective configuration: the built-in defaults, then the YAML file, then environment
 * variables, then command-line flags, each laid over the one before (mappings merge key by key,
 * anything else is replaced). After each value laid on, the whole is checked against
 * {@link NewsflowConfig}, so a mistake is reported with where it came from: the file and key, the
 * variable, or the flag. Unknown keys in the file are errors: a misspelt option never passes silently.
 */
public final class ConfigLoader {

    private static final Logger LOG = LoggerFactory.getLogger(ConfigLoader.class);
    private static final String DEFAULT = "default";
    private static final ObjectMapper STRICT = ConfigYaml.MAPPER.copy()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private ConfigLoader() {}

    /**
     * @param file  the YAML file, or null for none
     * @param env   the environment (a map, so tests need not touch the real one)
     * @param flags the flags the command was given
     */
    public static EffectiveConfig load(Path file, Map<String, String> env, ConfigFlags flags) throws ConfigException {
        ObjectNode tree = ConfigYaml.MAPPER.valueToTree(NewsflowConfig.DEFAULTS);
        JsonNode shape = tree.deepCopy();
        Map<String, String> origins = new TreeMap<>();
        NewsflowConfig config = bind(tree, DEFAULT);

        if (file != null) {
            JsonNode document = ConfigYaml.read(file);
            if (!document.isObject()) {
                throw new ConfigException(file + ": expected a mapping of sections (kafka, ingest, sink, …)");
            }
            config = apply(tree, origins, new Layer.Entry("", document, file.toString()));
        }
        for (String name : EnvironmentOverrides.unknown(env, shape)) {
            LOG.warn("{} is not a newsflow setting and is ignored (settings: NEWSFLOW_<SECTION>_<KEY>, as newsflow config print --origins shows)",
                    name);
        }
        for (Layer.Entry entry : EnvironmentOverrides.from(env, shape).entries()) {
            config = apply(tree, origins, entry);
        }
        for (Map.Entry<String, Object> flag : new TreeMap<>(flags.values()).entrySet()) {
            JsonNode value = ConfigYaml.MAPPER.valueToTree(flag.getValue());
            config = apply(tree, origins, new Layer.Entry(flag.getKey(), value, "flag"));
        }
        return new EffectiveConfig(config, file, tree, origins);
    }

    private static NewsflowConfig apply(ObjectNode tree, Map<String, String> origins, Layer.Entry entry) throws ConfigException {
        ObjectNode parent = tree;
        String[] path = entry.key().isEmpty() ? new String[0] : entry.key().split("\\.");
        for (int i = 0; i < path.length - 1; i++) {
            parent = parent.path(path[i]).isObject() ? (ObjectNode) parent.get(path[i]) : parent.putObject(path[i]);
        }
        if (path.length == 0) {
            merge(tree, entry.value(), "", entry.origin(), origins);
        } else {
            String name = path[path.length - 1];
            if (parent.path(name).isObject() && entry.value().isObject()) {
                merge((ObjectNode) parent.get(name), entry.value(), entry.key() + ".", entry.origin(), origins);
            } else {
                parent.set(name, entry.value());
                record(origins, entry.key(), entry.origin());
            }
        }
        return bind(tree, entry.origin());
    }

    private static void merge(ObjectNode target, JsonNode overlay, String prefix, String origin, Map<String, String> origins) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = overlay.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = prefix + field.getKey();
            JsonNode current = target.get(field.getKey());
            if (current != null && current.isObject() && field.getValue().isObject() && !key.equals("sources")) {
                merge((ObjectNode) current, field.getValue(), key + ".", origin, origins);
            } else if (current != null && current.isObject() && field.getValue().isNull()) {
                // "store:" with nothing under it: the section keeps its defaults.
                continue;
            } else {
                target.set(field.getKey(), field.getValue());
                record(origins, key, origin);
            }
        }
    }

    private static void record(Map<String, String> origins, String key, String origin) {
        origins.keySet().removeIf(known -> known.startsWith(key + "."));
        origins.put(key, origin);
    }

    private static NewsflowConfig bind(JsonNode tree, String origin) throws ConfigException {
        try {
            return STRICT.treeToValue(tree, NewsflowConfig.class);
        } catch (UnrecognizedPropertyException e) {
            String known = e.getKnownPropertyIds() == null ? "" : e.getKnownPropertyIds().stream().map(String::valueOf).sorted()
                    .collect(Collectors.joining(", ", " (known: ", ")"));
            throw new ConfigException(origin + ": unknown key '" + key(e.getPath()) + "'" + known, e);
        } catch (JsonMappingException e) {
            throw new ConfigException(origin + ": " + key(e.getPath()) + ": "
                    + e.getOriginalMessage().lines().findFirst().orElse(""), e);
        } catch (JsonProcessingException e) {
            throw new ConfigException(origin + ": " + e.getOriginalMessage(), e);
        }
    }

    private static String key(List<JsonMappingException.Reference> path) {
        StringBuilder key = new StringBuilder();
        for (JsonMappingException.Reference reference : path) {
            if (reference.getFieldName() != null) {
                key.append(key.length() == 0 ? "" : ".").append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                key.append('[').append(reference.getIndex()).append(']');
            }
        }
        return key.toString();
    }
}
