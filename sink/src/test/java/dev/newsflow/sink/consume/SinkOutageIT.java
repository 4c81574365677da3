package dev.newsflow.sink.consume;

import static dev.newsflow.sink.jdbc.TestStore.query;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.sink.jdbc.JdbcArticleStore;
import dev.newsflow.sink.jdbc.SampleArticles;
import dev.newsflow.testkit.Eventually;
import dev.newsflow.testkit.TestKafka;
import dev.newsflow.testkit.TestPostgres;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** PostgreSQL goes away for 20 s in the middle of 2,000 articles: the sink waits, then stores each exactly once. */
@Timeout(300)
class SinkOutageIT {

    private static final int ARTICLES = 2_000;

    @BeforeAll
    static void createTopics() {
        SinkTopics.ensure();
    }

    private static List<ProducerRecord<String, byte[]>> articles(String prefix, int from, int to) {
        return IntStream.range(from, to)
                .mapToObj(i -> SinkTopics.enriched(SampleArticles.article(prefix + "-" + i, 1, "Article " + i)))
                .toList();
    }

    @Test
    void shouldStoreEveryArticleExactlyOnceAcrossATwentySecondDatabaseOutage() throws Exception {
        String prefix = TestKafka.uniqueName("outage");
        RecordingListener listener = new RecordingListener(prefix);
        SinkSettings settings = new SinkSettings(100, Duration.ofMillis(50), Duration.ofMillis(100), Duration.ofSeconds(2));
        try (TestPostgres.Restartable postgres = TestPostgres.startRestartable();
             JdbcArticleStore store = JdbcArticleStore.open(postgres.jdbcUrl(), Clock.systemUTC());
             SinkService sink = new SinkService(TestKafka.bootstrapServers(), prefix, store, listener, Map.of(), settings,
                     Clock.systemUTC())) {
            Thread thread = new Thread(sink, "sink-outage-it");
            thread.start();
            SinkTopics.publish(articles(prefix, 0, ARTICLES / 2));
            Eventually.await(Duration.ofSeconds(60), "the first half stored",
                    () -> listener.stored.size() == ARTICLES / 2);

            postgres.stop();
            SinkTopics.publish(articles(prefix, ARTICLES / 2, ARTICLES));
            Eventually.await(Duration.ofSeconds(30), "the sink to report not-ready while PostgreSQL is down",
                    () -> !sink.ready());
            // The outage: 20 s without a database, while the second half waits on the topic.
            Thread.sleep(Duration.ofSeconds(20).toMillis());
            assertThat(listener.stored).hasSize(ARTICLES / 2);
            assertThat(thread.isAlive()).as("the sink survives the outage").isTrue();
            postgres.start();

            Eventually.await(Duration.ofSeconds(90), "all " + ARTICLES + " stored after PostgreSQL came back",
                    () -> listener.stored.size() == ARTICLES);
            Eventually.await(Duration.ofSeconds(10), "the sink ready again", sink::ready);
            assertThat(thread.isAlive()).isTrue();
            assertThat(listener.stored.values()).allSatisfy(times -> assertThat(times).hasValue(1));
            assertThat(listener.deadLettered).isEmpty();
            assertThat(query(postgres.jdbcUrl(), "SELECT count(*) FROM articles WHERE id LIKE '" + prefix + "-%'"))
                    .isEqualTo(String.valueOf(ARTICLES));
        }
    }
}
