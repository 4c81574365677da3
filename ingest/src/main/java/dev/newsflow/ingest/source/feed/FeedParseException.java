package dev.newsflow.ingest.source.feed;

/** A fetched document that yields no feed; the message says why in one line (it goes into the dead letter). */
public final class FeedParseException extends Exception {

    public FeedParseException(String reason) {
        super(reason);
    }
}
