package dev.newsflow.enrich.extract.metadata;

import java.util.List;

/**
 * The fields newsflow reads from a page's schema.org article object in JSON-LD; any may be null,
 * the lists may be empty. {@code authors} are the persons and untyped names, {@code organisationAuthors}
 * the authors typed as an organisation. Its dates are read apart, with every other candidate
 * ({@link JsonLdDates}).
 */
record JsonLdArticle(
        String headline,
        String description,
        List<String> authors,
        List<String> organisationAuthors,
        String publisherName,
        String imageUrl) {

    static final JsonLdArticle NONE = new JsonLdArticle(null, null, List.of(), List.of(), null, null);
}
