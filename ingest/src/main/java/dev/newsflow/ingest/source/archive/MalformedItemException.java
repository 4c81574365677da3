package dev.newsflow.ingest.source.archive;

/** An input that is not a valid archived feed item. The message says, in one line, what is wrong. */
public final class MalformedItemException extends Exception {

    public MalformedItemException(String reason) {
        super(reason);
    }
}
