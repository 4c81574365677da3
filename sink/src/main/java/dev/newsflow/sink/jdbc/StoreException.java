package dev.newsflow.sink.jdbc;

/**
 * The store could not take a write at this moment (database down, slow, locked, out of space):
 * nothing of the batch is stored, and the same write may be tried again later.
 */
public final class StoreException extends Exception {

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
