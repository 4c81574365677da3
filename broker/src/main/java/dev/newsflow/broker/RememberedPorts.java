package dev.newsflow.broker;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client and controller ports a data directory's broker had last time, kept in a file in the
 * directory (Kafka reads only its subdirectories as partitions). A restarted broker takes them again when
 * they are free, as a real broker keeps its address: its metadata log still names the old address.
 * KillAndRerunIT failed now and then when the rerun's broker got new ports: after the {@code kill -9}
 * its log showed the transaction coordinator trying the old address, the killed run's transaction
 * and the consumer offsets it held stayed open, and the rerun's Streams could not start.
 */
final class RememberedPorts {

    private static final Logger LOG = LoggerFactory.getLogger(RememberedPorts.class);

    static final String FILE_NAME = "newsflow-broker.ports";

    private final Path file;
    private final int clientPort;
    private final int controllerPort;

    private RememberedPorts(Path file, int clientPort, int controllerPort) {
        this.file = file;
        this.clientPort = clientPort;
        this.controllerPort = controllerPort;
    }

    static RememberedPorts of(Path logDir) {
        Path file = logDir.resolve(FILE_NAME);
        try {
            String[] ports = Files.readString(file, StandardCharsets.UTF_8).strip().split("\\s+");
            return new RememberedPorts(file, Integer.parseInt(ports[0]), Integer.parseInt(ports[1]));
        } catch (IOException | RuntimeException e) {
            // None remembered yet (a new directory), or a file we cannot read: pick new ports.
            return new RememberedPorts(file, 0, 0);
        }
    }

    /** The client port of last time when it is free, else a free one. */
    int clientPort() {
        return reusedOrFree(clientPort);
    }

    /** The controller port of last time when it is free, else a free one. */
    int controllerPort() {
        return reusedOrFree(controllerPort);
    }

    /** Writes the ports down; call once the directory exists (after formatting). */
    void remember(int client, int controller) {
        try {
            Files.writeString(file, client + " " + controller + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.warn("Cannot remember the broker's ports in {}: a restart may get other ports ({})", file, e.toString());
        }
    }

    /**
     * A loopback port that was free a moment ago. Kafka binds it a second later, so another process
     * could take it in between; the controller port must be known before start (it names the quorum
     * voter), and KafkaRaftServer does not expose the port it bound for 0.
     */
    private static int reusedOrFree(int remembered) {
        if (remembered > 0 && remembered <= 65_535) {
            try (ServerSocket socket = new ServerSocket(remembered, 1, InetAddress.getByName("127.0.0.1"))) {
                return remembered;
            } catch (IOException taken) {
                // Another process has it now: take any free port.
            }
        }
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free loopback port", e);
        }
    }
}
