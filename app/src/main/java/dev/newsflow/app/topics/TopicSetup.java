package dev.newsflow.app.topics;

import dev.newsflow.app.config.NewsflowConfig;
import dev.newsflow.core.topic.Topic;
import dev.newsflow.core.topic.Topics;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.Config;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.config.TopicConfig;
import org.apache.kafka.common.errors.TopicExistsException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates newsflow's topics with the settings the registry gives them (size limits, compression),
 * leaving topics that already exist alone and reporting where they differ. Every stage calls it at
 * start, so no topic is ever auto-created by the broker with its 1 MB default limit.
 */
public final class TopicSetup {

    private static final Logger LOG = LoggerFactory.getLogger(TopicSetup.class);

    private TopicSetup() {}

    /**
     * Creates the missing topics and logs a warning for each difference of an existing one (say, a
     * dead-letter topic made by an older newsflow with a smaller {@code max.message.bytes}, which
     * would refuse the largest dead letters); returns the names it created.
     */
    public static List<String> ensure(String bootstrapServers, Map<String, String> clientOverrides, NewsflowConfig.Topics plan)
            throws ExecutionException, InterruptedException {
        try (Admin admin = admin(bootstrapServers, clientOverrides)) {
            List<String> created = createMissing(admin, plan);
            List<String> existing = Topics.ALL.stream().map(Topic::name).filter(name -> !created.contains(name)).toList();
            try {
                drift(admin, existing, plan).forEach(line -> LOG.warn("topic drift, left as it is (newsflow topics create lists it): {}", line));
            } catch (ExecutionException e) {
                // Only a warning is at stake: a principal allowed to create topics but not to describe their settings still starts.
                LOG.warn("cannot compare the existing topics with their configuration: {}", e.getCause().getMessage());
            }
            return created;
        }
    }

    /** Creates the missing topics and compares the existing ones with their configuration. */
    public static TopicReport createAndCompare(String bootstrapServers, Map<String, String> clientOverrides, NewsflowConfig.Topics plan)
            throws ExecutionException, InterruptedException {
        try (Admin admin = admin(bootstrapServers, clientOverrides)) {
            List<String> created = createMissing(admin, plan);
            List<String> existing = Topics.ALL.stream().map(Topic::name).filter(name -> !created.contains(name)).toList();
            List<String> drift = drift(admin, existing, plan);
            List<String> unchanged = existing.stream()
                    .filter(name -> drift.stream().noneMatch(line -> line.startsWith(name + ":")))
                    .toList();
            return new TopicReport(created, unchanged, drift);
        }
    }

    /** Partitions, replication and newsflow-relevant settings of every topic that exists. */
    public static List<TopicDescription> describe(String bootstrapServers, Map<String, String> clientOverrides)
            throws ExecutionException, InterruptedException {
        try (Admin admin = admin(bootstrapServers, clientOverrides)) {
            Set<String> existing = admin.listTopics().names().get();
            List<String> ours = Topics.ALL.stream().map(Topic::name).filter(existing::contains).toList();
            return List.copyOf(admin.describeTopics(ours).allTopicNames().get().values());
        }
    }

    /** The current value of each setting the registry sets on {@code topic}, and of its retention if it deletes old records. */
    public static Map<String, String> settings(String bootstrapServers, Map<String, String> clientOverrides, String topic)
            throws ExecutionException, InterruptedException {
        try (Admin admin = admin(bootstrapServers, clientOverrides)) {
            Config config = admin.describeConfigs(List.of(new ConfigResource(ConfigResource.Type.TOPIC, topic)))
                    .all().get().values().iterator().next();
            Set<String> shown = new HashSet<>(registryTopic(topic).configs().keySet());
            if (deletesOldRecords(registryTopic(topic))) {
                shown.add(TopicConfig.RETENTION_MS_CONFIG);
            }
            return shown.stream()
                    .filter(key -> config.get(key) != null)
                    .collect(Collectors.toMap(key -> key, key -> config.get(key).value()));
        }
    }

    private static Admin admin(String bootstrapServers, Map<String, String> clientOverrides) {
        Properties props = new Properties();
        props.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.putAll(clientOverrides);
        return Admin.create(props);
    }

    /**
     * The settings newsflow creates {@code topic} with: the registry's, and {@code topics.retention}
     * (when configured) on the topics that delete old records. Compacted topics (seen-state, replay
     * log) keep their latest records forever whatever the retention: that is what they are for.
     */
    static Map<String, String> wanted(Topic<?, ?> topic, NewsflowConfig.Topics plan) {
        Map<String, String> configs = new HashMap<>(topic.configs());
        if (plan.retention() != null && deletesOldRecords(topic)) {
            configs.put(TopicConfig.RETENTION_MS_CONFIG, String.valueOf(plan.retention().toMillis()));
        }
        return configs;
    }

    private static boolean deletesOldRecords(Topic<?, ?> topic) {
        return !TopicConfig.CLEANUP_POLICY_COMPACT.equals(topic.configs().get(TopicConfig.CLEANUP_POLICY_CONFIG));
    }

    private static List<String> createMissing(Admin admin, NewsflowConfig.Topics plan)
            throws ExecutionException, InterruptedException {
        Set<String> existing = admin.listTopics().names().get();
        List<NewTopic> missing = new ArrayList<>();
        for (Topic<?, ?> topic : Topics.ALL) {
            if (!existing.contains(topic.name())) {
                missing.add(new NewTopic(topic.name(), plan.partitions(), plan.replicationFactor()).configs(wanted(topic, plan)));
            }
        }
        if (!missing.isEmpty()) {
            try {
                admin.createTopics(missing).all().get();
            } catch (ExecutionException e) {
                // Another instance starting at the same moment may have created them first: fine.
                if (!(e.getCause() instanceof TopicExistsException)) {
                    throw e;
                }
            }
        }
        return missing.stream().map(NewTopic::name).toList();
    }

    private static List<String> drift(Admin admin, Collection<String> names, NewsflowConfig.Topics plan)
            throws ExecutionException, InterruptedException {
        int partitions = plan.partitions();
        List<String> drift = new ArrayList<>();
        if (names.isEmpty()) {
            return drift;
        }
        Map<String, TopicDescription> descriptions = admin.describeTopics(names).allTopicNames().get();
        List<ConfigResource> resources = names.stream().map(name -> new ConfigResource(ConfigResource.Type.TOPIC, name)).toList();
        Map<ConfigResource, Config> configs = admin.describeConfigs(resources).all().get();
        for (String name : names) {
            int actual = descriptions.get(name).partitions().size();
            if (actual != partitions) {
                drift.add(name + ": " + actual + " partitions, configured " + partitions);
            }
            Config config = configs.get(new ConfigResource(ConfigResource.Type.TOPIC, name));
            wanted(registryTopic(name), plan).forEach((key, wanted) -> {
                String value = config.get(key) == null ? null : config.get(key).value();
                if (!wanted.equals(value)) {
                    drift.add(name + ": " + key + "=" + value + ", configured " + wanted);
                }
            });
        }
        return drift;
    }

    private static Topic<?, ?> registryTopic(String name) {
        return Topics.ALL.stream().filter(topic -> topic.name().equals(name)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a newsflow topic: " + name));
    }
}
