package dev.newsflow.enrich.extract.metadata;

import java.util.List;

/**
 * The fields newsflow reads from a page's schema.org article object in JSON-LD; any may be null,
 * {@code authors} may be empty.
 */
record JsonLdArticle(
        String headline,
        String description,
        List<String> authors,
        String publisherName,
        String imageUrl) {

    static final JsonLdArticle NONE = new JsonLdArticle(null, null, List.of(), null, null);
}
