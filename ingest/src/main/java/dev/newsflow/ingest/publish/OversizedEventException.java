package dev.newsflow.ingest.publish;

/**
 * An event larger than its topic takes, found before it is sent: JSON escaping can make a 10 MiB
 * body several times larger (a control character is six bytes), and a record the producer refused
 * would fail the whole batch's acknowledgement instead of this one input.
 */
public final class OversizedEventException extends Exception {

    public OversizedEventException(String reason) {
        super(reason);
    }
}
