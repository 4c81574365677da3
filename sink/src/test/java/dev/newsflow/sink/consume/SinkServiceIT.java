package dev.newsflow.sink.consume;

import static dev.newsflow.sink.jdbc.TestStore.query;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.core.event.EnrichedArticle;
import dev.newsflow.core.topic.Topics;
import dev.newsflow.sink.jdbc.JdbcArticleStore;
import dev.newsflow.sink.jdbc.SampleArticles;
import dev.newsflow.sink.jdbc.TestStore;
import dev.newsflow.testkit.Eventually;
import dev.newsflow.testkit.TestKafka;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The sink on a real broker and real stores: stored rows, dead letters for undecodable and refused records. */
@Timeout(180)
class SinkServiceIT {

    @TempDir
    Path folder;

    @BeforeAll
    static void createTopics() {
        SinkTopics.ensure();
    }

    @ParameterizedTest
    @EnumSource(TestStore.class)
    void shouldStoreEnrichedArticlesAndDeadLetterUndecodableRecords(TestStore kind) throws Exception {
        String jdbcUrl = kind.newJdbcUrl(folder);
        String prefix = TestKafka.uniqueName("sink-it");
        EnrichedArticle first = SampleArticles.article(prefix + "-1", 1, "First title");
        EnrichedArticle second = SampleArticles.article(prefix + "-2", 1, "Second title");
        RecordingListener listener = new RecordingListener(prefix);
        SinkTopics.publish(List.of(SinkTopics.enriched(first),
                new ProducerRecord<>(Topics.ENRICHED.name(), prefix + "-bad", "{broken".getBytes(StandardCharsets.UTF_8)),
                SinkTopics.enriched(second)));

        try (JdbcArticleStore store = JdbcArticleStore.open(jdbcUrl, Clock.systemUTC());
             SinkService sink = new SinkService(TestKafka.bootstrapServers(), prefix, store, listener, Map.of(), Clock.systemUTC())) {
            new Thread(sink, "sink-it").start();
            Eventually.await(Duration.ofSeconds(60), "2 stored and 1 dead-lettered by the sink",
                    () -> listener.stored.size() == 2 && listener.deadLettered.size() == 1);
            assertThat(sink.ready()).isTrue();
        }

        assertThat(listener.stored).containsOnlyKeys(first.id(), second.id());
        assertThat(listener.deadLettered).containsOnlyKeys(prefix + "-bad");
        assertThat(query(jdbcUrl, "SELECT count(*) FROM articles WHERE id LIKE '" + prefix + "%'")).isEqualTo("2");
        assertThat(query(jdbcUrl, "SELECT count(*) FROM articles WHERE title = 'First title' "
                + "AND published_at = '2024-04-26T08:25:56.585Z' AND id LIKE '" + prefix + "%'")).isEqualTo("1");
    }

    @Test
    void shouldDeadLetterAnArticlePostgresqlRefusesWithItsReasonAndStoreTheRestOfTheBatch() throws Exception {
        String jdbcUrl = TestStore.POSTGRESQL.newJdbcUrl(folder);
        String prefix = TestKafka.uniqueName("sink-nul");
        RecordingListener listener = new RecordingListener(prefix);
        SinkTopics.publish(List.of(
                SinkTopics.enriched(SampleArticles.article(prefix + "-1", 1, "fine")),
                SinkTopics.enriched(SampleArticles.article(prefix + "-nul", 1, "NUL", "0.1.0", "https://news.example.org/nul", "a\u0000b")),
                SinkTopics.enriched(SampleArticles.article(prefix + "-2", 1, "fine too"))));

        try (JdbcArticleStore store = JdbcArticleStore.open(jdbcUrl, Clock.systemUTC());
             SinkService sink = new SinkService(TestKafka.bootstrapServers(), prefix, store, listener, Map.of(), Clock.systemUTC())) {
            new Thread(sink, "sink-it").start();
            Eventually.await(Duration.ofSeconds(60), "2 stored and 1 dead-lettered by the sink",
                    () -> listener.stored.size() == 2 && listener.deadLettered.size() == 1);
        }

        assertThat(listener.deadLettered.get(prefix + "-nul")).startsWith("store refused the article:");
        assertThat(query(jdbcUrl, "SELECT count(*) FROM articles WHERE id LIKE '" + prefix + "%'")).isEqualTo("2");
    }
}
