package dev.newsflow.enrich.extract.url;

import java.util.Locale;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Tag;

/**
 * Resolves a URL reference the way Jsoup resolves {@code href}s (which copes with the sloppy URLs
 * real pages carry), for references found where Jsoup does not look: {@code <meta content>},
 * JSON-LD, {@code srcset}.
 */
public final class ReferenceResolver {

    private ReferenceResolver() {}

    /**
     * The absolute URL an element's attribute names, as {@link Element#absUrl} gives it, or "" when it
     * has none. Resolving is costly (profiling showed a tenth of extraction time in it) and most
     * {@code src}s and many {@code href}s are absolute already: a plain absolute http(s) URL, of
     * printable ASCII without dot segments, is what Jsoup would return anyway, so only others go
     * through Jsoup.
     */
    public static String absolute(Element element, String attribute) {
        String value = element.attr(attribute).strip();
        return isPlainAbsolute(value) ? value : element.absUrl(attribute);
    }

    private static boolean isPlainAbsolute(String value) {
        String start = value.length() < 8 ? value : value.substring(0, 8).toLowerCase(Locale.ROOT);
        if (!start.startsWith("https://") && !start.startsWith("http://")) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c <= ' ' || c >= 0x7f || c == '\\') {
                return false;
            }
        }
        return !value.contains("/.");
    }

    /** The absolute URL, or null when {@code reference} is blank or cannot be made absolute. */
    public static String resolve(String baseUri, String reference) {
        if (reference == null || reference.isBlank()) {
            return null;
        }
        String absolute = new Element(Tag.valueOf("a"), baseUri == null ? "" : baseUri)
                .attr("href", reference.strip())
                .absUrl("href");
        return absolute.isEmpty() ? null : absolute;
    }
}
