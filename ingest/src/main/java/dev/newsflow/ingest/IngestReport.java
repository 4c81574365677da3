package dev.newsflow.ingest;

/**
 * What one ingest pass did. Every input read is either published or dead-lettered:
 * {@code read == published + deadLettered}.
 */
public record IngestReport(int read, int published, int deadLettered) {

    public IngestReport plus(IngestReport other) {
        return new IngestReport(read + other.read, published + other.published, deadLettered + other.deadLettered);
    }
}
