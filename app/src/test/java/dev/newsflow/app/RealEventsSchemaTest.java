package dev.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsflow.app.run.BundledSamples;
import dev.newsflow.core.event.DeadLetter;
import dev.newsflow.core.event.EnrichedArticle;
import dev.newsflow.core.event.RawArticle;
import dev.newsflow.core.event.Stage;
import dev.newsflow.core.json.EventSchemas;
import dev.newsflow.enrich.Enricher;
import dev.newsflow.ingest.source.InputFile;
import dev.newsflow.ingest.source.archive.ArchivedItemParser;
import dev.newsflow.ingest.source.archive.ArchivedItems;
import dev.newsflow.ingest.source.archive.MalformedItemException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Events as the real stages produce them from the bundled samples validate against docs/schemas. */
class RealEventsSchemaTest {

    private final ArchivedItemParser parser = new ArchivedItemParser();
    private final Enricher enricher = new Enricher();

    @Test
    void shouldProduceRawAndEnrichedEventsThatMatchTheirSchemas() throws Exception {
        for (InputFile sample : BundledSamples.load()) {
            RawArticle raw = ArchivedItems.toRawArticle(parser.parse(sample.bytes()), sample.origin(), Instant.now());
            EnrichedArticle enriched = enricher.enrich(raw);

            assertThat(EventSchemas.validate(raw)).as("raw event of %s", sample.origin()).isEmpty();
            assertThat(EventSchemas.validate(enriched)).as("enriched event of %s", sample.origin()).isEmpty();
        }
    }

    @Test
    void shouldProduceIngestDeadLettersThatMatchTheirSchema() {
        byte[] malformed = "not an archived item".getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> parser.parse(malformed)).isInstanceOfSatisfying(MalformedItemException.class, e -> {
            DeadLetter letter = DeadLetter.of(Stage.INGEST, "MalformedItem", e.getMessage(),
                    DeadLetter.Source.input("items/bad.txt"), null, null, malformed, Instant.now());
            assertThat(EventSchemas.validate(letter)).isEmpty();
        });
    }
}
