package dev.newsflow.app.dlq;

import dev.newsflow.core.event.DeadLetter;
import dev.newsflow.core.event.RawArticle;
import dev.newsflow.core.event.Stage;
import dev.newsflow.core.kafka.ClientSettings;
import dev.newsflow.core.topic.Topic;
import dev.newsflow.core.topic.Topics;
import dev.newsflow.ingest.poll.UnparseableDocumentException;
import dev.newsflow.ingest.publish.OversizedEventException;
import dev.newsflow.ingest.publish.RawPublisher;
import dev.newsflow.ingest.replay.IngestReplay;
import dev.newsflow.ingest.source.archive.MalformedItemException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Sends selected dead letters back into the stage that failed them, after a fix: an enrich or sink
 * dead letter's original record goes back to the topic that stage reads ({@link Topics#inputOf}),
 * an ingest dead letter is read again the way ingest read it ({@link IngestReplay}: a feed's bytes
 * as that feed, an archived item from its bytes or its file) and published as raw articles. Each
 * re-injected record and its mark on the replay log are written in one transaction, so a dead
 * letter is replayed exactly once however often the command runs; one that cannot be read again
 * fails with the reason, and stays unreplayed.
 */
public final class DeadLetterReplayer {

    /** One replayer at a time: a second one fences the first instead of replaying the same letters. */
    private static final String TRANSACTIONAL_ID = "newsflow-dlq-replay";

    private final String bootstrapServers;
    private final Map<String, String> clientOverrides;
    private final Clock clock;
    private final IngestReplay ingest = new IngestReplay();

    public DeadLetterReplayer(String bootstrapServers, Map<String, String> clientOverrides, Clock clock) {
        this.bootstrapServers = bootstrapServers;
        this.clientOverrides = clientOverrides;
        this.clock = clock;
    }

    public ReplayReport replay(List<LoggedDeadLetter> selected) {
        List<String> failures = new ArrayList<>();
        int replayed = 0;
        int alreadyReplayed = 0;
        Properties props = ClientSettings.idempotentProducer(bootstrapServers, TRANSACTIONAL_ID, clientOverrides);
        props.put(ProducerConfig.TRANSACTIONAL_ID_CONFIG, TRANSACTIONAL_ID);
        try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(props, new ByteArraySerializer(), new ByteArraySerializer())) {
            producer.initTransactions();
            producer.beginTransaction();
            for (LoggedDeadLetter logged : selected) {
                if (logged.replayed()) {
                    alreadyReplayed++;
                    continue;
                }
                try {
                    reinjected(logged.letter()).forEach(producer::send);
                    producer.send(new ProducerRecord<>(Topics.DEAD_LETTER_REPLAYS.name(), utf8(logged.position()),
                            utf8(clock.instant().toString())));
                    replayed++;
                } catch (MalformedItemException | UnparseableDocumentException | OversizedEventException | IllegalArgumentException e) {
                    failures.add(logged.position() + ": " + DeadLetter.reasonOf(e));
                }
            }
            producer.commitTransaction();
        }
        return new ReplayReport(replayed, alreadyReplayed, failures);
    }

    private List<ProducerRecord<byte[], byte[]>> reinjected(DeadLetter letter)
            throws MalformedItemException, UnparseableDocumentException, OversizedEventException {
        Stage stage = Stage.ofWireName(letter.stage());
        Optional<Topic<String, ?>> input = Topics.inputOf(stage);
        if (input.isPresent()) {
            return List.of(new ProducerRecord<>(input.get().name(), letter.key(), letter.payload()));
        }
        List<ProducerRecord<byte[], byte[]>> records = new ArrayList<>();
        for (RawArticle article : ingest.articles(letter, clock.instant())) {
            records.add(new ProducerRecord<>(Topics.RAW.name(), utf8(article.id()), RawPublisher.serialized(article)));
        }
        return records;
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
