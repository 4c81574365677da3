package dev.newsflow.enrich.extract.url;

import org.jsoup.nodes.Element;
import org.jsoup.parser.Tag;

/**
 * Resolves a URL reference the way Jsoup resolves {@code href}s (which copes with the sloppy URLs
 * real pages carry), for references found where Jsoup does not look: {@code <meta content>},
 * JSON-LD, {@code srcset}.
 */
public final class ReferenceResolver {

    private ReferenceResolver() {}

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
