package dev.newsflow.enrich.topology;

import dev.newsflow.core.event.RecordSizes;
import java.nio.file.Path;
import java.util.Map;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.StreamsConfig;

/**
 * How the enrich stage runs: where Kafka is, its application id, state directory and threads, and
 * any client settings to pass through (TLS, SASL, tuning), which win over the defaults here.
 *
 * @param bootstrapServers Kafka bootstrap servers
 * @param applicationId    Kafka Streams application id (the consumer group and transactional id prefix)
 * @param stateDir         where Streams keeps local state
 * @param threads          stream threads in this instance; scale out by running more instances
 * @param overrides        extra Streams / client settings
 */
public record EnrichConfig(String bootstrapServers, String applicationId, Path stateDir, int threads,
                           Map<String, String> overrides) {

    public static final String DEFAULT_APPLICATION_ID = "newsflow-enrich";

    public EnrichConfig {
        overrides = Map.copyOf(overrides);
    }

    public Properties toProperties() {
        Properties props = new Properties();
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        props.put(StreamsConfig.NUM_STREAM_THREADS_CONFIG, String.valueOf(threads));
        // Each raw event ends as exactly one enriched event or one dead letter, even across crashes.
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        // A transaction per 500 ms instead of Streams' 100 ms under EOS: each commit costs the broker
        // markers on every partition written and the thread a flush. newsflow bench, 10,000 items on
        // 2 cores: 643-769 articles/s at 100 ms, 734-811 at 500, 814-833 at 1,000 (CPU per article
        // 2.5-3.0 -> 2.4-2.6 -> 2.3 ms). Consumers read committed, so this adds up to half a second
        // to what they see, well inside the 2 s p99 a steady load must keep.
        props.put(StreamsConfig.COMMIT_INTERVAL_MS_CONFIG, "500");
        // Every processor, store and internal topic must carry an explicit name (STYLE: everything named).
        props.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, "true");
        // A record too large for the enriched topic becomes a dead letter instead of killing the thread.
        props.put(StreamsConfig.PRODUCTION_EXCEPTION_HANDLER_CLASS_CONFIG, OversizedOutputHandler.class.getName());
        // Opt in to the Kafka 5.0 default now (there are no global stores): keeps start-up free of a warning.
        props.put(StreamsConfig.PROCESSING_EXCEPTION_HANDLER_GLOBAL_ENABLED_CONFIG, "true");
        // One record may be a 10 MB page (client defaults: 1 MB).
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG), String.valueOf(RecordSizes.MAX_MESSAGE_BYTES));
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.FETCH_MAX_BYTES_CONFIG), String.valueOf(4 * RecordSizes.MAX_MESSAGE_BYTES));
        // The producer also writes dead letters, which carry such a page in base64.
        props.put(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG), String.valueOf(RecordSizes.DEAD_LETTER_MAX_MESSAGE_BYTES));
        // Enriched JSON is text-heavy: zstd keeps topics small for the CPU it costs.
        props.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "zstd");
        // Enrichment costs milliseconds per page: fetch fewer records per poll so a batch never nears the poll timeout.
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.MAX_POLL_RECORDS_CONFIG), "200");
        props.putAll(overrides);
        return props;
    }
}
