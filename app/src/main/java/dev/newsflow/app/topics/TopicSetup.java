package dev.newsflow.app.topics;

import dev.newsflow.core.topic.Topic;
import dev.newsflow.core.topic.Topics;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;

/**
 * Creates newsflow's topics with the settings the registry gives them (size limits, compression),
 * leaving topics that already exist alone. Every stage calls it at start, so no topic is ever
 * auto-created by the broker with its 1 MB default limit.
 */
public final class TopicSetup {

    /** Partitions of a new topic: the most instances of one stage that can share the work. */
    public static final int DEFAULT_PARTITIONS = 3;

    private TopicSetup() {}

    /** Creates the missing topics; returns the names it created. */
    public static List<String> ensure(String bootstrapServers, Map<String, String> clientOverrides, int partitions,
                                      short replicationFactor) throws ExecutionException, InterruptedException {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.putAll(clientOverrides);
        try (Admin admin = Admin.create(props)) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = new ArrayList<>();
            for (Topic<?, ?> topic : Topics.ALL) {
                if (!existing.contains(topic.name())) {
                    missing.add(new NewTopic(topic.name(), partitions, replicationFactor).configs(topic.configs()));
                }
            }
            if (!missing.isEmpty()) {
                try {
                    admin.createTopics(missing).all().get();
                } catch (ExecutionException e) {
                    // Another instance starting at the same moment may have created them first: fine.
                    if (!(e.getCause() instanceof org.apache.kafka.common.errors.TopicExistsException)) {
                        throw e;
                    }
                }
            }
            return missing.stream().map(NewTopic::name).toList();
        }
    }
}
