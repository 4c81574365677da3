package dev.newsflow.sink.consume;

import static dev.newsflow.sink.jdbc.TestStore.query;
import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.sink.jdbc.SampleArticles;
import dev.newsflow.sink.jdbc.TestStore;
import dev.newsflow.testkit.Eventually;
import dev.newsflow.testkit.TestKafka;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Duration;
import java.util.stream.IntStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Timeout;

/** {@code kill -9} of a sink process in the middle of its batches, then a new one: every article stored, none twice. */
@Timeout(300)
class SinkKillIT {

    private static final int ARTICLES = 2_000;

    @TempDir
    Path folder;

    private static Process startSink(String group, String jdbcUrl, Path log) throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        return new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                SinkProcess.class.getName(), TestKafka.bootstrapServers(), group, jdbcUrl)
                .redirectErrorStream(true).redirectOutput(log.toFile()).start();
    }

    private static int stored(String jdbcUrl, String prefix) {
        try {
            String count = query(jdbcUrl, "SELECT count(*) FROM articles WHERE id LIKE '" + prefix + "-%'");
            return count == null ? 0 : Integer.parseInt(count);
        } catch (SQLException e) {
            return 0; // the first sink has not created the tables yet
        }
    }

    @ParameterizedTest
    @EnumSource(TestStore.class)
    void shouldStoreEveryArticleOnceAfterTheSinkIsKilledMidBatch(TestStore kind) throws Exception {
        SinkTopics.ensure();
        String jdbcUrl = kind.newJdbcUrl(folder);
        String prefix = TestKafka.uniqueName("kill");
        SinkTopics.publish(IntStream.range(0, ARTICLES)
                .mapToObj(i -> SinkTopics.enriched(SampleArticles.article(prefix + "-" + i, 1, "Article " + i)))
                .toList());

        Process first = startSink(prefix, jdbcUrl, folder.resolve("first.log"));
        try {
            Eventually.await(Duration.ofSeconds(90), "the first sink to store some articles",
                    () -> stored(jdbcUrl, prefix) > 0);
            first.destroyForcibly().waitFor();
        } finally {
            first.destroyForcibly();
        }
        int beforeKill = stored(jdbcUrl, prefix);

        Process second = startSink(prefix, jdbcUrl, folder.resolve("second.log"));
        try {
            Eventually.await(Duration.ofSeconds(90), "all " + ARTICLES + " stored by the second sink",
                    () -> stored(jdbcUrl, prefix) == ARTICLES);
        } finally {
            second.destroy();
            second.waitFor();
        }

        assertThat(beforeKill).as("killed before the end").isLessThan(ARTICLES);
        assertThat(query(jdbcUrl, "SELECT count(DISTINCT id) FROM articles WHERE id LIKE '" + prefix + "-%'"))
                .isEqualTo(String.valueOf(ARTICLES));
        assertThat(query(jdbcUrl, "SELECT count(*) FROM article_images WHERE article_id LIKE '" + prefix + "-%'"))
                .as("each article's images once").isEqualTo(String.valueOf(2 * ARTICLES));
    }
}
