package dev.newsflow.sink.route;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads routing rules from a YAML file:
 *
 * <pre>
 * routes:
 *   - name: traditional-chinese
 *     topic: news.zh-hant.v1
 *     match: { language: zh-Hant }
 *   - name: chinese-politics
 *     topic: news.zh-politics.v1
 *     match: { languagePrefix: zh, titleRegex: "選舉|选举" }
 * default: news.other.v1
 * </pre>
 *
 * An unknown key is an error, so a misspelt condition cannot silently match everything.
 */
public final class RoutesFile {

    private static final ObjectMapper YAML = YAMLMapper.builder()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    private RoutesFile() {}

    /** The file's shape; {@code default} is a Java keyword, hence the explicit name. */
    private record Document(List<RouteRule> routes, @JsonProperty("default") String defaultTopic) {}

    public static RoutingRules load(Path file) throws IOException {
        try {
            Document document = YAML.readValue(file.toFile(), Document.class);
            if (document == null) {
                throw new IOException(file + " is empty: give 'routes' and/or 'default'");
            }
            return new RoutingRules(document.routes(), document.defaultTopic());
        } catch (ValueInstantiationException e) {
            throw new IOException(file + ": " + e.getCause().getMessage(), e);
        }
    }
}
