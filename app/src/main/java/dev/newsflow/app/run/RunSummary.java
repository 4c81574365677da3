package dev.newsflow.app.run;

import java.time.Duration;
import java.util.Locale;

/**
 * What one {@code newsflow run} did. Conservation holds when the run drained:
 * {@code read = published + ingestDeadLetters}, {@code published = enriched + enrichDeadLetters},
 * {@code enriched = stored + sinkDeadLetters}.
 */
public record RunSummary(String runId, int read, int published, int ingestDeadLetters, int enriched,
                         int enrichDeadLetters, int stored, int sinkDeadLetters, boolean drained, Duration took) {

    public int deadLettered() {
        return ingestDeadLetters + enrichDeadLetters + sinkDeadLetters;
    }

    /** The summary as printed on stdout: one "name value" pair per line, easy to read and to grep. */
    public String format() {
        return String.format(Locale.ROOT, """
                run            %s
                status         %s
                read           %d
                published      %d
                enriched       %d
                dead-lettered  %d (ingest %d, enrich %d, sink %d)
                stored         %d
                seconds        %.1f
                """, runId, drained ? "complete" : "incomplete", read, published, enriched, deadLettered(),
                ingestDeadLetters, enrichDeadLetters, sinkDeadLetters, stored, took.toMillis() / 1000.0);
    }
}
