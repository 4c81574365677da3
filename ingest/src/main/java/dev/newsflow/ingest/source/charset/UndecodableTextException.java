package dev.newsflow.ingest.source.charset;

/** Bytes whose encoding could not be told with confidence; the message says why in one line. */
public final class UndecodableTextException extends Exception {

    public UndecodableTextException(String reason) {
        super(reason);
    }
}
