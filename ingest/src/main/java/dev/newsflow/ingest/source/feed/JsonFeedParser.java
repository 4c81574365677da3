package dev.newsflow.ingest.source.feed;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonNode;
import dev.newsflow.core.json.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Reads JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1), including 1.0's single {@code author}. */
final class JsonFeedParser {

    /** Where Jackson's limit messages name the getter of the limit, which says nothing to a feed's reader. */
    private static final Pattern LIMIT_GETTER = Pattern.compile(", from `[^`]*`");

    private JsonFeedParser() {}

    static List<FeedItem> items(String text, String feedUrl) throws FeedParseException {
        JsonNode root;
        try {
            root = Json.mapper().readTree(text);
        } catch (JsonProcessingException e) {
            throw new FeedParseException(reason(e));
        }
        if (root == null || !root.isObject()) {
            throw new FeedParseException("JSON but no JSON Feed: the document is no object");
        }
        String version = root.path("version").asText("");
        JsonNode items = root.path("items");
        if (!version.contains("jsonfeed.org") && !items.isArray()) {
            throw new FeedParseException("JSON but no JSON Feed: no \"version\" of jsonfeed.org and no \"items\"");
        }
        String base = text(root, "home_page_url");
        String documentBase = Links.isWebUrl(base) ? base : feedUrl;
        String language = text(root, "language");
        List<String> feedAuthors = authors(root);
        List<FeedItem> result = new ArrayList<>();
        for (JsonNode item : items) {
            if (item.isObject()) {
                result.add(item(item, documentBase, language, feedAuthors));
            }
        }
        return result;
    }

    /**
     * One line: Jackson's message up to its details, where in the document when it knows. It knows
     * no place for a broken limit (StreamReadConstraints: 1,000 levels of nesting, 20 million
     * characters in a string…), whose message says which limit and by how much instead.
     */
    private static String reason(JsonProcessingException e) {
        String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) {
            return "JSON beyond the parser's limits: " + LIMIT_GETTER.matcher(message).replaceAll("").lines().findFirst().orElse("");
        }
        int detail = message.indexOf(" (");
        String cut = (detail > 0 ? message.substring(0, detail) : message).lines().findFirst().orElse("");
        JsonLocation location = e.getLocation();
        return location == null ? "invalid JSON: " + cut : "invalid JSON at line " + location.getLineNr() + ": " + cut;
    }

    private static FeedItem item(JsonNode item, String documentBase, String feedLanguage, List<String> feedAuthors) {
        FeedItemBuilder b = new FeedItemBuilder();
        b.guid = item.hasNonNull("id") ? item.get("id").asText() : null;
        String url = Links.resolve(text(item, "url"), documentBase);
        String external = Links.resolve(text(item, "external_url"), documentBase);
        b.link = Links.isWebUrl(url) ? url : Links.isWebUrl(external) ? external : Links.isWebUrl(b.guid) ? b.guid : url;
        b.title = FeedText.plain(text(item, "title"));
        List<String> authors = authors(item);
        (authors.isEmpty() ? feedAuthors : authors).forEach(b::author);
        for (JsonNode tag : item.path("tags")) {
            b.category(tag.asText());
        }
        b.summary = FeedText.escape(text(item, "summary"));
        b.contentCandidate(text(item, "content_html"));
        if (b.content == null) {
            b.contentCandidate(FeedText.escape(text(item, "content_text")));
        }
        b.published(text(item, "date_published"));
        b.updated(text(item, "date_modified"));
        b.language = text(item, "language");
        b.image(Links.resolve(text(item, "image"), documentBase));
        b.image(Links.resolve(text(item, "banner_image"), documentBase));
        for (JsonNode attachment : item.path("attachments")) {
            if (attachment.path("mime_type").asText("").startsWith("image/")) {
                b.image(Links.resolve(text(attachment, "url"), documentBase));
            }
        }
        return b.build(feedLanguage, documentBase);
    }

    private static List<String> authors(JsonNode node) {
        List<String> names = new ArrayList<>();
        for (JsonNode author : node.path("authors")) {
            String name = text(author, "name");
            if (name != null) {
                names.add(name);
            }
        }
        String single = text(node.path("author"), "name");
        if (names.isEmpty() && single != null) {
            names.add(single);
        }
        return names;
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isValueNode() || value.isNull()) {
            return null;
        }
        String text = value.asText();
        return text.isBlank() ? null : text;
    }
}
