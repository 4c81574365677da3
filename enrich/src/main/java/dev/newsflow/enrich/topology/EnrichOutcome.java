package dev.newsflow.enrich.topology;

import dev.newsflow.core.event.DeadLetter;
import dev.newsflow.core.event.EnrichedArticle;

/** What one raw record became: an enriched article or a dead letter. Errors are data. */
sealed interface EnrichOutcome {

    record Enriched(EnrichedArticle article) implements EnrichOutcome {}

    record Failed(DeadLetter deadLetter) implements EnrichOutcome {}
}
