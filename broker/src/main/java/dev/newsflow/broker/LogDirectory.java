package dev.newsflow.broker;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.kafka.common.Uuid;
import org.apache.kafka.metadata.properties.MetaPropertiesEnsemble;
import org.apache.kafka.metadata.storage.Formatter;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The broker's one log directory. KRaft refuses to start on an unformatted directory, and
 * formatting a used one would lose its cluster id, so it is formatted only the first time.
 */
final class LogDirectory {

    private static final Logger LOG = LoggerFactory.getLogger(LogDirectory.class);

    private LogDirectory() {}

    /**
     * Formats {@code dir} for a new cluster unless an earlier run already did.
     *
     * @throws IllegalStateException if {@code dir} holds files but is no Kafka log directory
     */
    static void formatUnlessFormatted(Path dir) throws IOException {
        if (Files.exists(dir.resolve(MetaPropertiesEnsemble.META_PROPERTIES_NAME))) {
            LOG.info("Reusing formatted log directory {}", dir);
            return;
        }
        // Kafka takes every subdirectory of a log dir for a partition and halts the whole JVM on
        // one that is not: refuse here, with a message, rather than format a directory in use.
        if (Files.isDirectory(dir) && !isEmpty(dir)) {
            throw new IllegalStateException(dir + " is neither empty nor a formatted Kafka log directory"
                    + " (formatting may have been interrupted); give the broker a directory of its own");
        }
        Files.createDirectories(dir);
        String clusterId = Uuid.randomUuid().toString();
        // The formatter behind kafka-storage.sh format; it prints to stdout unless given a stream.
        ByteArrayOutputStream progress = new ByteArrayOutputStream();
        try (PrintStream out = new PrintStream(progress, true, StandardCharsets.UTF_8)) {
            new Formatter()
                    .setPrintStream(out)
                    .setNodeId(BrokerSettings.NODE_ID)
                    .setClusterId(clusterId)
                    .setControllerListenerName(BrokerSettings.CONTROLLER_LISTENER)
                    .setMetadataLogDirectory(dir.toString())
                    .addDirectory(dir.toString())
                    .run();
        } catch (IOException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new IOException("Formatting " + dir + " failed", e);
        }
        LOG.info("Formatted log directory {} for new cluster {}", dir, clusterId);
        LOG.debug("Formatter said: {}", progress.toString(StandardCharsets.UTF_8).strip());
    }

    private static boolean isEmpty(Path dir) throws IOException {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        }
    }
}
