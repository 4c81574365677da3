package dev.newsflow.enrich.topology;

import dev.newsflow.core.stage.PipelineStage;
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

/**
 * The enrich stage: runs the enrich topology. Started means RUNNING, closed means every task
 * committed and left.
 */
public final class EnrichStage implements PipelineStage {

    private static final Logger LOG = LoggerFactory.getLogger(EnrichStage.class);

    /** How long a start may take: joining the group, and on a first start creating the internal topics. */
    private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

    private final KafkaStreams streams;
    /** Streams and client metrics (lag, rates, commit latency) into the process's meter registry. */
    private final KafkaStreamsMetrics streamsMetrics;
    private final CountDownLatch running = new CountDownLatch(1);
    private volatile KafkaStreams.State state = KafkaStreams.State.CREATED;
    private volatile boolean closed;

    public EnrichStage(EnrichConfig config, Enricher enricher, Clock clock) {
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

    /** Starts and waits until the stage is RUNNING. */
    @Override
    public void start() throws InterruptedException {
        streams.start();
        if (!running.await(START_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
            throw new IllegalStateException("the enrich stage is not running after " + START_TIMEOUT.toMinutes()
                    + " minutes (state " + state + ")");
        }
    }

    /** RUNNING: every task assigned and processing. */
    @Override
    public boolean ready() {
        return state == KafkaStreams.State.RUNNING;
    }

    /** Null while the stage can make progress (starting, running, rebalancing). */
    @Override
    public String failure() {
        return closed || state.isRunningOrRebalancing() || state == KafkaStreams.State.CREATED ? null
                : "the enrich streams are " + state;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        streams.close(Duration.ofSeconds(30));
        streamsMetrics.close();
    }
}
