package dev.newsflow.enrich.extract.body;

import dev.newsflow.enrich.extract.date.TimestampParser;
import dev.newsflow.enrich.extract.date.VisibleDateline;
import java.time.Instant;
import java.util.List;

/**
 * The article's own timestamp as feed fragments and simple pages print it: an ISO-8601 timestamp
 * standing alone in an element near the top ({@code <div><i>2024-05-02T09:30:00Z</i></div>}), a
 * {@code <time datetime>} that makes up a whole block there, or a short written date alone in a
 * block ("May 1, 2024 10:32 AM EDT", "Published: 1 May 2024"). Such a block is a dateline, not body text.
 */
final class StandaloneTimestamp {

    /** How many blocks from the top a dateline may sit: after a lead image and its caption at most. */
    static final int NEAR_TOP = 3;

    /** Longer blocks are sentences that mention a date, not datelines. */
    private static final int LONGEST_WRITTEN_DATELINE = 60;

    private StandaloneTimestamp() {}

    /** The position of the dateline among {@code blocks}, or -1. */
    static int find(List<Block> blocks) {
        for (int i = 0; i < Math.min(NEAR_TOP, blocks.size()); i++) {
            if (blocks.get(i) instanceof TextBlock text && instantOf(text) != null) {
                return i;
            }
        }
        return -1;
    }

    static Instant instantOf(TextBlock block) {
        Instant iso = TimestampParser.parse(block.text());
        if (iso != null) {
            return iso;
        }
        Instant machine = TimestampParser.parse(block.datetime());
        if (machine != null) {
            return machine;
        }
        // "May 1, 2024 10:32 AM EDT" or "Published: 1 May 2024" alone in a block is a dateline too.
        return block.text().length() <= LONGEST_WRITTEN_DATELINE ? VisibleDateline.dateOf(block.text()) : null;
    }
}
