package dev.newsflow.ingest.poll;

/** A fetched document that is no feed this parser can read; it becomes a dead letter with its bytes. */
public final class UnparseableDocumentException extends Exception {

    public UnparseableDocumentException(String message, Throwable cause) {
        super(message, cause);
    }
}
