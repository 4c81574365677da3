package dev.newsflow.enrich.topology;

import dev.newsflow.enrich.Enricher;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.binder.kafka.KafkaStreamsMetrics;
import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.streams.KafkaStreams;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.errors.StreamsUncaughtExceptionHandler.StreamThreadExceptionResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the enrich topology: started means RUNNING, closed means every task committed and left. */
public final class EnrichService implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(EnrichService.class);

    private final KafkaStreams streams;
    /** Streams and client metrics (lag, rates, commit latency) into the process's meter registry. */
    private final KafkaStreamsMetrics streamsMetrics;
    private final CountDownLatch running = new CountDownLatch(1);
    private volatile KafkaStreams.State state = KafkaStreams.State.CREATED;

    public EnrichService(EnrichConfig config, Enricher enricher, Clock clock) {
        Topology topology = EnrichTopology.build(enricher, clock);
        LOG.info("enrich topology:\n{}", topology.describe());
        this.streams = new KafkaStreams(topology, config.toProperties());
        this.streamsMetrics = new KafkaStreamsMetrics(streams);
        streamsMetrics.bindTo(Metrics.globalRegistry);
        streams.setStateListener((newState, oldState) -> {
            state = newState;
            LOG.info("enrich: {} -> {}", oldState, newState);
            if (newState == KafkaStreams.State.RUNNING) {
                running.countDown();
            }
        });
        // Record-level failures are dead letters already; anything reaching here is a bug or an
        // infrastructure failure: a fresh thread retries from the last committed transaction.
        streams.setUncaughtExceptionHandler(error -> {
            LOG.error("enrich: stream thread failed, replacing it", error);
            return StreamThreadExceptionResponse.REPLACE_THREAD;
        });
    }

    /** Starts and waits until the stage is RUNNING; false if it did not get there within {@code timeout}. */
    public boolean start(Duration timeout) throws InterruptedException {
        streams.start();
        return running.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    public KafkaStreams.State state() {
        return state;
    }

    /** True while the stage can make progress (not failed, not shutting down). */
    public boolean healthy() {
        return state.isRunningOrRebalancing() || state == KafkaStreams.State.CREATED;
    }

    @Override
    public void close() {
        streams.close(Duration.ofSeconds(30));
        streamsMetrics.close();
    }
}
