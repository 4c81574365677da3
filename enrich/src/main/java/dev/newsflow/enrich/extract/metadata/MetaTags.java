package dev.newsflow.enrich.extract.metadata;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A page's {@code <meta>} tags with content, by {@code property} (OpenGraph) or {@code name}, read in
 * one pass over the page. Where a key appears twice, the first wins, as it does for crawlers.
 * RDFa lets one tag name several properties ({@code property="dc:title og:title"}): each counts.
 * Keys are lower-cased and Dublin Core's two spellings are one ({@code DC.creator} is
 * {@code dc:creator}): ask with a colon.
 */
final class MetaTags {

    private final Map<String, String> contentByKey = new HashMap<>();

    MetaTags(Document page) {
        for (Element meta : page.getElementsByTag("meta")) {
            String content = meta.attr("content").strip();
            if (content.isEmpty()) {
                continue;
            }
            // Some sites write OpenGraph properties as name=…; both attributes count as the key.
            for (String attribute : new String[] {"property", "name"}) {
                for (String key : meta.attr(attribute).strip().toLowerCase(Locale.ROOT).split("\\s+")) {
                    if (!key.isEmpty()) {
                        contentByKey.putIfAbsent(key.replace('.', ':'), content);
                    }
                }
            }
        }
    }

    /** The content of the first meta tag with this property or name, or null. */
    String get(String key) {
        return contentByKey.get(key.toLowerCase(Locale.ROOT).replace('.', ':'));
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
