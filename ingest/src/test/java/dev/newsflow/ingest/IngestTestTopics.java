package dev.newsflow.ingest;

import dev.newsflow.core.topic.Topic;
import dev.newsflow.core.topic.Topics;
import dev.newsflow.testkit.TestKafka;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;

/**
 * Ingest's topics on the shared test broker. The ITs of this module run in one JVM against one
 * broker and all write to the real topic names, so each creates only what is still missing.
 */
public final class IngestTestTopics {

    private static final List<Topic<?, ?>> INGEST_TOPICS = List.of(Topics.RAW, Topics.DEAD_LETTERS, Topics.INGEST_SEEN);

    private IngestTestTopics() {}

    public static synchronized void ensure() {
        String bootstrap = TestKafka.bootstrapServers();
        Set<String> existing;
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            existing = admin.listTopics().names().get();
        } catch (ExecutionException e) {
            throw new IllegalStateException("listing topics of the test broker failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted listing topics", e);
        }
        for (Topic<?, ?> topic : INGEST_TOPICS) {
            if (!existing.contains(topic.name())) {
                TestKafka.createTopics(bootstrap, 3, topic.configs(), topic.name());
            }
        }
    }
}
