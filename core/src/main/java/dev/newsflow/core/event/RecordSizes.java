package dev.newsflow.core.event;

/**
 * How large newsflow's records may grow, one limit per kind of record. The events define them
 * (a page's cap, its JSON envelope, a dead letter carrying an original in base64); the topics,
 * brokers and clients are configured from them.
 */
public final class RecordSizes {

    /** The largest page the pipeline carries uncut (UTF-8 bytes of content); larger content is cut and flagged. */
    public static final int MAX_CONTENT_BYTES = 10 * 1024 * 1024;

    /**
     * The largest record of the raw and enriched topics, topic-side and client-side: a 10 MB page plus
     * its JSON envelope (escaping of quotes and control characters can grow HTML by a few percent).
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

    private RecordSizes() {}
}
