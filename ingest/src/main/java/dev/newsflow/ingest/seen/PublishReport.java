package dev.newsflow.ingest.seen;

/**
 * What one publish did: {@code offered == published + unchanged}; {@code revised} of the published
 * ones were new revisions of items the source had published before.
 */
public record PublishReport(int offered, int published, int revised, int unchanged) {

    public static final PublishReport NONE = new PublishReport(0, 0, 0, 0);

    public PublishReport plus(PublishReport other) {
        return new PublishReport(offered + other.offered, published + other.published, revised + other.revised,
                unchanged + other.unchanged);
    }
}
