package dev.newsflow.enrich.extract.body;

import dev.newsflow.core.time.WrittenDate;
import dev.newsflow.core.time.DateReader;
import dev.newsflow.enrich.extract.date.VisibleDateline;
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
            if (blocks.get(i) instanceof TextBlock text && dateOf(text) != null) {
                return i;
            }
        }
        return -1;
    }

    static WrittenDate dateOf(TextBlock block) {
        WrittenDate written = block.datetime() == null ? null : DateReader.parseWhole(block.datetime());
        if (written == null) {
            written = DateReader.parseWhole(block.text());
        }
        if (written == null && block.text().length() <= LONGEST_WRITTEN_DATELINE) {
            // "May 1, 2024 10:32 AM EDT" or "Published: 1 May 2024" alone in a block is a dateline too.
            written = VisibleDateline.dateOf(block.text());
        }
        return written;
    }
}
