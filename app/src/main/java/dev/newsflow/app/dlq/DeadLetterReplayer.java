package dev.newsflow.app.dlq;

import dev.newsflow.core.event.DeadLetter;
import dev.newsflow.core.event.RawArticle;
import dev.newsflow.core.event.Stage;
import dev.newsflow.core.kafka.ClientSettings;
import dev.newsflow.core.topic.Topics;
import dev.newsflow.ingest.source.archive.ArchivedItemParser;
import dev.newsflow.ingest.source.archive.ArchivedItems;
import dev.newsflow.ingest.source.archive.MalformedItemException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;

/**
 * Sends selected dead letters back into the stage that failed them, after a fix: an enrich dead
 * letter's original record goes back to {@code news.raw.v1}, a sink dead letter's to
 * {@code news.enriched.v1}, an ingest dead letter's original file is parsed again and published as a
 * raw article. Each re-injected record and its mark on the replay log are written in one
 * transaction, so a dead letter is replayed exactly once however often the command runs.
 */
public final class DeadLetterReplayer {

    /** One replayer at a time: a second one fences the first instead of replaying the same letters. */
    private static final String TRANSACTIONAL_ID = "newsflow-dlq-replay";

    private final String bootstrapServers;
    private final Map<String, String> clientOverrides;
    private final Clock clock;
    private final ArchivedItemParser parser = new ArchivedItemParser();

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
                    producer.send(reinjected(logged.letter()));
                    producer.send(new ProducerRecord<>(Topics.DEAD_LETTER_REPLAYS.name(), utf8(logged.position()),
                            utf8(clock.instant().toString())));
                    replayed++;
                } catch (MalformedItemException | IllegalArgumentException e) {
                    failures.add(logged.position() + ": " + DeadLetter.reasonOf(e));
                }
            }
            producer.commitTransaction();
        }
        return new ReplayReport(replayed, alreadyReplayed, failures);
    }

    private ProducerRecord<byte[], byte[]> reinjected(DeadLetter letter) throws MalformedItemException {
        if (Stage.ENRICH.wireName().equals(letter.stage())) {
            return new ProducerRecord<>(Topics.RAW.name(), letter.key(), letter.payload());
        }
        if (Stage.SINK.wireName().equals(letter.stage())) {
            return new ProducerRecord<>(Topics.ENRICHED.name(), letter.key(), letter.payload());
        }
        if (Stage.INGEST.wireName().equals(letter.stage())) {
            String input = letter.source() == null ? "replay" : letter.source().input();
            RawArticle article = ArchivedItems.toRawArticle(parser.parse(letter.payload()), input, clock.instant());
            return new ProducerRecord<>(Topics.RAW.name(), utf8(article.id()), Topics.RAW.valueSerde().serializer().serialize(Topics.RAW.name(), article));
        }
        throw new IllegalArgumentException("unknown stage " + letter.stage());
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
