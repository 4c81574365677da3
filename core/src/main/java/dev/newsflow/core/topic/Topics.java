package dev.newsflow.core.topic;

import dev.newsflow.core.event.DeadLetter;
import dev.newsflow.core.event.EnrichedArticle;
import dev.newsflow.core.event.RawArticle;
import dev.newsflow.core.event.RecordSizes;
import dev.newsflow.core.event.SeenItem;
import dev.newsflow.core.event.Stage;
import dev.newsflow.core.json.JsonSerde;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The typed registry of newsflow's topics. Names carry the schema's major version: a breaking
 * change to an event gets a new topic.
 */
public final class Topics {

    private static final Map<String, String> LARGE_RECORDS = Map.of(
            // Raise the topic cap from the broker's 1 MB default so that a 10 MB page fits.
            TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(RecordSizes.MAX_MESSAGE_BYTES),
            // Keep what the producer compressed (zstd) instead of recompressing on the broker.
            TopicConfig.COMPRESSION_TYPE_CONFIG, "producer");

    private static final Map<String, String> DEAD_LETTER_RECORDS = Map.of(
            // Larger than the raw and enriched topics' cap: a dead letter carries their record in base64.
            TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(RecordSizes.DEAD_LETTER_MAX_MESSAGE_BYTES),
            TopicConfig.COMPRESSION_TYPE_CONFIG, "producer");

    public static final Topic<String, RawArticle> RAW =
            new Topic<>("news.raw.v1", Serdes.String(), JsonSerde.of(RawArticle.class), LARGE_RECORDS);

    public static final Topic<String, EnrichedArticle> ENRICHED =
            new Topic<>("news.enriched.v1", Serdes.String(), JsonSerde.of(EnrichedArticle.class), LARGE_RECORDS);

    /** Dead letters of every stage; the value carries the stage, the reason and the original bytes. */
    public static final Topic<String, DeadLetter> DEAD_LETTERS =
            new Topic<>("news.dlq.v1", Serdes.String(), JsonSerde.of(DeadLetter.class), DEAD_LETTER_RECORDS);

    /**
     * Ingest's seen-state: what each source last published per item, keyed {@code sourceId|articleId}.
     * Compacted, because only the latest record per key matters and the topic is read whole at start.
     */
    public static final Topic<String, SeenItem> INGEST_SEEN =
            new Topic<>("news.ingest.seen.v1", Serdes.String(), JsonSerde.of(SeenItem.class),
                    Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));

    /**
     * Which dead letters have been replayed, keyed {@code partition/offset} of the dead letter; the
     * value is the replay time. Compacted: one record per dead letter, kept forever, so each dead
     * letter is replayed at most once however often an operator runs {@code dlq replay}.
     */
    public static final Topic<String, String> DEAD_LETTER_REPLAYS =
            new Topic<>("news.dlq.replayed.v1", Serdes.String(), Serdes.String(),
                    Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));

    public static final List<Topic<?, ?>> ALL = List.of(RAW, ENRICHED, DEAD_LETTERS, INGEST_SEEN, DEAD_LETTER_REPLAYS);

    /**
     * The topic a stage reads its records from, where a replay sends that stage's dead letters back:
     * enrich reads raw articles, sink enriched ones. Ingest reads no topic (files, feeds, pushes): empty.
     */
    public static Optional<Topic<String, ?>> inputOf(Stage stage) {
        return switch (stage) {
            case INGEST -> Optional.empty();
            case ENRICH -> Optional.of(RAW);
            case SINK -> Optional.of(ENRICHED);
        };
    }

    private Topics() {}
}
