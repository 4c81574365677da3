package dev.newsflow.enrich.extract.metadata;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.newsflow.core.json.Json;
import dev.newsflow.core.json.UnpairedSurrogates;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Finds the schema.org article object in a page's {@code application/ld+json} blocks: top level,
 * in an array, or in an {@code @graph}. Blocks that are not valid JSON are skipped: a broken block
 * is common and must not cost the rest of the page.
 */
final class JsonLdReader {

    /** schema.org types that describe an article (NewsArticle and its subtypes, Article, blog posts). */
    private static final Set<String> ARTICLE_TYPES = Set.of(
            "Article", "NewsArticle", "ReportageNewsArticle", "AnalysisNewsArticle", "OpinionNewsArticle",
            "BackgroundNewsArticle", "ReviewNewsArticle", "AskPublicNewsArticle", "LiveBlogPosting",
            "BlogPosting", "SocialMediaPosting", "Report", "ScholarlyArticle", "MedicalScholarlyArticle", "TechArticle",
            "SatiricalArticle", "AdvertiserContentArticle", "DiscussionForumPosting", "APIReference");

    /** CMS templates often emit raw newlines inside JSON strings and trailing commas; browsers shrug, so do we. */
    private static final ObjectReader LENIENT = Json.mapper().reader()
            .with(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS)
            .with(JsonReadFeature.ALLOW_TRAILING_COMMA)
            .with(JsonReadFeature.ALLOW_JAVA_COMMENTS);

    /**
     * @param trees      the page's JSON-LD blocks that are JSON ({@link #tree}), in page order
     * @param pageTitles the page's other titles ({@code <title>}, og:title; null where it has none)
     */
    JsonLdArticle read(List<JsonNode> trees, List<String> pageTitles) {
        for (JsonNode tree : trees) {
            JsonNode article = findArticle(tree);
            if (article != null) {
                return toArticle(article, pageTitles);
            }
        }
        return JsonLdArticle.NONE;
    }

    /** The block's tree, or null when it is not JSON. */
    static JsonNode tree(Element script) {
        return parse(unwrapped(script.data()));
    }

    /**
     * Without the CDATA section or HTML comment around it: XHTML pages wrap script contents in CDATA,
     * older CMSs in a comment; neither is JSON. Looked for at the two ends only, by hand: a regex whose
     * closing alternative may start anywhere tried it at every character of every block.
     */
    static String unwrapped(String data) {
        int start = 0;
        while (start < data.length() && Character.isWhitespace(data.charAt(start))) {
            start++;
        }
        if (data.startsWith("<![CDATA[", start)) {
            start += "<![CDATA[".length();
        } else if (data.startsWith("<!--", start)) {
            start += "<!--".length();
        } else {
            start = 0;
        }
        int end = data.length();
        while (end > start && Character.isWhitespace(data.charAt(end - 1))) {
            end--;
        }
        boolean closed = end - start >= 3 && (data.startsWith("]]>", end - 3) || data.startsWith("-->", end - 3));
        return data.substring(start, closed ? end - 3 : data.length());
    }

    /** The block's tree, its unpaired surrogates replaced as the page's own character references are. */
    private static JsonNode parse(String json) {
        try {
            JsonNode tree = LENIENT.readTree(json);
            UnpairedSurrogates.repair(tree);
            return tree;
        } catch (IOException e) {
            return null;
        }
    }

    private static JsonNode findArticle(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isArray()) {
            for (JsonNode item : node) {
                JsonNode found = findArticle(item);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (!node.isObject()) {
            return null;
        }
        if (isArticle(node.get("@type"))) {
            return node;
        }
        JsonNode inGraph = findArticle(node.get("@graph"));
        // A WebPage whose mainEntity is the article, as Springer Nature and others write it.
        return inGraph != null ? inGraph : findArticle(node.get("mainEntity"));
    }

    static boolean isArticle(JsonNode type) {
        if (type == null) {
            return false;
        }
        if (type.isArray()) {
            for (JsonNode each : type) {
                if (ARTICLE_TYPES.contains(each.asText())) {
                    return true;
                }
            }
            return false;
        }
        return ARTICLE_TYPES.contains(type.asText());
    }

    private static JsonLdArticle toArticle(JsonNode article, List<String> pageTitles) {
        return new JsonLdArticle(
                headline(firstText(article, "headline"), firstText(article, "name"), pageTitles),
                firstText(article, "description"),
                authors(article.get("author"), false),
                authors(article.get("author"), true),
                name(article.get("publisher")),
                url(article.get("image")));
    }

    /**
     * {@code headline} is meant for the title, but some sites put a label there and the title in
     * {@code name}: when both are given and differ, the one closer to one of the page's other titles
     * wins, the headline on a tie. Others put the SEO title in {@code name} and {@code <title>} and
     * the headline in {@code headline} and og:title: the headline's match with og:title holds it then.
     */
    private static String headline(String headline, String name, List<String> pageTitles) {
        if (headline == null || name == null || headline.equals(name)) {
            return headline != null ? headline : name;
        }
        return closeness(name, pageTitles) > closeness(headline, pageTitles) ? name : headline;
    }

    private static double closeness(String title, List<String> pageTitles) {
        double closest = 0;
        for (String pageTitle : pageTitles) {
            if (pageTitle != null) {
                closest = Math.max(closest, TitleSimilarity.of(title, pageTitle));
            }
        }
        return closest;
    }

    private static String firstText(JsonNode object, String... fields) {
        for (String field : fields) {
            JsonNode value = object.get(field);
            if (value != null && value.isTextual() && !value.asText().isBlank()) {
                return value.asText().strip();
            }
        }
        return null;
    }

    /**
     * {@code author}: a name, a Person or Organization object, or an array of them; the
     * organisations' names or the others' (names and persons). A person may be given by
     * {@code givenName} and {@code familyName} alone.
     */
    private static List<String> authors(JsonNode author, boolean organisations) {
        List<String> names = new ArrayList<>();
        if (author == null) {
            return names;
        }
        if (author.isArray()) {
            author.forEach(each -> names.addAll(authors(each, organisations)));
        } else if (isOrganisation(author) == organisations) {
            String name = author.isObject() && name(author) == null ? givenAndFamilyName(author) : name(author);
            if (name != null) {
                names.add(name);
            }
        }
        return names;
    }

    /** An object typed as an organisation of any kind (Organization, NewsMediaOrganization, Corporation …) and not as a person. */
    private static boolean isOrganisation(JsonNode entity) {
        JsonNode type = entity.isObject() ? entity.get("@type") : null;
        if (type == null) {
            return false;
        }
        boolean organisation = false;
        for (JsonNode each : type.isArray() ? type : List.of(type)) {
            String name = each.asText();
            if (name.equals("Person")) {
                return false;
            }
            organisation |= name.endsWith("Organization") || name.endsWith("organization") || name.equals("Corporation");
        }
        return organisation;
    }

    private static String givenAndFamilyName(JsonNode person) {
        String given = firstText(person, "givenName");
        String family = firstText(person, "familyName");
        if (given == null || family == null) {
            return given != null ? given : family;
        }
        return given + " " + family;
    }

    private static String name(JsonNode entity) {
        if (entity == null) {
            return null;
        }
        if (entity.isTextual()) {
            return entity.asText().isBlank() ? null : entity.asText().strip();
        }
        if (entity.isArray()) {
            return entity.isEmpty() ? null : name(entity.get(0));
        }
        return entity.isObject() ? firstText(entity, "name") : null;
    }

    /** {@code image}: a URL, an ImageObject, or an array of either; the first wins. */
    private static String url(JsonNode image) {
        if (image == null) {
            return null;
        }
        if (image.isTextual()) {
            return image.asText().isBlank() ? null : image.asText().strip();
        }
        if (image.isArray()) {
            return image.isEmpty() ? null : url(image.get(0));
        }
        return image.isObject() ? firstText(image, "url", "contentUrl") : null;
    }
}
