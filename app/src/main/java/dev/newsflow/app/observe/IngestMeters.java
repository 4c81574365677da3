package dev.newsflow.app.observe;

import static dev.newsflow.core.observe.StageMeters.DEAD_LETTERED;
import static dev.newsflow.core.observe.StageMeters.IN;
import static dev.newsflow.core.observe.StageMeters.OUT;

import dev.newsflow.core.observe.StageMeters;
import dev.newsflow.ingest.IngestReport;
import dev.newsflow.ingest.IngestStage;
import dev.newsflow.ingest.poll.PollOutcome;
import dev.newsflow.ingest.poll.UnparseableDocumentException;
import dev.newsflow.ingest.source.InputFile;
import dev.newsflow.ingest.source.archive.ArchivedItems;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.Iterator;

/**
 * The ingest stage's article counters. Archived items: each item counts as taken in when ingest
 * reads it (so the page moves during a long pass); published and dead-lettered count once the
 * broker acknowledged the pass. Feeds: per poll, the new and changed items (the seen-state keeps
 * unchanged ones out) and unparseable documents, under the feed's source id.
 */
public final class IngestMeters implements IngestStage.Listener {

    private static final String INGEST = "ingest";
    private static final String SOURCE = ArchivedItems.SOURCE_TYPE;
    /** The reason ingest gives every malformed archived item's dead letter. */
    private static final String MALFORMED = "MalformedItem";

    private final MeterRegistry registry;
    private final Counter in;
    private final Counter out;
    private final Counter deadLettered;
    private final Counter deadLetters;

    IngestMeters(MeterRegistry registry) {
        this.registry = registry;
        this.in = StageMeters.articles(registry, INGEST, IN, SOURCE);
        this.out = StageMeters.articles(registry, INGEST, OUT, SOURCE);
        this.deadLettered = StageMeters.articles(registry, INGEST, DEAD_LETTERED, SOURCE);
        this.deadLetters = StageMeters.deadLetters(registry, INGEST, MALFORMED);
    }

    /** {@code inputs}, counting each item as it is read. */
    @Override
    public Iterable<InputFile> reading(Iterable<InputFile> inputs) {
        return () -> {
            Iterator<InputFile> items = inputs.iterator();
            return new Iterator<>() {
                @Override
                public boolean hasNext() {
                    return items.hasNext();
                }

                @Override
                public InputFile next() {
                    InputFile item = items.next();
                    in.increment();
                    return item;
                }
            };
        };
    }

    /** Counts what one poll of a feed published or dead-lettered. */
    @Override
    public void polled(PollOutcome outcome) {
        int published = outcome.report().published() + outcome.report().revised();
        int deadLettered = outcome.kind() == PollOutcome.Kind.DEAD_LETTERED ? 1 : 0;
        StageMeters.articles(registry, INGEST, IN, outcome.sourceId()).increment(published + deadLettered);
        StageMeters.articles(registry, INGEST, OUT, outcome.sourceId()).increment(published);
        if (deadLettered > 0) {
            StageMeters.articles(registry, INGEST, DEAD_LETTERED, outcome.sourceId()).increment();
            StageMeters.deadLetters(registry, INGEST, UnparseableDocumentException.class.getName()).increment();
        }
    }

    /** Counts the outcomes of one acknowledged pass. */
    @Override
    public void passed(IngestReport report) {
        out.increment(report.published());
        deadLettered.increment(report.deadLettered());
        deadLetters.increment(report.deadLettered());
    }
}
