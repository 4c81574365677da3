package dev.newsflow.ingest.source.feed;

/** The feed formats ingest reads, named as {@code RawArticle.source.type} names them. */
public enum FeedFormat {
    /** RSS 0.9x and 2.0. */
    RSS("rss"),
    /** RSS 1.0 and 0.90, both RDF. */
    RDF("rdf"),
    /** Atom 0.3 and 1.0. */
    ATOM("atom"),
    /** JSON Feed 1.0 and 1.1. */
    JSON_FEED("json-feed");

    private final String sourceType;

    FeedFormat(String sourceType) {
        this.sourceType = sourceType;
    }

    public String sourceType() {
        return sourceType;
    }
}
