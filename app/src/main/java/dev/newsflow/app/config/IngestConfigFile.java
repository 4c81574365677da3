package dev.newsflow.app.config;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsflow.ingest.poll.FeedSource;
import dev.newsflow.ingest.source.http.CidrRange;
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
 * The ingest part of the configuration file:
 * <pre>
 * ingest:
 *   allow-ranges: ["10.20.0.0/16"]   # internal hosts the SSRF guard may reach
 *   workers: 8
 *   per-host: 2
 *   push: { port: 8088, max-bytes: 10MB, bind-address: 127.0.0.1 }
 * sources:                           # a list, or the path of a file holding one (relative to this file)
 *   - id: dw-chinese
 *     url: https://rss.example.org/feed.xml
 *     interval: 10m
 *     headers: { X-Api-Key: abc }
 *     fetch-full-page: true
 *     timeout: 20s
 *     max-bytes: 5MB
 * </pre>
 * {@link ConfigLoader} checks the {@code ingest} section with the rest of the file; the sources are
 * read here. Unknown keys are errors, so a misspelt option is not silently ignored.
 */
public final class IngestConfigFile {

    private static final Set<String> SOURCE = Set.of("id", "url", "interval", "headers", "fetch-full-page", "timeout", "max-bytes");

    private IngestConfigFile() {}

    /** The ingest configuration of {@code file} alone (no environment, no flags). */
    public static IngestConfig load(Path file) throws ConfigException {
        return ConfigLoader.load(file, Map.of(), new ConfigFlags()).ingest();
    }

    /** @param file the configuration file the sources were in (relative source files are found beside it), or null */
    static IngestConfig from(Path file, NewsflowConfig.Ingest ingest, JsonNode sources) throws ConfigException {
        Object where = file == null ? "configuration" : file;
        List<CidrRange> ranges = new ArrayList<>();
        for (String range : ingest.allowRanges()) {
            ranges.add(field(where, "ingest.allow-ranges", () -> CidrRange.parse(range)));
        }
        if (ingest.workers() < 1 || ingest.perHost() < 1) {
            throw new ConfigException(where + ": ingest.workers and ingest.per-host must be at least 1");
        }
        long pushMaxBytes = field(where, "ingest.push.max-bytes", () -> Quantities.bytes(ingest.push().maxBytes()));
        List<FeedSource> feeds = sources == null ? List.of() : sources(file, sources);
        return new IngestConfig(feeds, ranges, ingest.workers(), ingest.perHost(), ingest.push().port(), pushMaxBytes,
                ingest.push().bindAddress());
    }

    private static List<FeedSource> sources(Path file, JsonNode sources) throws ConfigException {
        if (sources.isTextual()) {
            Path other = file == null ? Path.of(sources.asText()) : file.toAbsolutePath().getParent().resolve(sources.asText());
            JsonNode list = ConfigYaml.read(other);
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

    private static <T> T field(Object file, String where, Parse<T> parse) throws ConfigException {
        try {
            return parse.get();
        } catch (IllegalArgumentException e) {
            throw new ConfigException(file + ": " + where + ": " + e.getMessage(), e);
        }
    }
}
