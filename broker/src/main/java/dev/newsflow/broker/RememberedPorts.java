package dev.newsflow.broker;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.IntSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The client and controller ports a data directory's broker had last time, kept in a file in the
 * directory (Kafka reads only its subdirectories as partitions). A restarted broker takes them again when
 * they are free, as a real broker keeps its address: its metadata log still names the old address,
 * and after a {@code kill -9} in the middle of a transaction the transaction coordinator sent the
 * abort markers there, to nobody, so the transaction and the consumer offsets it held stayed open
 * and the next run's Streams could not start (KillAndRerunIT failed so, now and then, when the
 * rerun's broker got new ports).
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

    int clientPortOr(IntSupplier freePort) {
        return isFree(clientPort) ? clientPort : freePort.getAsInt();
    }

    int controllerPortOr(IntSupplier freePort) {
        return isFree(controllerPort) ? controllerPort : freePort.getAsInt();
    }

    /** Writes the ports down; call once the directory exists (after formatting). */
    void remember(int client, int controller) {
        try {
            Files.writeString(file, client + " " + controller + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            LOG.warn("Cannot remember the broker's ports in {}: a restart may get other ports ({})", file, e.toString());
        }
    }

    private static boolean isFree(int port) {
        if (port <= 0 || port > 65_535) {
            return false;
        }
        try (ServerSocket socket = new ServerSocket(port, 1, InetAddress.getByName("127.0.0.1"))) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
