package dev.newsflow.sink.route;

import dev.newsflow.core.topic.Topics;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Creates the downstream topics of the routes that are missing, with the enriched topic's settings
 * (a routed event is an enriched event, up to a 10 MB page), instead of leaving them to broker
 * auto-creation with its 1 MB limit.
 */
public final class RoutedTopics {

    private RoutedTopics() {}

    public static void ensure(String bootstrapServers, Map<String, String> clientOverrides, RoutingRules rules,
                              int partitions, short replicationFactor) throws InterruptedException, ExecutionException {
        Properties settings = new Properties();
        settings.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        settings.putAll(clientOverrides);
        try (Admin admin = Admin.create(settings)) {
            for (String topic : rules.topics()) {
                NewTopic newTopic = new NewTopic(topic, Optional.of(partitions), Optional.of(replicationFactor))
                        .configs(Topics.ENRICHED.configs());
                try {
                    admin.createTopics(List.of(newTopic)).all().get();
                } catch (ExecutionException e) {
                    if (!(e.getCause() instanceof TopicExistsException)) {
                        throw e;
                    }
                }
            }
        }
    }
}
