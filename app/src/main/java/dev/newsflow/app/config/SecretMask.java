package dev.newsflow.app.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Hides secrets in configuration that is shown (printed, logged): any key whose name says password,
 * secret or token, and the Kafka client settings that carry credentials ({@code ssl.key.password},
 * {@code sasl.jaas.config}, …).
 */
final class SecretMask {

    static final String MASK = "****";
    private static final List<String> SECRET_WORDS = List.of("password", "secret", "token", "sasl.jaas.config", "credentials");

    private SecretMask() {}

    static boolean isSecret(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        return SECRET_WORDS.stream().anyMatch(lower::contains);
    }

    /** A copy of {@code tree} with every set secret replaced by {@value #MASK}. */
    static JsonNode masked(JsonNode tree) {
        JsonNode copy = tree.deepCopy();
        mask(copy);
        return copy;
    }

    private static void mask(JsonNode node) {
        if (!(node instanceof ObjectNode object)) {
            node.forEach(SecretMask::mask);
            return;
        }
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        for (String name : names) {
            JsonNode value = object.get(name);
            if (isSecret(name) && value.isValueNode() && !value.isNull()) {
                object.set(name, TextNode.valueOf(MASK));
            } else {
                mask(value);
            }
        }
    }
}
