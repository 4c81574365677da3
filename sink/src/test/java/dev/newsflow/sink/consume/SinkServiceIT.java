package dev.newsflow.sink.consume;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.core.event.DeadLetter;
import dev.newsflow.core.event.EnrichedArticle;
import dev.newsflow.core.json.Json;
import dev.newsflow.core.kafka.ClientSettings;
import dev.newsflow.core.topic.Topics;
import dev.newsflow.sink.jdbc.JdbcArticleStore;
import dev.newsflow.sink.jdbc.SampleArticles;
import dev.newsflow.testkit.Eventually;
import dev.newsflow.testkit.TestKafka;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The sink on a real broker and a real SQLite file: stored rows, dead letters for undecodable records. */
class SinkServiceIT {

    @TempDir
    Path folder;

    @BeforeAll
    static void createTopics() {
        TestKafka.createTopics(TestKafka.bootstrapServers(), 3, Topics.RAW.configs(), Topics.ENRICHED.name(), Topics.DEAD_LETTERS.name());
    }

    private static int rows(String jdbcUrl, String where) throws Exception {
        try (Connection connection = DriverManager.getConnection(jdbcUrl);
             ResultSet result = connection.createStatement().executeQuery("SELECT count(*) FROM articles WHERE " + where)) {
            result.next();
            return result.getInt(1);
        }
    }

    @Test
    void shouldStoreEnrichedArticlesAndDeadLetterUndecodableRecords() throws Exception {
        String jdbcUrl = "jdbc:sqlite:" + folder.resolve("newsflow.db");
        String prefix = "sink-it-" + UUID.randomUUID();
        EnrichedArticle first = SampleArticles.article(prefix + "-1", 1, "First title");
        EnrichedArticle second = SampleArticles.article(prefix + "-2", 1, "Second title");
        Set<String> stored = ConcurrentHashMap.newKeySet();
        Set<String> rejected = ConcurrentHashMap.newKeySet();
        SinkListener listener = new SinkListener() {
            @Override
            public void stored(org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]> record) {
                stored.add(record.key());
            }

            @Override
            public void deadLettered(org.apache.kafka.clients.consumer.ConsumerRecord<String, byte[]> record, String reason) {
                rejected.add(record.key());
            }
        };

        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(
                ClientSettings.idempotentProducer(TestKafka.bootstrapServers(), prefix, Map.of()),
                new StringSerializer(), new ByteArraySerializer())) {
            producer.send(new ProducerRecord<>(Topics.ENRICHED.name(), first.id(), Json.toBytes(first)));
            producer.send(new ProducerRecord<>(Topics.ENRICHED.name(), prefix + "-bad", "{broken".getBytes(StandardCharsets.UTF_8)));
            producer.send(new ProducerRecord<>(Topics.ENRICHED.name(), second.id(), Json.toBytes(second)));
            producer.flush();
        }

        try (JdbcArticleStore store = JdbcArticleStore.open(jdbcUrl, Clock.systemUTC());
             SinkService sink = new SinkService(TestKafka.bootstrapServers(), prefix, store, listener, Map.of(), Clock.systemUTC())) {
            Thread thread = new Thread(sink, "sink-it");
            thread.start();
            Eventually.await(Duration.ofSeconds(60), "2 stored and 1 dead-lettered by the sink",
                    () -> stored.size() == 2 && rejected.size() == 1);
        }

        assertThat(stored).containsExactlyInAnyOrder(first.id(), second.id());
        assertThat(rejected).containsExactly(prefix + "-bad");
        assertThat(rows(jdbcUrl, "id LIKE '" + prefix + "%'")).isEqualTo(2);
        assertThat(rows(jdbcUrl, "title = 'First title' AND published_at = '2024-04-26T08:25:56.585Z'")).isEqualTo(1);
    }
}
