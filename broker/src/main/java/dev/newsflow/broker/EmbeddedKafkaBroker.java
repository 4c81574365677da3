package dev.newsflow.broker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.Map;
import kafka.server.KafkaConfig;
import kafka.server.KafkaRaftServer;
import org.apache.kafka.common.utils.Time;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A real single-node Kafka (KRaft broker and controller in one) running inside this JVM, listening
 * on 127.0.0.1 only. Its data lives in one directory: start it again on the same directory, even
 * after the process was killed, and it recovers its topics, offsets and cluster id.
 *
 * <p>It is Kafka's own server, so it behaves as one: on a fatal storage error (a full disk, a
 * foreign subdirectory in its log dir) Kafka halts the whole JVM, the host application included.
 *
 * <pre>{@code
 * try (EmbeddedKafkaBroker kafka = EmbeddedKafkaBroker.start(dataDir, 0)) {
 *     String bootstrap = kafka.bootstrapServers();   // e.g. "127.0.0.1:41873"
 * }
 * }</pre>
 */
public final class EmbeddedKafkaBroker implements AutoCloseable {

    /**
     * The largest record batch the broker accepts: a dead letter, which carries a 10 MB page and its
     * event envelope in base64. The same value as core's {@code RecordSizes.DEAD_LETTER_MAX_MESSAGE_BYTES}
     * (this module does not depend on core; a test in app checks that they agree).
     */
    public static final int MAX_MESSAGE_BYTES = 24 * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedKafkaBroker.class);

    private final KafkaRaftServer server;
    private final String bootstrapServers;
    private boolean closed;

    private EmbeddedKafkaBroker(KafkaRaftServer server, String bootstrapServers) {
        this.server = server;
        this.bootstrapServers = bootstrapServers;
    }

    /** Starts a broker with newsflow's defaults; {@code port} 0 picks a free loopback port. */
    public static EmbeddedKafkaBroker start(Path dataDir, int port) {
        return start(dataDir, port, Map.of());
    }

    /**
     * Starts a broker whose settings are newsflow's defaults with {@code overrides} on top, and
     * returns once it accepts clients. Formats {@code dataDir} on first use and reuses it after.
     *
     * @param port the client port; 0 picks the port this data directory's broker had last time when
     *             it is free (see {@link RememberedPorts}), else a free one
     * @throws IllegalArgumentException if {@code overrides} touches the listeners, quorum or log dir
     */
    public static EmbeddedKafkaBroker start(Path dataDir, int port, Map<String, String> overrides) {
        long startNanos = System.nanoTime();
        Path logDir = dataDir.toAbsolutePath();
        RememberedPorts remembered = RememberedPorts.of(logDir);
        int clientPort = port != 0 ? port : remembered.clientPort();
        int controllerPort = remembered.controllerPort();
        KafkaConfig config = new KafkaConfig(BrokerSettings.of(logDir, clientPort, controllerPort, overrides));
        try {
            LogDirectory.formatUnlessFormatted(logDir);
            remembered.remember(clientPort, controllerPort);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot format Kafka log directory " + logDir, e);
        }
        KafkaRaftServer server = new KafkaRaftServer(config, Time.SYSTEM);
        try {
            // Returns once the controller has unfenced the broker, i.e. it serves clients.
            server.startup();
        } catch (RuntimeException e) {
            server.shutdown();
            server.awaitShutdown();
            throw e;
        }
        EmbeddedKafkaBroker broker = new EmbeddedKafkaBroker(server, "127.0.0.1:" + clientPort);
        LOG.info("Kafka broker up at {} on {} in {} ms", broker.bootstrapServers, logDir,
                (System.nanoTime() - startNanos) / 1_000_000);
        return broker;
    }

    /** The {@code bootstrap.servers} value for clients of this broker. */
    public String bootstrapServers() {
        return bootstrapServers;
    }

    /** Shuts the broker down cleanly and waits until it has; calling it again does nothing. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        server.shutdown();
        server.awaitShutdown();
        LOG.info("Kafka broker at {} stopped", bootstrapServers);
    }
}
