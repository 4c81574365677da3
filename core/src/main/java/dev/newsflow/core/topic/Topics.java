package dev.newsflow.core.topic;

import dev.newsflow.core.event.DeadLetter;
import dev.newsflow.core.event.EnrichedArticle;
import dev.newsflow.core.event.RawArticle;
import dev.newsflow.core.event.SeenItem;
import dev.newsflow.core.json.JsonSerde;
import java.util.List;
import java.util.Map;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.serialization.Serdes;

/**
 * The typed registry of newsflow's topics. Names carry the schema's major version: a breaking
 * change to an event gets a new topic.
 */
public final class Topics {

    /** The largest page the pipeline carries uncut (UTF-8 bytes of content); larger content is cut and flagged. */
    public static final int MAX_CONTENT_BYTES = 10 * 1024 * 1024;

    /**
     * The largest record, topic-side and client-side: a 10 MB page plus its JSON envelope
     * (escaping of quotes and control characters can grow HTML by a few percent).
     */
    public static final int MAX_MESSAGE_BYTES = 16 * 1024 * 1024;

    /**
     * The largest dead letter, topic-side and client-side. A dead letter carries its original record
     * (up to {@link #MAX_MESSAGE_BYTES} of key and value) in base64, 4/3 of its size: at most 21.4 MiB.
     * Its other fields are bounded to a few KiB ({@link DeadLetter}'s constructor cuts them), and the
     * record key and headers it is sent with come from the same original. 24 MiB leaves 2.6 MiB of
     * room above that, so any record of the raw or enriched topic can be dead-lettered whole.
     */
    public static final int DEAD_LETTER_MAX_MESSAGE_BYTES = 24 * 1024 * 1024;

    private static final Map<String, String> LARGE_RECORDS = Map.of(
            // Raise the topic cap from the broker's 1 MB default so that a 10 MB page fits.
            TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(MAX_MESSAGE_BYTES),
            // Keep what the producer compressed (zstd) instead of recompressing on the broker.
            TopicConfig.COMPRESSION_TYPE_CONFIG, "producer");

    private static final Map<String, String> DEAD_LETTER_RECORDS = Map.of(
            // Larger than the raw and enriched topics' cap: a dead letter carries their record in base64.
            TopicConfig.MAX_MESSAGE_BYTES_CONFIG, String.valueOf(DEAD_LETTER_MAX_MESSAGE_BYTES),
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

    private Topics() {}
}
