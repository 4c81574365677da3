package dev.newsflow.enrich.extract.provenance;

import java.util.Locale;

/** Where an extracted value came from; its {@link #label()} is what {@code EnrichedArticle.provenance} records. */
public enum Provenance {
    /** The feed item (title, authors, timestamp). */
    FEED,
    /** The article body itself. */
    BODY,
    /** A schema.org JSON-LD block. */
    JSONLD,
    /** OpenGraph and its {@code article:*} properties. */
    OPENGRAPH,
    /** Other head metadata: {@code <title>}, {@code <meta name=…>}, {@code <link rel=…>}. */
    META,
    /** Derived from the article's URL. */
    URL;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
