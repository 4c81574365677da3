package dev.newsflow.app.config;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.newsflow.ingest.poll.FeedSource;
import dev.newsflow.ingest.source.http.CidrRange;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the ingest configuration from YAML:
 * <pre>
 * ingest:
 *   allow-ranges: ["10.20.0.0/16"]   # internal hosts the SSRF guard may reach
 *   workers: 8
 *   per-host: 2
 *   push: { port: 8088, max-bytes: 10MB }
 * sources:                           # a list, or the path of a file holding one (relative to this file)
 *   - id: dw-chinese
 *     url: https://rss.example.org/feed.xml
 *     interval: 10m
 *     headers: { X-Api-Key: abc }
 *     fetch-full-page: true
 *     timeout: 20s
 *     max-bytes: 5MB
 * </pre>
 * Unknown keys are errors, so a misspelt option is not silently ignored.
 */
public final class IngestConfigFile {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory());
    private static final Set<String> TOP = Set.of("ingest", "sources");
    private static final Set<String> INGEST = Set.of("allow-ranges", "workers", "per-host", "push");
    private static final Set<String> PUSH = Set.of("port", "max-bytes");
    private static final Set<String> SOURCE = Set.of("id", "url", "interval", "headers", "fetch-full-page", "timeout", "max-bytes");

    private IngestConfigFile() {}

    public static IngestConfig load(Path file) throws ConfigException {
        JsonNode root = read(file);
        if (!root.isObject()) {
            throw new ConfigException(file + ": expected a mapping with a 'sources' section");
        }
        requireKnown(file, "", root, TOP);
        JsonNode ingest = root.path("ingest");
        requireKnown(file, "ingest.", ingest, INGEST);
        JsonNode push = ingest.path("push");
        requireKnown(file, "ingest.push.", push, PUSH);

        List<CidrRange> ranges = new ArrayList<>();
        for (JsonNode range : ingest.path("allow-ranges")) {
            ranges.add(field(file, "ingest.allow-ranges", () -> CidrRange.parse(range.asText())));
        }
        int workers = ingest.path("workers").asInt(IngestConfig.DEFAULT_WORKERS);
        int perHost = ingest.path("per-host").asInt(IngestConfig.DEFAULT_PER_HOST);
        if (workers < 1 || perHost < 1) {
            throw new ConfigException(file + ": ingest.workers and ingest.per-host must be at least 1");
        }
        Integer pushPort = push.has("port") ? push.get("port").asInt() : null;
        long pushMaxBytes = push.has("max-bytes")
                ? field(file, "ingest.push.max-bytes", () -> Quantities.bytes(push.get("max-bytes").asText()))
                : IngestConfig.DEFAULT_PUSH_MAX_BYTES;
        return new IngestConfig(sources(file, root.path("sources")), ranges, workers, perHost, pushPort, pushMaxBytes);
    }

    private static List<FeedSource> sources(Path file, JsonNode sources) throws ConfigException {
        if (sources.isTextual()) {
            Path other = file.toAbsolutePath().getParent().resolve(sources.asText());
            JsonNode list = read(other);
            // The separate file holds the list itself, or a mapping with a 'sources' list.
            return sources(other, list.isObject() ? list.path("sources") : list);
        }
        if (sources.isMissingNode() || sources.isNull()) {
            return List.of();
        }
        if (!sources.isArray()) {
            throw new ConfigException(file + ": 'sources' must be a list of sources or the path of a file holding one");
        }
        List<FeedSource> result = new ArrayList<>();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < sources.size(); i++) {
            JsonNode node = sources.get(i);
            String where = "sources[" + i + "]";
            requireKnown(file, where + ".", node, SOURCE);
            String id = node.path("id").asText(null);
            String url = node.path("url").asText(null);
            if (id == null || url == null) {
                throw new ConfigException(file + ": " + where + " needs an 'id' and a 'url'");
            }
            if (!ids.add(id)) {
                throw new ConfigException(file + ": " + where + ": the id '" + id + "' is used twice");
            }
            Duration interval = node.has("interval") ? field(file, where + ".interval", () -> Quantities.duration(node.get("interval").asText())) : null;
            Duration timeout = node.has("timeout") ? field(file, where + ".timeout", () -> Quantities.duration(node.get("timeout").asText())) : null;
            long maxBytes = node.has("max-bytes") ? field(file, where + ".max-bytes", () -> Quantities.bytes(node.get("max-bytes").asText())) : 0;
            Map<String, String> headers = new LinkedHashMap<>();
            for (Iterator<Map.Entry<String, JsonNode>> it = node.path("headers").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> header = it.next();
                headers.put(header.getKey(), header.getValue().asText());
            }
            boolean fullPage = node.path("fetch-full-page").asBoolean(false);
            result.add(field(file, where, () -> new FeedSource(id, url, interval, headers, fullPage, timeout, maxBytes)));
        }
        return result;
    }

    private static JsonNode read(Path file) throws ConfigException {
        if (!Files.isRegularFile(file)) {
            throw new ConfigException(file + ": no such file");
        }
        try {
            JsonNode node = YAML.readTree(file.toFile());
            return node == null ? YAML.createObjectNode() : node;
        } catch (IOException e) {
            throw new ConfigException(file + ": not valid YAML: " + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    private static void requireKnown(Path file, String prefix, JsonNode node, Set<String> known) throws ConfigException {
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!known.contains(name)) {
                throw new ConfigException(file + ": unknown key '" + prefix + name + "' (known: " + String.join(", ", known.stream().sorted().toList()) + ")");
            }
        }
    }

    private interface Parse<T> {
        T get();
    }

    private static <T> T field(Path file, String where, Parse<T> parse) throws ConfigException {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new ConfigException(file + ": " + where + ": " + e.getMessage(), e);
        }
    }
}
