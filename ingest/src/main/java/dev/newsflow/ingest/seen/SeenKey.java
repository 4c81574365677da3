package dev.newsflow.ingest.seen;

/**
 * The key of one item of one source in the seen-state: {@code sourceId|articleId}. Per source, so
 * that copies of an article in other feeds have their own history and never bump this one's revision.
 */
public final class SeenKey {

    private SeenKey() {}

    public static String of(String sourceId, String articleId) {
        return sourceId + "|" + articleId;
    }
}
