package dev.newsflow.core.json;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;

/**
 * Escapes can name what Unicode cannot: a surrogate without its other half, a JSON {@code "\\uD800"}
 * or an HTML or XML {@code &#xD800;} (which Jsoup keeps as the lone surrogate, where the HTML
 * standard reads U+FFFD). No UTF-8 encodes it, and every stage then treated it its own way: the
 * SQLite driver stored {@code ?}, Jackson wrote {@code \\uD800} back out to {@code /status.json}. So
 * every text from outside is repaired as soon as it is read (pushed articles, feed items of every
 * format, pages and their JSON-LD): each unpaired surrogate becomes U+FFFD, as the HTML standard
 * and the web platform's strings ({@code USVString}) have it; nothing else changes, and the stream
 * goes on. Raw articles so repaired carry the feed flag {@value #FLAG}.
 */
public final class UnpairedSurrogates {

    /** Feed-field flag of a raw article whose text held unpaired surrogates, replaced by U+FFFD. */
    public static final String FLAG = "unpaired-surrogate-replaced";

    private static final char REPLACEMENT = '\uFFFD';

    private UnpairedSurrogates() {}

    /** The text with each unpaired surrogate replaced by U+FFFD; the same instance when it has none. */
    public static String replaced(String text) {
        int first = firstUnpaired(text);
        if (first < 0) {
            return text;
        }
        char[] chars = text.toCharArray();
        for (int i = first; i < chars.length; i++) {
            char c = chars[i];
            if (Character.isHighSurrogate(c) && i + 1 < chars.length && Character.isLowSurrogate(chars[i + 1])) {
                i++;
            } else if (Character.isSurrogate(c)) {
                chars[i] = REPLACEMENT;
            }
        }
        return new String(chars);
    }

    /**
     * Replaces, in place, the unpaired surrogates of every string value in the tree (field names,
     * which no article field takes its value from, stay). Iterative, for trees of any depth.
     *
     * @return how many string values changed; 0 when the tree was sound
     */
    public static int repair(JsonNode root) {
        int repaired = 0;
        Deque<JsonNode> containers = new ArrayDeque<>();
        if (root != null && root.isContainerNode()) {
            containers.push(root);
        }
        while (!containers.isEmpty()) {
            JsonNode container = containers.pop();
            if (container instanceof ObjectNode object) {
                List<Map.Entry<String, JsonNode>> broken = new ArrayList<>(0);
                for (Map.Entry<String, JsonNode> field : object.properties()) {
                    if (isBroken(field.getValue())) {
                        broken.add(field);
                    } else if (field.getValue().isContainerNode()) {
                        containers.push(field.getValue());
                    }
                }
                for (Map.Entry<String, JsonNode> field : broken) {
                    object.set(field.getKey(), TextNode.valueOf(replaced(field.getValue().textValue())));
                }
                repaired += broken.size();
            } else if (container instanceof ArrayNode array) {
                for (int i = 0; i < array.size(); i++) {
                    JsonNode element = array.get(i);
                    if (isBroken(element)) {
                        array.set(i, TextNode.valueOf(replaced(element.textValue())));
                        repaired++;
                    } else if (element.isContainerNode()) {
                        containers.push(element);
                    }
                }
            }
        }
        return repaired;
    }

    private static boolean isBroken(JsonNode node) {
        return node.isTextual() && firstUnpaired(node.textValue()) >= 0;
    }

    /** The index of the first unpaired surrogate, or -1. */
    private static int firstUnpaired(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (!Character.isSurrogate(c)) {
                continue;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
                continue;
            }
            return i;
        }
        return -1;
    }
}
