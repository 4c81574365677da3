package dev.newsflow.enrich.extract.link;

import java.util.Set;

/**
 * A link as it stands in the body, before it is classified.
 *
 * @param url  the absolute URL ({@code href} resolved against the page)
 * @param text the anchor text
 * @param rel  the {@code rel} tokens, lower-cased
 */
public record Anchor(String url, String text, Set<String> rel) {

    public Anchor {
        rel = Set.copyOf(rel);
    }
}
