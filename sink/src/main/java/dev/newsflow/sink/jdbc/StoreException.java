package dev.newsflow.sink.jdbc;

/** A write the store did not take. Nothing of the failed batch is stored. */
public final class StoreException extends Exception {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
