package dev.newsflow.core.kafka;

import dev.newsflow.core.event.RecordSizes;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;

/**
 * Client settings shared by every newsflow producer and consumer outside Kafka Streams. In both,
 * {@code overrides} (e.g. TLS or SASL settings of a real cluster) win over these defaults.
 */
public final class ClientSettings {

    private ClientSettings() {}

    /** An idempotent, compressing producer able to carry a 10 MB page, and a dead letter of one. */
    public static Properties idempotentProducer(String bootstrapServers, String clientId, Map<String, String> overrides) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.CLIENT_ID_CONFIG, clientId);
        // No duplicates from retries, and a write counts only once every in-sync replica has it.
        props.put(ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, "true");
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        // HTML compresses 5-10x; zstd gives the best ratio for the CPU it costs.
        props.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "zstd");
        // The largest record newsflow writes must fit in one request (default 1 MB): a dead letter,
        // which carries a whole raw or enriched record (a 10 MB page and its envelope) in base64.
        props.put(ProducerConfig.MAX_REQUEST_SIZE_CONFIG, String.valueOf(RecordSizes.DEAD_LETTER_MAX_MESSAGE_BYTES));
        props.put(ProducerConfig.BUFFER_MEMORY_CONFIG, String.valueOf(4L * RecordSizes.DEAD_LETTER_MAX_MESSAGE_BYTES));
        // Items arrive in bursts (a directory, a feed): wait briefly so they share batches.
        props.put(ProducerConfig.LINGER_MS_CONFIG, "20");
        props.putAll(overrides);
        return props;
    }

    /**
     * A consumer in {@code groupId} that sees only committed transactional output and commits its
     * offsets itself, after the work is done.
     */
    public static Properties readCommittedConsumer(String bootstrapServers, String groupId, Map<String, String> overrides) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        if (groupId != null) {
            props.put(ConsumerConfig.GROUP_ID_CONFIG, groupId);
        }
        // Enrich writes in transactions: never read an aborted or unfinished one.
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        // Offsets are committed only after the records are stored (at-least-once + idempotent writes).
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        // A new group starts from the beginning: every article published before the sink came up counts.
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        // One record may be a 10 MB page, or a dead letter carrying one (defaults: 1 MB per partition, 50 MB per fetch).
        props.put(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG, String.valueOf(RecordSizes.DEAD_LETTER_MAX_MESSAGE_BYTES));
        props.put(ConsumerConfig.FETCH_MAX_BYTES_CONFIG, String.valueOf(4 * RecordSizes.MAX_MESSAGE_BYTES));
        props.putAll(overrides);
        return props;
    }
}
