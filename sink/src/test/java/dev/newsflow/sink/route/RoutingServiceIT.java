package dev.newsflow.sink.route;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.core.kafka.ClientSettings;
import dev.newsflow.sink.consume.SinkTopics;
import dev.newsflow.sink.jdbc.SampleArticles;
import dev.newsflow.testkit.Eventually;
import dev.newsflow.testkit.TestKafka;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Routing on a real broker, exactly once, as a read_committed consumer of the routed topics sees it. */
@Timeout(180)
class RoutingServiceIT {

    @TempDir
    Path stateDir;

    /** The keys under {@code prefix} on {@code topic}, read committed, each time it appears. */
    private static List<String> committedKeys(String topic, String prefix, int expected) {
        List<String> keys = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                ClientSettings.readCommittedConsumer(TestKafka.bootstrapServers(), TestKafka.uniqueName("reader"), Map.of()),
                new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            Eventually.await(Duration.ofSeconds(60), expected + " routed events on " + topic, () -> {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.key().startsWith(prefix)) {
                        keys.add(record.key());
                    }
                }
                return keys.size() >= expected;
            });
            // One more poll: a duplicate would show up now.
            consumer.poll(Duration.ofSeconds(1)).forEach(record -> {
                if (record.key().startsWith(prefix)) {
                    keys.add(record.key());
                }
            });
        }
        return keys;
    }

    @Test
    void shouldRouteEachEventExactlyOnceToEveryTopicItMatches() throws Exception {
        SinkTopics.ensure();
        String prefix = TestKafka.uniqueName("route");
        String hant = TestKafka.uniqueName("news.zh-hant");
        String politics = TestKafka.uniqueName("news.politics");
        TestKafka.createTopics(TestKafka.bootstrapServers(), 3, hant, politics);
        RoutingRules rules = new RoutingRules(List.of(
                new RouteRule("traditional-chinese", hant, new RouteRule.Match("zh-Hant", null, null, null, null, null)),
                new RouteRule("politics", politics,
                        new RouteRule.Match(null, null, null, null, null, Pattern.compile(Pattern.quote(prefix) + ".*選舉")))),
                null);
        SinkTopics.publish(List.of(
                SinkTopics.enriched(SampleArticles.inLanguage(prefix + "-hant", "zh-Hant", prefix + " 港口重開")),
                SinkTopics.enriched(SampleArticles.inLanguage(prefix + "-both", "zh-Hant", prefix + " 選舉結果")),
                SinkTopics.enriched(SampleArticles.inLanguage(prefix + "-en", "en", prefix + " Bridge closes"))));

        try (RoutingService router = new RoutingService(TestKafka.bootstrapServers(), TestKafka.uniqueName("router"),
                stateDir, rules, Map.of())) {
            assertThat(router.start(Duration.ofSeconds(60))).as("router running").isTrue();

            assertThat(committedKeys(hant, prefix, 2)).containsExactlyInAnyOrder(prefix + "-hant", prefix + "-both");
            assertThat(committedKeys(politics, prefix, 1)).containsExactly(prefix + "-both");
            assertThat(router.healthy()).isTrue();
        }
    }
}
