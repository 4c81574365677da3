package dev.newsflow.app.config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.UncheckedIOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The configuration a command runs with, and where each value came from.
 *
 * @param config  the values
 * @param file    the YAML file read, or null
 * @param tree    the values as a YAML tree (what {@code config print} shows)
 * @param origins where each value that is not a default came from, by dotted key
 */
public record EffectiveConfig(NewsflowConfig config, Path file, JsonNode tree, Map<String, String> origins) {

    /** The feeds to poll and how, from the {@code ingest} and {@code sources} sections. */
    public IngestConfig ingest() throws ConfigException {
        return IngestConfigFile.from(file, config.ingest(), config.sources());
    }

    /** Whether the configuration names feeds to poll. */
    public boolean hasSources() {
        JsonNode sources = config.sources();
        return sources != null && !(sources.isArray() && sources.isEmpty());
    }

    /** The JDBC URL of the store: {@code sink.store.url} (default SQLite in the data dir) with its user and password. */
    public String storeUrl() {
        NewsflowConfig.Store store = config.sink().store();
        String url = store.url() != null ? store.url() : "jdbc:sqlite:" + config.run().dataDir().resolve("newsflow.db");
        StringJoiner credentials = new StringJoiner("&");
        if (store.user() != null) {
            credentials.add("user=" + URLEncoder.encode(store.user(), StandardCharsets.UTF_8));
        }
        if (store.password() != null) {
            credentials.add("password=" + URLEncoder.encode(store.password(), StandardCharsets.UTF_8));
        }
        if (credentials.length() == 0) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?") + credentials;
    }

    /** The configuration as YAML, secrets masked. */
    public String toYaml() {
        try {
            return ConfigYaml.MAPPER.writeValueAsString(SecretMask.masked(tree));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One line per value, {@code key: value  # origin}, secrets masked. */
    public String withOrigins() {
        StringBuilder lines = new StringBuilder();
        appendLeaves(SecretMask.masked(tree), "", lines);
        return lines.toString();
    }

    private void appendLeaves(JsonNode node, String prefix, StringBuilder lines) {
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            String key = prefix + field.getKey();
            if (field.getValue().isObject() && !field.getValue().isEmpty() && !key.equals("sources")) {
                appendLeaves(field.getValue(), key + ".", lines);
                continue;
            }
            JsonNode value = field.getValue();
            String shown = value.isTextual() ? value.asText() : value.toString();
            lines.append(key).append(": ").append(shown).append("  # ").append(originOf(key)).append('\n');
        }
    }

    private String originOf(String key) {
        for (String at = key; ; at = at.substring(0, at.lastIndexOf('.'))) {
            if (origins.containsKey(at)) {
                return origins.get(at);
            }
            if (!at.contains(".")) {
                return "default";
            }
        }
    }
}
