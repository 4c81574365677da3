package dev.newsflow.ingest.seen;

/**
 * What the seen-state says about an item a source offers.
 *
 * @param publish  whether to publish it (new, or changed since the source last published it)
 * @param revision the revision to publish it as (1 for new, last + 1 for changed); the last one when not publishing
 */
public record Verdict(boolean publish, int revision) {

    public static final Verdict NEW = new Verdict(true, 1);

    public static Verdict changed(int lastRevision) {
        return new Verdict(true, lastRevision + 1);
    }

    public static Verdict unchanged(int lastRevision) {
        return new Verdict(false, lastRevision);
    }
}
