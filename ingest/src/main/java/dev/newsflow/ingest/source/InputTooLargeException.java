package dev.newsflow.ingest.source;

import java.io.IOException;

/** A file larger than a command reads whole; the message says its size and the limit, in one line. */
public final class InputTooLargeException extends IOException {

    public InputTooLargeException(String reason) {
        super(reason);
    }
}
