package dev.newsflow.enrich.extract.metadata;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The publication and modification dates in a page's JSON-LD, best first: those of an article
 * object (NewsArticle and its kin) wherever it stands (top level, an array, an {@code @graph}, a
 * WebPage's {@code mainEntity}), then a WebPage's, then those of another object at the top level
 * (a ClaimReview, a VideoObject). Dates of objects nested in another (the reviewed claim, an image,
 * a comment) are not the page's.
 *
 * @param published {@code datePublished}, else {@code dateCreated}, of each dated object
 * @param modified  {@code dateModified} of each
 */
record JsonLdDates(List<String> published, List<String> modified) {

    private static final Set<String> WEB_PAGE_TYPES = Set.of(
            "WebPage", "ItemPage", "AboutPage", "CollectionPage", "ProfilePage", "QAPage", "FAQPage");
    /** Top-level objects that describe the site, the publisher or the navigation, not the page's content. */
    private static final Set<String> NOT_THE_CONTENT = Set.of(
            "WebSite", "Organization", "NewsMediaOrganization", "Corporation", "Person", "BreadcrumbList",
            "SiteNavigationElement", "ImageObject", "SearchAction");
    private static final int ARTICLE = 0;
    private static final int WEB_PAGE = 1;
    private static final int OTHER_TOP_LEVEL = 2;
    /** Deep enough for a graph's article's main entity; no page nests its own dates deeper. */
    private static final int DEEPEST = 6;

    /** @param trees the page's JSON-LD blocks that are JSON ({@link JsonLdReader#tree}), in page order */
    static JsonLdDates of(List<JsonNode> trees) {
        List<Dated> dated = new ArrayList<>();
        for (JsonNode tree : trees) {
            collect(tree, true, 0, dated);
        }
        dated.sort(Comparator.comparingInt(Dated::rank));
        List<String> published = new ArrayList<>();
        List<String> modified = new ArrayList<>();
        for (Dated each : dated) {
            if (each.published() != null) {
                published.add(each.published());
            }
            if (each.modified() != null) {
                modified.add(each.modified());
            }
        }
        return new JsonLdDates(List.copyOf(published), List.copyOf(modified));
    }

    private static void collect(JsonNode node, boolean topLevel, int depth, List<Dated> dated) {
        if (node == null || depth > DEEPEST) {
            return;
        }
        if (node.isArray()) {
            node.forEach(item -> collect(item, topLevel, depth + 1, dated));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        int rank = rank(node.get("@type"), topLevel);
        if (rank >= 0) {
            String published = firstText(node, "datePublished", "dateCreated");
            String modified = firstText(node, "dateModified");
            if (published != null || modified != null) {
                dated.add(new Dated(rank, published, modified));
            }
        }
        for (Map.Entry<String, JsonNode> field : node.properties()) {
            if (field.getValue().isContainerNode()) {
                collect(field.getValue(), field.getKey().equals("@graph"), depth + 1, dated);
            }
        }
    }

    /** How much an object's dates count, by its type and place; -1 when they are not the page's. */
    private static int rank(JsonNode type, boolean topLevel) {
        if (JsonLdReader.isArticle(type)) {
            return ARTICLE;
        }
        if (hasType(type, WEB_PAGE_TYPES)) {
            return WEB_PAGE;
        }
        return topLevel && type != null && !hasType(type, NOT_THE_CONTENT) ? OTHER_TOP_LEVEL : -1;
    }

    private static boolean hasType(JsonNode type, Set<String> types) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode each : type) {
                if (types.contains(each.asText())) {
                    return true;
                }
            }
            return false;
        }
        return types.contains(type.asText());
    }

    /** A field's text, also as JSON-LD's {@code {"@value": …}} or the first of an array. */
    private static String firstText(JsonNode object, String... fields) {
        for (String field : fields) {
            JsonNode value = object.get(field);
            if (value != null && value.isArray() && !value.isEmpty()) {
                value = value.get(0);
            }
            if (value != null && value.isObject()) {
                value = value.get("@value");
            }
            if (value != null && value.isTextual() && !value.asText().isBlank()) {
                return value.asText().strip();
            }
        }
        return null;
    }

    private record Dated(int rank, String published, String modified) {}
}
