package dev.newsflow.enrich;

/**
 * The raw article cannot be enriched (no content, a content type that is not HTML). The message is
 * one line, fit for a dead-letter reason or a CLI error line.
 */
public class EnrichmentException extends RuntimeException {

    public EnrichmentException(String message) {
        super(message);
    }
}
