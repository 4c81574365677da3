package dev.newsflow.enrich.extract.metadata;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * A page's {@code <meta>} tags with content, by {@code property} (OpenGraph) or {@code name}, as
 * {@link MetadataElements} gathered them. Where a key appears twice, the first wins, as it does for crawlers.
 * RDFa lets one tag name several properties ({@code property="dc:title og:title"}): each counts.
 * Keys are lower-cased and Dublin Core's two spellings are one ({@code DC.creator} is
 * {@code dc:creator}): ask with a colon.
 */
final class MetaTags {

    private final Map<String, String> contentByKey = new HashMap<>();
    /** Every content of keys given more than once, in page order: Dublin Core lists each creator in a tag of its own. */
    private final Map<String, List<String>> repeatedContent = new HashMap<>();

    MetaTags(List<Element> metaTags) {
        for (Element meta : metaTags) {
            String content = meta.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            // Some sites write OpenGraph properties as name=…; both attributes count as the key.
            for (String attribute : new String[] {"property", "name"}) {
                for (String key : words(meta.attr(attribute).strip().toLowerCase(Locale.ROOT))) {
                    String normalKey = key.replace('.', ':');
                    String first = contentByKey.putIfAbsent(normalKey, content);
                    if (first != null) {
                        repeatedContent.computeIfAbsent(normalKey, k -> new ArrayList<>(List.of(first))).add(content);
                    }
                }
            }
        }
    }

    /**
     * The words of an attribute value split at runs of {@code \s} (space, tab, line breaks, form
     * feed), empty ones left out: what {@code split("\\s+")} gives, without a regex per meta tag.
     */
    private static List<String> words(String value) {
        List<String> words = new ArrayList<>(1);
        int start = 0;
        for (int i = 0; i <= value.length(); i++) {
            if (i == value.length() || isRegexSpace(value.charAt(i))) {
                if (i > start) {
                    words.add(value.substring(start, i));
                }
                start = i + 1;
            }
        }
        return words;
    }

    private static boolean isRegexSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** The content of the first meta tag with this property or name, or null. */
    String get(String key) {
        return contentByKey.get(key.toLowerCase(Locale.ROOT).replace('.', ':'));
    }

    /** The contents of every meta tag with this property or name, in page order; empty when there is none. */
    List<String> all(String key) {
        String normalKey = key.toLowerCase(Locale.ROOT).replace('.', ':');
        List<String> repeated = repeatedContent.get(normalKey);
        if (repeated != null) {
            return repeated;
        }
        String content = contentByKey.get(normalKey);
        return content == null ? List.of() : List.of(content);
    }

    /** The first of the keys that the page has. */
    String first(String... keys) {
        for (String key : keys) {
            String content = get(key);
            if (content != null) {
                return content;
            }
        }
        return null;
    }
}
