package dev.newsflow.sink.route;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.core.event.EnrichedArticle;
import dev.newsflow.core.json.Json;
import dev.newsflow.core.topic.Topics;
import dev.newsflow.sink.jdbc.SampleArticles;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The routing topology on Kafka Streams' TopologyTestDriver. */
class RoutingTopologyTest {

    private static final RoutingRules RULES = new RoutingRules(List.of(
            new RouteRule("traditional-chinese", "news.zh-hant.v1", new RouteRule.Match("zh-Hant", null, null, null, null, null)),
            new RouteRule("harbour", "news.harbour.v1", new RouteRule.Match(null, null, null, null, null,
                    Pattern.compile("(?i)harbour")))),
            "news.other.v1");

    @TempDir
    Path stateDir;

    private TopologyTestDriver driver;
    private TestInputTopic<String, byte[]> enriched;

    @BeforeEach
    void start() {
        Properties settings = RoutingService.settings("dummy:9092", "routing-test", stateDir, Map.of());
        driver = new TopologyTestDriver(RoutingTopology.build(RULES), settings);
        enriched = driver.createInputTopic(Topics.ENRICHED.name(), Topics.ENRICHED.keySerde().serializer(), new ByteArraySerializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    private TestOutputTopic<String, byte[]> topic(String name) {
        return driver.createOutputTopic(name, Topics.ENRICHED.keySerde().deserializer(), new ByteArrayDeserializer());
    }

    private List<String> keys(String topic) {
        return topic(topic).readKeyValuesToList().stream().map(kv -> kv.key).toList();
    }

    private void send(EnrichedArticle article) {
        enriched.pipeInput(article.id(), Json.toBytes(article));
    }

    @Test
    void shouldSendZhHantArticlesToTheirTopicWithTheirKeyAndUnchangedBytes() {
        EnrichedArticle article = SampleArticles.inLanguage("zh-1", "zh-Hant", "港口重開");
        send(article);

        List<KeyValue<String, byte[]>> routed = topic("news.zh-hant.v1").readKeyValuesToList();
        assertThat(routed).singleElement().satisfies(kv -> {
            assertThat(kv.key).isEqualTo("zh-1");
            assertThat(kv.value).isEqualTo(Json.toBytes(article));
        });
        assertThat(topic("news.other.v1").isEmpty()).isTrue();
    }

    @Test
    void shouldSendAnArticleMatchingTwoRulesToBothTopics() {
        send(SampleArticles.inLanguage("zh-2", "zh-Hant", "Harbour 港口"));

        assertThat(keys("news.zh-hant.v1")).containsExactly("zh-2");
        assertThat(keys("news.harbour.v1")).containsExactly("zh-2");
        assertThat(topic("news.other.v1").isEmpty()).isTrue();
    }

    @Test
    void shouldSendAnArticleMatchingNoRuleToTheDefaultRoute() {
        send(SampleArticles.inLanguage("en-1", "en", "Bridge closes"));

        assertThat(keys("news.other.v1")).containsExactly("en-1");
    }

    @Test
    void shouldRouteAnUndecodableEventNowhereSinceTheStoreSinkDeadLettersIt() {
        enriched.pipeInput("bad", "{broken".getBytes(StandardCharsets.UTF_8));

        assertThat(topic("news.other.v1").isEmpty()).isTrue();
        assertThat(topic("news.zh-hant.v1").isEmpty()).isTrue();
    }

    @Test
    void shouldNameEveryNode() {
        String description = RoutingTopology.build(RULES).describe().toString();

        assertThat(description).contains(RoutingTopology.SOURCE, RoutingTopology.MATCH, RoutingTopology.SINK);
        assertThat(description).doesNotContain("KSTREAM-");
    }
}
