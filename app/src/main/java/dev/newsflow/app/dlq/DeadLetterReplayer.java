package dev.newsflow.app.dlq;

import dev.newsflow.core.event.DeadLetter;
import dev.newsflow.core.event.RawArticle;
import dev.newsflow.core.event.Stage;
import dev.newsflow.core.kafka.ClientSettings;
import dev.newsflow.core.topic.Topics;
import dev.newsflow.ingest.publish.OversizedEventException;
import dev.newsflow.ingest.publish.RawPublisher;
import dev.newsflow.ingest.source.InputRefusal;
import dev.newsflow.ingest.source.archive.ArchivedItemParser;
import dev.newsflow.ingest.source.archive.ArchivedItems;
import dev.newsflow.ingest.source.archive.MalformedItemException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
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
 *
 * <p>An ingest dead letter whose payload was cut (an input too large to carry whole) is replayed
 * from its source file instead, read again as ingest reads it, but only if the file is still there
 * with the very bytes that failed (its SHA-256 matches the letter's): a replay re-sends what failed,
 * and a file changed since is a new input for ingest, not this letter. Otherwise it fails with the
 * reason (gone, changed, still too large), and stays unreplayed.
 */
public final class DeadLetterReplayer {

    /** One replayer at a time: a second one fences the first instead of replaying the same letters. */
    private static final String TRANSACTIONAL_ID = "newsflow-dlq-replay";

    /** Ingest dead letters of inputs never read (unreadable, or a link out of the input folder): they carry no bytes. */
    private static final Set<String> UNREAD_INPUTS =
            Set.of(InputRefusal.Kind.UNREADABLE.errorClass(), InputRefusal.Kind.LINK_OUTSIDE_INPUT.errorClass());

    private final String bootstrapServers;
    private final Map<String, String> clientOverrides;
    private final Clock clock;
    private final ArchivedItemParser parser = new ArchivedItemParser();
    private final CutInputSource sources = new CutInputSource();

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
                } catch (MalformedItemException | OversizedEventException | IllegalArgumentException e) {
                    failures.add(logged.position() + ": " + DeadLetter.reasonOf(e));
                }
            }
            producer.commitTransaction();
        }
        return new ReplayReport(replayed, alreadyReplayed, failures);
    }

    private ProducerRecord<byte[], byte[]> reinjected(DeadLetter letter) throws MalformedItemException, OversizedEventException {
        if (Stage.ENRICH.wireName().equals(letter.stage())) {
            return new ProducerRecord<>(Topics.RAW.name(), letter.key(), letter.payload());
        }
        if (Stage.SINK.wireName().equals(letter.stage())) {
            return new ProducerRecord<>(Topics.ENRICHED.name(), letter.key(), letter.payload());
        }
        if (Stage.INGEST.wireName().equals(letter.stage())) {
            if (UNREAD_INPUTS.contains(letter.errorClass())) {
                throw new IllegalArgumentException("the input was refused unread (" + letter.errorClass()
                        + "): there are no bytes to replay; ingest it again once it can be read");
            }
            String input = letter.source() == null ? "replay" : letter.source().input();
            byte[] original = letter.payloadTruncated() ? sources.reread(letter) : letter.payload();
            RawArticle article = ArchivedItems.toRawArticle(parser.parse(original), input, clock.instant());
            return new ProducerRecord<>(Topics.RAW.name(), utf8(article.id()), RawPublisher.serialized(article));
        }
        throw new IllegalArgumentException("unknown stage " + letter.stage());
    }

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
