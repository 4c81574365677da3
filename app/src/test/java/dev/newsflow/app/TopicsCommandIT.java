package dev.newsflow.app;

import dev.newsflow.broker.EmbeddedKafkaBroker;
import dev.newsflow.core.event.RecordSizes;
import dev.newsflow.core.topic.Topic;
import dev.newsflow.core.topic.Topics;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code newsflow topics create} is idempotent and says so; {@code describe} shows the settings.
 * Each test gets a broker of its own: "created" can only be asserted on a cluster without the topics.
 */
@Timeout(180)
class TopicsCommandIT {

    @TempDir
    Path dataDir;

    private EmbeddedKafkaBroker broker;

    @BeforeEach
    void startBroker() {
        broker = EmbeddedKafkaBroker.start(dataDir, 0);
    }

    @AfterEach
    void stopBroker() {
        broker.close();
    }

    @Test
    void shouldCreateAllTopicsOnceAndChangeNothingTheSecondTime() {
        String bootstrap = broker.bootstrapServers();

        Cli.Outcome first = Cli.execute("topics", "create", "--bootstrap-servers", bootstrap);
        Cli.Outcome second = Cli.execute("topics", "create", "--bootstrap-servers", bootstrap);

        assertThat(first.exitCode()).as("stderr: %s", first.err()).isZero();
        for (Topic<?, ?> topic : Topics.ALL) {
            assertThat(first.out()).contains("created    " + topic.name());
            assertThat(second.out()).contains("unchanged  " + topic.name());
        }
        assertThat(second.exitCode()).isZero();
        assertThat(second.out()).doesNotContain("created").contains("nothing to create: all topics exist as configured");

        Cli.Outcome describe = Cli.execute("topics", "describe", "--bootstrap-servers", bootstrap);
        assertThat(describe.out()).contains(Topics.RAW.name() + " ", "partitions=3", "max.message.bytes=" + RecordSizes.MAX_MESSAGE_BYTES);
    }

    @Test
    void shouldReportDriftOfAnExistingTopicWithoutChangingIt() {
        String bootstrap = broker.bootstrapServers();
        Cli.execute("topics", "create", "--bootstrap-servers", bootstrap);

        Cli.Outcome wider = Cli.execute("topics", "create", "--bootstrap-servers", bootstrap, "--partitions", "6");

        assertThat(wider.exitCode()).isZero();
        assertThat(wider.out()).contains("drift      " + Topics.RAW.name() + ": 3 partitions, configured 6")
                .contains("nothing to create: all topics exist (see drift)");
    }

    @Test
    void shouldReportADeadLetterTopicOfAnOlderNewsflowAsDriftWithoutRaisingItsLimit() throws Exception {
        String bootstrap = broker.bootstrapServers();
        String olderLimit = String.valueOf(16 * 1024 * 1024);
        // news.dlq.v1 as newsflow created it while dead letters shared the raw topic's cap.
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            admin.createTopics(List.of(new NewTopic(Topics.DEAD_LETTERS.name(), 3, (short) 1)
                    .configs(Map.of(TopicConfig.MAX_MESSAGE_BYTES_CONFIG, olderLimit, TopicConfig.COMPRESSION_TYPE_CONFIG, "producer"))))
                    .all().get();
        }

        Cli.Outcome create = Cli.execute("topics", "create", "--bootstrap-servers", bootstrap);
        Cli.Outcome describe = Cli.execute("topics", "describe", "--bootstrap-servers", bootstrap);

        assertThat(create.exitCode()).as("stderr: %s", create.err()).isZero();
        assertThat(create.out()).contains("drift      " + Topics.DEAD_LETTERS.name() + ": max.message.bytes=" + olderLimit
                + ", configured " + RecordSizes.DEAD_LETTER_MAX_MESSAGE_BYTES);
        assertThat(describe.out().lines().filter(line -> line.startsWith(Topics.DEAD_LETTERS.name() + " ")).findFirst().orElseThrow())
                .contains("max.message.bytes=" + olderLimit);
    }

    @Test
    void shouldCreateTopicsWithTheConfiguredRetentionAndReportADifferentOneAsDrift() throws Exception {
        Path week = Files.writeString(dataDir.resolve("week.yaml"),
                "kafka: { bootstrap-servers: '" + broker.bootstrapServers() + "' }\ntopics: { retention: 7d }\n");
        Path day = Files.writeString(dataDir.resolve("day.yaml"),
                "kafka: { bootstrap-servers: '" + broker.bootstrapServers() + "' }\ntopics: { retention: 1d }\n");

        Cli.Outcome created = Cli.execute("topics", "create", "--config", week.toString());
        Cli.Outcome describe = Cli.execute("topics", "describe", "--config", week.toString());
        Cli.Outcome shorter = Cli.execute("topics", "create", "--config", day.toString());

        assertThat(created.exitCode()).as("stderr: %s", created.err()).isZero();
        assertThat(describe.out().lines().filter(line -> line.startsWith(Topics.RAW.name() + " ")).findFirst().orElseThrow())
                .contains("retention.ms=604800000");
        assertThat(shorter.out()).contains("drift      " + Topics.RAW.name() + ": retention.ms=604800000, configured 86400000")
                .doesNotContain(Topics.INGEST_SEEN.name() + ": retention.ms");
    }
}
