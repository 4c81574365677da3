package dev.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.core.topic.Topic;
import dev.newsflow.core.topic.Topics;
import dev.newsflow.testkit.TestKafka;
import org.junit.jupiter.api.Test;

/** {@code newsflow topics create} is idempotent and says so; {@code describe} shows the settings. */
class TopicsCommandIT {

    @Test
    void shouldCreateAllTopicsOnceAndChangeNothingTheSecondTime() {
        String bootstrap = TestKafka.bootstrapServers();

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
        assertThat(describe.out()).contains(Topics.RAW.name() + " ", "partitions=3", "max.message.bytes=" + Topics.MAX_MESSAGE_BYTES);
    }

    @Test
    void shouldReportDriftOfAnExistingTopicWithoutChangingIt() {
        String bootstrap = TestKafka.bootstrapServers();
        Cli.execute("topics", "create", "--bootstrap-servers", bootstrap);

        Cli.Outcome wider = Cli.execute("topics", "create", "--bootstrap-servers", bootstrap, "--partitions", "6");

        assertThat(wider.exitCode()).isZero();
        assertThat(wider.out()).contains("drift      " + Topics.RAW.name() + ": 3 partitions, configured 6")
                .contains("nothing to create: all topics exist (see drift)");
    }
}
