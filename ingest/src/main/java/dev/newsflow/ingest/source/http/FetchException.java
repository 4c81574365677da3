package dev.newsflow.ingest.source.http;

/** A fetch that failed before a usable response: refused address, timeout, too large, too many redirects, I/O. */
public class FetchException extends Exception {

    public FetchException(String message) {
        super(message);
    }

    public FetchException(String message, Throwable cause) {
        super(message, cause);
    }
}
