package dev.newsflow.app.config;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The command-line flags a command was given, by the configuration key each one sets
 * ({@code --batch-size 50} is {@code sink.batch-size: 50}). Flags not given are not here, so the
 * file, the environment and the defaults decide those.
 */
public final class ConfigFlags {

    private final Map<String, Object> values = new LinkedHashMap<>();

    /** Records {@code value} under the dotted {@code key}, unless the flag was not given (null or empty). */
    public ConfigFlags set(String key, Object value) {
        boolean given = value != null
                && !(value instanceof Collection<?> collection && collection.isEmpty())
                && !(value instanceof Map<?, ?> map && map.isEmpty());
        if (given) {
            values.put(key, value);
        }
        return this;
    }

    Map<String, Object> values() {
        return Map.copyOf(values);
    }
}
