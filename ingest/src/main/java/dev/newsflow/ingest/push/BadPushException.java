package dev.newsflow.ingest.push;

/** A pushed body that is no article; the message is the one-line reason of the 4xx answer. */
final class BadPushException extends Exception {

    private final int status;

    BadPushException(int status, String message) {
        super(message);
        this.status = status;
    }

    int status() {
        return status;
    }
}
