package dev.newsflow.app.config;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;

/**
 * What the configuration says of one dotted key to whoever documents it, such as a command's help:
 * the environment variable that sets it and its built-in default, from the same rules and the same
 * defaults the loader applies, so that help never states a default the code no longer has.
 */
public final class ConfigKey {

    private static final JsonNode DEFAULTS = ConfigYaml.MAPPER.valueToTree(NewsflowConfig.DEFAULTS);

    private ConfigKey() {}

    /** Whether the configuration has {@code key}. */
    public static boolean exists(String key) {
        return !DEFAULTS.at(pointer(key)).isMissingNode();
    }

    /** {@code NEWSFLOW_SINK_BATCH_SIZE} for {@code sink.batch-size}; null for a key no variable sets. */
    public static String environmentVariable(String key) {
        return EnvironmentOverrides.settable(key) ? EnvironmentOverrides.variable(key) : null;
    }

    /** The built-in value of {@code key} as the configuration file writes it ({@code 200ms}, {@code 8083}); null when there is none. */
    public static String builtInDefault(String key) {
        JsonNode value = DEFAULTS.at(pointer(key));
        if (value.isMissingNode() || value.isNull() || (value.isContainerNode() && value.isEmpty())) {
            return null;
        }
        return value.isTextual() ? value.asText() : value.toString();
    }

    private static String pointer(String key) {
        return "/" + key.replace('.', '/');
    }

    /** A duration as the configuration writes it ({@code 5m}, {@code 200ms}, bare seconds). */
    public static Duration duration(String text) {
        return Quantities.duration(text);
    }
}
