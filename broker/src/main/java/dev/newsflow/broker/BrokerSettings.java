package dev.newsflow.broker;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * The settings of the single-node broker: Kafka's defaults, except where a line says why. Settings
 * that wire the node to itself (roles, listeners, quorum, log dir) are owned here and may not be
 * overridden; any other key in {@code overrides} wins over these defaults.
 */
final class BrokerSettings {

    static final int NODE_ID = 1;
    static final String CLIENT_LISTENER = "PLAINTEXT";
    static final String CONTROLLER_LISTENER = "CONTROLLER";

    private static final String LOOPBACK = "127.0.0.1";
    private static final Set<String> OWNED = Set.of(
            "process.roles", "node.id", "listeners", "advertised.listeners", "listener.security.protocol.map",
            "controller.listener.names", "inter.broker.listener.name", "controller.quorum.voters",
            "controller.quorum.bootstrap.servers", "log.dirs", "log.dir", "metadata.log.dir");

    private BrokerSettings() {}

    static Map<String, String> of(Path logDir, int clientPort, int controllerPort, Map<String, String> overrides) {
        for (String key : overrides.keySet()) {
            if (OWNED.contains(key)) {
                throw new IllegalArgumentException(key + " wires the embedded node to itself and cannot be overridden");
            }
        }
        Map<String, String> props = new LinkedHashMap<>();
        // One JVM plays both KRaft roles, so there is no separate controller process to run.
        props.put("process.roles", "broker,controller");
        // The only node; the formatter writes the same id into meta.properties.
        props.put("node.id", String.valueOf(NODE_ID));
        // A static one-voter quorum elects itself at once, and its port may change between runs.
        props.put("controller.quorum.voters", NODE_ID + "@" + LOOPBACK + ":" + controllerPort);
        // KRaft needs the controller listener named; it is not for clients.
        props.put("controller.listener.names", CONTROLLER_LISTENER);
        // Loopback only: a developer's or a test's broker is never reachable from the network.
        props.put("listeners", CLIENT_LISTENER + "://" + LOOPBACK + ":" + clientPort + ","
                + CONTROLLER_LISTENER + "://" + LOOPBACK + ":" + controllerPort);
        // Clients are told the loopback address they connected to, never the host name.
        props.put("advertised.listeners", CLIENT_LISTENER + "://" + LOOPBACK + ":" + clientPort);
        // Plain text on both listeners: nothing leaves the machine.
        props.put("listener.security.protocol.map", CLIENT_LISTENER + ":PLAINTEXT," + CONTROLLER_LISTENER + ":PLAINTEXT");
        // Inter-broker traffic (none on one node) must still name a non-controller listener.
        props.put("inter.broker.listener.name", CLIENT_LISTENER);
        // Data and the metadata log share one directory: one path to keep, reuse or delete.
        props.put("log.dirs", logDir.toString());

        // One node holds one replica; the internal topics default to three and would never be created.
        props.put("offsets.topic.replication.factor", "1");
        props.put("transaction.state.log.replication.factor", "1");
        props.put("transaction.state.log.min.isr", "1");
        props.put("share.coordinator.state.topic.replication.factor", "1");
        props.put("share.coordinator.state.topic.min.isr", "1");
        // One node gains nothing from 50 coordinator partitions, and creating them slows the first group join.
        props.put("offsets.topic.num.partitions", "1");
        props.put("transaction.state.log.num.partitions", "1");
        // A group's members start together here; the 3 s default wait for latecomers only delays the first poll.
        props.put("group.initial.rebalance.delay.ms", "0");
        // After a kill -9 the controller refuses the restarted broker until the dead incarnation's
        // session expires: 9 s by default, 3 s here (still six missed heartbeats of 500 ms).
        props.put("broker.session.timeout.ms", "3000");
        props.put("broker.heartbeat.interval.ms", "500");
        // The 128 MiB default dedupe buffer is allocated up front and can exhaust a small heap.
        props.put("log.cleaner.dedupe.buffer.size", String.valueOf(8 * 1024 * 1024));
        // A dead letter of a 10 MB page must fit in one record batch (default about 1 MiB); topics
        // set their own, smaller caps where they want one.
        props.put("message.max.bytes", String.valueOf(EmbeddedKafkaBroker.MAX_MESSAGE_BYTES));
        props.put("replica.fetch.max.bytes", String.valueOf(EmbeddedKafkaBroker.MAX_MESSAGE_BYTES));

        props.putAll(overrides);
        return props;
    }
}
