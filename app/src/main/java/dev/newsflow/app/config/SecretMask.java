package dev.newsflow.app.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Hides secrets in configuration that is shown (printed, logged): any key whose name says password,
 * secret or token, the Kafka client settings that carry credentials ({@code ssl.key.password},
 * {@code sasl.jaas.config}, …), and a password written inside a value such as a JDBC URL.
 */
public final class SecretMask {

    static final String MASK = "****";
    /** A password inside a value: a JDBC URL's {@code password=…} parameter, or JAAS's {@code password="…"}. */
    private static final Pattern INLINE_PASSWORD = Pattern.compile("(?i)(password=)(\"[^\"]*\"|[^&;\\s]*?(?=[&;\\s]|:\\s|:?$))");
    private static final List<String> SECRET_WORDS = List.of("password", "secret", "token", "sasl.jaas.config", "credentials");

    private SecretMask() {}

    static boolean isSecret(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        return SECRET_WORDS.stream().anyMatch(lower::contains);
    }

    /** {@code text} with any inline password (e.g. of a JDBC URL in an error message) replaced by {@value #MASK}. */
    public static String inText(String text) {
        return text == null ? null : INLINE_PASSWORD.matcher(text).replaceAll("$1" + MASK);
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
            } else if (value.isTextual()) {
                object.set(name, TextNode.valueOf(inText(value.asText())));
            } else {
                mask(value);
            }
        }
    }
}
