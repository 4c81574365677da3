package dev.newsflow.ingest;

import dev.newsflow.core.event.DeadLetter;
import dev.newsflow.core.event.Stage;
import dev.newsflow.core.text.Excerpt;
import dev.newsflow.ingest.publish.OversizedEventException;
import dev.newsflow.ingest.publish.RawPublisher;
import dev.newsflow.ingest.source.InputFile;
import dev.newsflow.ingest.source.InputRefusal;
import dev.newsflow.ingest.source.archive.ArchivedItemParser;
import dev.newsflow.ingest.source.archive.ArchivedItems;
import dev.newsflow.ingest.source.archive.MalformedItemException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import org.apache.kafka.clients.producer.RecordMetadata;

/**
 * Ingests archived feed items: each valid item is published as a raw article; each malformed one
 * becomes a dead letter with its original bytes and a one-line error naming the input, and the batch
 * goes on. So does an input refused unread (too large, a link out of the input folder, unreadable):
 * its dead letter carries what may be kept of it (the first bytes, size and hash of a file too
 * large; nothing of a link's target).
 */
public final class ArchiveIngest {

    /** Waits for acknowledgements every so many items, so memory stays flat on huge directories. */
    private static final int ACK_BATCH = 500;

    private final RawPublisher publisher;
    private final Consumer<String> errorLines;
    private final Clock clock;
    private final ArchivedItemParser parser = new ArchivedItemParser();

    /**
     * @param publisher  where raw articles and dead letters go
     * @param errorLines receives one line per malformed input (the CLI prints them on stderr)
     * @param clock      stamps fetchedAt and dead-letter times
     */
    public ArchiveIngest(RawPublisher publisher, Consumer<String> errorLines, Clock clock) {
        this.publisher = publisher;
        this.errorLines = errorLines;
        this.clock = clock;
    }

    /** Publishes every input and waits until the broker has acknowledged all of them. */
    public IngestReport ingest(Iterable<InputFile> inputs) throws ExecutionException, InterruptedException {
        int read = 0;
        int published = 0;
        int deadLettered = 0;
        List<Future<RecordMetadata>> pending = new ArrayList<>();
        for (InputFile input : inputs) {
            read++;
            DeadLetter letter = null;
            if (input.refusal() != null) {
                letter = refused(input);
            } else {
                try {
                    var article = ArchivedItems.toRawArticle(parser.parse(input.bytes()), input.origin(), clock.instant());
                    pending.add(publisher.publish(article));
                    published++;
                } catch (MalformedItemException e) {
                    letter = deadLetter(input, "MalformedItem", e.getMessage());
                } catch (OversizedEventException e) {
                    letter = deadLetter(input, "RawEventTooLarge", e.getMessage());
                }
            }
            if (letter != null) {
                // The letter's reason is already escaped and bounded; so is the path here (a file name may hold a line break).
                errorLines.accept("newsflow: ingest: " + Excerpt.of(input.origin(), DeadLetter.Source.MAX_INPUT_CHARS) + ": "
                        + letter.errorMessage());
                pending.add(publisher.deadLetter(input.origin(), letter));
                deadLettered++;
            }
            if (pending.size() >= ACK_BATCH) {
                publisher.flush(pending);
                pending.clear();
            }
        }
        publisher.flush(pending);
        return new IngestReport(read, published, deadLettered);
    }

    private DeadLetter deadLetter(InputFile input, String errorClass, String reason) {
        // DeadLetter keeps the first bytes only, with length and hash, when the input is larger than its topic allows.
        return DeadLetter.of(Stage.INGEST, errorClass, reason, DeadLetter.Source.input(input.origin()), null, null,
                input.bytes(), clock.instant());
    }

    private DeadLetter refused(InputFile input) {
        InputRefusal refusal = input.refusal();
        if (refusal.size() != null) {
            return DeadLetter.ofCutInput(Stage.INGEST, refusal.kind().errorClass(), refusal.reason(),
                    DeadLetter.Source.input(input.origin()), input.bytes(), refusal.size(), refusal.sha256(), clock.instant());
        }
        return deadLetter(input, refusal.kind().errorClass(), refusal.reason());
    }
}
