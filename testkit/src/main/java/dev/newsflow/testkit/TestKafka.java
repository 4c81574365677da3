package dev.newsflow.testkit;

import dev.newsflow.broker.EmbeddedKafkaBroker;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;
import org.apache.kafka.common.utils.Utils;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.utility.DockerImageName;

/**
 * The real Kafka broker of this test JVM, shared by all its tests: started on first use, stopped
 * when the JVM exits. Where a Docker engine is reachable it is the official apache/kafka image
 * (Testcontainers), otherwise newsflow's in-JVM {@link EmbeddedKafkaBroker}; both are configured
 * alike, so the same tests run on either. The system property {@value #MODE_PROPERTY}
 * ({@code embedded} or {@code container}) forces one of them.
 *
 * <p>Tests share the broker, so each one names its topics, groups and application ids with
 * {@link #uniqueName(String)}.
 */
public final class TestKafka {

    /** {@code embedded}, {@code container}, or unset to choose by Docker's presence. */
    public static final String MODE_PROPERTY = "newsflow.test.kafka";

    private static final Logger LOG = LoggerFactory.getLogger(TestKafka.class);
    private static final Duration TOPIC_TIMEOUT = Duration.ofSeconds(30);
    private static final AtomicLong SEQUENCE = new AtomicLong();

    private TestKafka() {}

    /** The {@code bootstrap.servers} of this JVM's test broker; the first call starts it. */
    public static String bootstrapServers() {
        return Shared.BROKER.bootstrapServers();
    }

    /**
     * A name no other test in this JVM gets, e.g. {@code "raw-articles-7f3a9c1e-12"}; it is a legal
     * topic, group and Kafka Streams application id as long as {@code prefix} is.
     */
    public static String uniqueName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8) + "-" + SEQUENCE.incrementAndGet();
    }

    /** Creates topics with the broker's defaults and returns once each partition has a leader. */
    public static void createTopics(String bootstrap, int partitions, String... names) {
        createTopics(bootstrap, partitions, Map.of(), names);
    }

    /**
     * Creates topics with {@code configs} (e.g. {@code cleanup.policy=compact}) and returns once
     * each partition has a leader, so the first produce or consume does not race the creation.
     */
    public static void createTopics(String bootstrap, int partitions, Map<String, String> configs, String... names) {
        List<NewTopic> topics = Arrays.stream(names)
                .map(name -> new NewTopic(name, Optional.of(partitions), Optional.empty()).configs(configs))
                .toList();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(topics).all().get(TOPIC_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            Eventually.await(TOPIC_TIMEOUT, "a leader for every partition of " + Arrays.toString(names),
                    () -> allPartitionsLed(admin, Set.of(names)));
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("Creating topics " + Arrays.toString(names) + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted creating topics " + Arrays.toString(names), e);
        }
    }

    private static boolean allPartitionsLed(Admin admin, Set<String> names) {
        try {
            Map<String, TopicDescription> descriptions = admin.describeTopics(names).allTopicNames().get();
            return descriptions.values().stream()
                    .flatMap(d -> d.partitions().stream())
                    .allMatch(p -> p.leader() != null && !p.leader().isEmpty());
        } catch (ExecutionException e) {
            if (e.getCause() instanceof UnknownTopicOrPartitionException) {
                return false;
            }
            throw new IllegalStateException("Describing topics " + names + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted describing topics " + names, e);
        }
    }

    /** The JVM-wide broker; class loading makes its start lazy and thread-safe. */
    private static final class Shared {
        static final RunningBroker BROKER = startBroker();
    }

    private record RunningBroker(String bootstrapServers, AutoCloseable stop) {}

    private static RunningBroker startBroker() {
        RunningBroker broker = ServiceMode.useContainer(MODE_PROPERTY) ? startContainer() : startEmbedded();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> stop(broker), "test-kafka-stop"));
        return broker;
    }


    private static RunningBroker startContainer() {
        DockerImageName image = DockerImageName.parse(containerImage());
        String maxMessageBytes = String.valueOf(EmbeddedKafkaBroker.MAX_MESSAGE_BYTES);
        KafkaContainer container = new KafkaContainer(image)
                // As the embedded broker: a dead letter of a 10 MB page fits in one record batch.
                .withEnv("KAFKA_MESSAGE_MAX_BYTES", maxMessageBytes)
                .withEnv("KAFKA_REPLICA_FETCH_MAX_BYTES", maxMessageBytes)
                // Testcontainers sets these for offsets and transactions, not for share groups.
                .withEnv("KAFKA_SHARE_COORDINATOR_STATE_TOPIC_REPLICATION_FACTOR", "1")
                .withEnv("KAFKA_SHARE_COORDINATOR_STATE_TOPIC_MIN_ISR", "1");
        container.start();
        LOG.info("Test Kafka: container {} at {}", image, container.getBootstrapServers());
        return new RunningBroker(container.getBootstrapServers(), container::stop);
    }

    /** The apache/kafka image of the build's Kafka version, as Maven wrote it into test-kafka.properties. */
    private static String containerImage() {
        Properties props = new Properties();
        try (InputStream in = TestKafka.class.getResourceAsStream("test-kafka.properties")) {
            props.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read test-kafka.properties", e);
        }
        return props.getProperty("image");
    }

    private static RunningBroker startEmbedded() {
        Path dataDir;
        try {
            dataDir = Files.createTempDirectory("newsflow-test-kafka-");
        } catch (IOException e) {
            throw new UncheckedIOException("No temp dir for the test broker", e);
        }
        EmbeddedKafkaBroker broker = EmbeddedKafkaBroker.start(dataDir, 0);
        LOG.info("Test Kafka: in-JVM broker at {} (no Docker engine, or {}=embedded)",
                broker.bootstrapServers(), MODE_PROPERTY);
        return new RunningBroker(broker.bootstrapServers(), () -> {
            broker.close();
            Utils.delete(dataDir.toFile());
        });
    }

    private static void stop(RunningBroker broker) {
        try {
            broker.stop().close();
        } catch (Exception e) {
            LOG.warn("Stopping the test broker at {} failed", broker.bootstrapServers(), e);
        }
    }
}
