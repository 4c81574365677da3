package dev.newsflow.core.event;

/**
 * What ingest last published for one item of one source: the value on {@code news.ingest.seen.v1},
 * keyed by {@code sourceId|articleId}. Ingest reads the topic back at start, so an item is never
 * published twice by the same source, across restarts and instances.
 *
 * @param schema    always {@link #SCHEMA}
 * @param textHash  SHA-256 (hex) of the item's normalised text: an unchanged hash is not published again
 * @param revision  the revision last published by this source
 */
public record SeenItem(String schema, String textHash, int revision) {

    public static final String SCHEMA = "newsflow.seen/1";

    public static SeenItem of(String textHash, int revision) {
        return new SeenItem(SCHEMA, textHash, revision);
    }
}
