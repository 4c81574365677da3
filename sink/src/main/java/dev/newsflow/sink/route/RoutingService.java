package dev.newsflow.sink.route;

import dev.newsflow.core.event.RecordSizes;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs the routing topology with {@code exactly_once_v2}: each poll's routed copies and its input
 * offsets commit in one transaction, so a {@code read_committed} consumer of a routed topic sees
 * every event once and never a half-routed batch.
 */
public final class RoutingService implements AutoCloseable {

    public static final String DEFAULT_APPLICATION_ID = "newsflow-router";

    private static final Logger LOG = LoggerFactory.getLogger(RoutingService.class);

    private final KafkaStreams streams;
    private final CountDownLatch running = new CountDownLatch(1);
    private volatile KafkaStreams.State state = KafkaStreams.State.CREATED;

    public RoutingService(String bootstrapServers, String applicationId, Path stateDir, RoutingRules rules,
                          Map<String, String> overrides) {
        Topology topology = RoutingTopology.build(rules);
        LOG.info("routing topology:\n{}", topology.describe());
        this.streams = new KafkaStreams(topology, settings(bootstrapServers, applicationId, stateDir, overrides));
        streams.setStateListener((newState, oldState) -> {
            state = newState;
            LOG.info("routing: {} -> {}", oldState, newState);
            if (newState == KafkaStreams.State.RUNNING) {
                running.countDown();
            }
        });
        // A failing thread is an infrastructure failure (routing itself cannot fail on a record):
        // a fresh thread goes on from the last committed transaction.
        streams.setUncaughtExceptionHandler(error -> {
            LOG.error("routing: stream thread failed, replacing it", error);
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        });
    }

    static Properties settings(String bootstrapServers, String applicationId, Path stateDir, Map<String, String> overrides) {
        Properties props = new Properties();
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, applicationId);
        props.put(StreamsConfig.STATE_DIR_CONFIG, stateDir.toString());
        // Routed copies and input offsets commit together: no duplicate and no half-routed batch.
        props.put(StreamsConfig.PROCESSING_GUARANTEE_CONFIG, StreamsConfig.EXACTLY_ONCE_V2);
        // Every processor is named; fail at build time if an internal topic or store is not.
        props.put(StreamsConfig.ENSURE_EXPLICIT_INTERNAL_RESOURCE_NAMING_CONFIG, "true");
        // Enriched events carry up to a 10 MB page.
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.MAX_PARTITION_FETCH_BYTES_CONFIG), String.valueOf(RecordSizes.MAX_MESSAGE_BYTES));
        props.put(StreamsConfig.consumerPrefix(ConsumerConfig.FETCH_MAX_BYTES_CONFIG), String.valueOf(4 * RecordSizes.MAX_MESSAGE_BYTES));
        props.put(StreamsConfig.producerPrefix(ProducerConfig.MAX_REQUEST_SIZE_CONFIG), String.valueOf(RecordSizes.MAX_MESSAGE_BYTES));
        props.put(StreamsConfig.producerPrefix(ProducerConfig.COMPRESSION_TYPE_CONFIG), "zstd");
        props.putAll(overrides);
        return props;
    }

    /** Starts and waits until RUNNING; false if it did not get there within {@code timeout}. */
    public boolean start(Duration timeout) throws InterruptedException {
        streams.start();
        return running.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** True while routing can make progress (not failed, not shutting down). */
    public boolean healthy() {
        return state.isRunningOrRebalancing() || state == KafkaStreams.State.CREATED;
    }

    @Override
    public void close() {
        streams.close(Duration.ofSeconds(30));
    }
}
