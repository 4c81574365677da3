package dev.newsflow.ingest;

import dev.newsflow.core.event.DeadLetter;
import dev.newsflow.core.event.Stage;
import dev.newsflow.ingest.publish.RawPublisher;
import dev.newsflow.ingest.source.InputFile;
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
 * goes on.
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
            try {
                if (input.readError() != null) {
                    throw new MalformedItemException(input.readError());
                }
                var article = ArchivedItems.toRawArticle(parser.parse(input.bytes()), input.origin(), clock.instant());
                pending.add(publisher.publish(article));
                published++;
            } catch (MalformedItemException e) {
                errorLines.accept("newsflow: ingest: " + input.origin() + ": " + e.getMessage());
                pending.add(publisher.deadLetter(input.origin(), DeadLetter.of(
                        Stage.INGEST, "MalformedItem", e.getMessage(), DeadLetter.Source.input(input.origin()),
                        null, null, input.bytes(), clock.instant())));
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
}
