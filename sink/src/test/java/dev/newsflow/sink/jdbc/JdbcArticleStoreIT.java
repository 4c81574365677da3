package dev.newsflow.sink.jdbc;

import static dev.newsflow.sink.jdbc.TestStore.query;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;


import dev.newsflow.core.event.EnrichedArticle;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The JDBC store on a real SQLite file and a real PostgreSQL server: the same behaviour on both. */
@Timeout(180)
class JdbcArticleStoreIT {

    @TempDir
    Path folder;

    @ParameterizedTest
    @EnumSource(TestStore.class)
    void shouldStoreQueryableColumnsImagesAndLinks(TestStore kind) throws Exception {
        String url = kind.newJdbcUrl(folder);
        try (JdbcArticleStore store = JdbcArticleStore.open(url, Clock.systemUTC())) {
            assertThat(store.write(List.of(SampleArticles.article("a", 1, "Harbour reopens")))).isEmpty();
        }

        assertThat(query(url, "SELECT title FROM articles WHERE id = 'a'")).isEqualTo("Harbour reopens");
        assertThat(query(url, "SELECT count(*) FROM articles WHERE published_at = '2024-04-26T08:25:56.585Z'")).isEqualTo("1");
        assertThat(query(url, "SELECT language || ' ' || word_count || ' ' || extractor_version FROM articles")).isEqualTo("en 4 0.1.0");
        assertThat(query(url, "SELECT count(*) FROM articles WHERE language_mixed = false AND ingested_at IS NOT NULL")).isEqualTo("1");
        assertThat(query(url, "SELECT caption FROM article_images WHERE article_id = 'a' AND position = 0")).isEqualTo("Harbour reopens");
        assertThat(query(url, "SELECT count(*) FROM article_images")).isEqualTo("2");
        assertThat(query(url, "SELECT kind FROM article_links WHERE article_id = 'a'")).isEqualTo("related");
    }

    @ParameterizedTest
    @EnumSource(TestStore.class)
    void shouldStoreABatchLargerThanOneMultiRowStatementWithAllItsImagesAndLinks(TestStore kind) throws Exception {
        String url = kind.newJdbcUrl(folder);
        List<EnrichedArticle> batch = IntStream.range(0, 2 * MultiRowStatements.CHUNK + 7)
                .mapToObj(i -> SampleArticles.article("a" + i, 1, "Article " + i)).toList();
        try (JdbcArticleStore store = JdbcArticleStore.open(url, Clock.systemUTC())) {
            store.write(batch);
            store.write(batch);
        }

        assertThat(query(url, "SELECT count(*) FROM articles")).isEqualTo(String.valueOf(batch.size()));
        assertThat(query(url, "SELECT count(*) FROM article_images")).isEqualTo(String.valueOf(2 * batch.size()));
        assertThat(query(url, "SELECT count(*) FROM article_links")).isEqualTo(String.valueOf(batch.size()));
    }

    @Test
    void shouldKeepTheEnrichedEventQueryableAsJsonInSqlite() throws Exception {
        String url = TestStore.SQLITE.newJdbcUrl(folder);
        try (JdbcArticleStore store = JdbcArticleStore.open(url, Clock.systemUTC())) {
            store.write(List.of(SampleArticles.article("a", 1, "Harbour reopens")));
        }

        assertThat(query(url, "SELECT json_extract(json, '$.title') FROM articles")).isEqualTo("Harbour reopens");
        assertThat(query(url, "SELECT published_at FROM articles")).isEqualTo("2024-04-26T08:25:56.585Z");
    }

    @Test
    void shouldKeepTheEnrichedEventAsJsonbInPostgresql() throws Exception {
        String url = TestStore.POSTGRESQL.newJdbcUrl(folder);
        try (JdbcArticleStore store = JdbcArticleStore.open(url, Clock.systemUTC())) {
            store.write(List.of(SampleArticles.article("a", 1, "Harbour reopens")));
        }

        assertThat(query(url, "SELECT json->'language'->>'tag' FROM articles")).isEqualTo("en");
        assertThat(query(url, "SELECT pg_typeof(json)::text FROM articles")).isEqualTo("jsonb");
    }

    @ParameterizedTest
    @EnumSource(TestStore.class)
    void shouldUpsertIdempotentlySoAReplayedBatchLeavesOneRow(TestStore kind) throws Exception {
        String url = kind.newJdbcUrl(folder);
        try (JdbcArticleStore store = JdbcArticleStore.open(url, Clock.systemUTC())) {
            store.write(List.of(SampleArticles.article("a", 1, "Harbour reopens")));
            store.write(List.of(SampleArticles.article("a", 1, "Harbour reopens"), SampleArticles.article("a", 1, "Harbour reopens")));
        }

        assertThat(query(url, "SELECT count(*) FROM articles")).isEqualTo("1");
        assertThat(query(url, "SELECT count(*) FROM article_images")).isEqualTo("2");
        assertThat(query(url, "SELECT count(*) FROM article_links")).isEqualTo("1");
    }

    @ParameterizedTest
    @EnumSource(TestStore.class)
    void shouldKeepRevisionThreeWhenRevisionsOneThreeTwoArriveInThatOrder(TestStore kind) throws Exception {
        String url = kind.newJdbcUrl(folder);
        try (JdbcArticleStore store = JdbcArticleStore.open(url, Clock.systemUTC())) {
            store.write(List.of(SampleArticles.article("a", 1, "first")));
            store.write(List.of(SampleArticles.article("a", 3, "third")));
            store.write(List.of(SampleArticles.article("a", 2, "second, late")));
            store.write(List.of(SampleArticles.article("b", 1, "first"), SampleArticles.article("b", 3, "third"),
                    SampleArticles.article("b", 2, "second, late")));
        }

        assertThat(query(url, "SELECT revision || ' ' || title FROM articles WHERE id = 'a'")).isEqualTo("3 third");
        assertThat(query(url, "SELECT revision || ' ' || title FROM articles WHERE id = 'b'")).isEqualTo("3 third");
        assertThat(query(url, "SELECT caption FROM article_images WHERE article_id = 'a' AND position = 0"))
                .as("the images of revision 3 stay").isEqualTo("third");
        assertThat(query(url, "SELECT count(*) FROM article_images")).isEqualTo("4");
    }

    @ParameterizedTest
    @EnumSource(TestStore.class)
    void shouldLetANewerExtractorReplaceTheSameRevisionComparingVersionsNumerically(TestStore kind) throws Exception {
        String url = kind.newJdbcUrl(folder);
        try (JdbcArticleStore store = JdbcArticleStore.open(url, Clock.systemUTC())) {
            store.write(List.of(SampleArticles.article("a", 2, "by 0.9.0", "0.9.0")));
            store.write(List.of(SampleArticles.article("a", 2, "by 0.10.0", "0.10.0")));
            store.write(List.of(SampleArticles.article("a", 2, "by 0.9.5, late", "0.9.5")));
            store.write(List.of(SampleArticles.article("a", 1, "older revision, newest extractor", "9.0.0")));
        }

        assertThat(query(url, "SELECT title || ' ' || extractor_version FROM articles")).isEqualTo("by 0.10.0 0.10.0");
        assertThat(query(url, "SELECT caption FROM article_images WHERE position = 0")).isEqualTo("by 0.10.0");
    }

    @ParameterizedTest
    @EnumSource(TestStore.class)
    void shouldRejectOnlyTheRowTheDatabaseRefusesAndStoreTheRest(TestStore kind) throws Exception {
        String url = kind.newJdbcUrl(folder);
        List<Rejection> rejections;
        try (JdbcArticleStore store = JdbcArticleStore.open(url, Clock.systemUTC())) {
            rejections = store.write(List.of(
                    SampleArticles.article("a", 1, "fine"),
                    SampleArticles.article("b", 1, "no url", "0.1.0", null, "text"),
                    SampleArticles.article("c", 1, "fine too")));
        }

        assertThat(rejections).singleElement().satisfies(r -> {
            assertThat(r.index()).isEqualTo(1);
            assertThat(r.reason()).containsIgnoringCase("null");
        });
        assertThat(query(url, "SELECT count(*) FROM articles WHERE id IN ('a', 'c')")).isEqualTo("2");
        assertThat(query(url, "SELECT count(*) FROM articles WHERE id = 'b'")).isEqualTo("0");
        assertThat(query(url, "SELECT count(*) FROM article_images WHERE article_id = 'b'")).isEqualTo("0");
    }

    @Test
    void shouldRejectANulCharacterThatPostgresqlRefusesInText() throws Exception {
        String url = TestStore.POSTGRESQL.newJdbcUrl(folder);
        List<Rejection> rejections;
        try (JdbcArticleStore store = JdbcArticleStore.open(url, Clock.systemUTC())) {
            rejections = store.write(List.of(
                    SampleArticles.article("nul", 1, "NUL inside", "0.1.0", "https://news.example.org/nul", "before\u0000after"),
                    SampleArticles.article("fine", 1, "fine")));
        }

        assertThat(rejections).extracting(Rejection::index).containsExactly(0);
        assertThat(query(url, "SELECT string_agg(id, ',') FROM articles")).isEqualTo("fine");
    }

    @Test
    void shouldMigrateASqliteStoreCreatedBeforeVersionedMigrationsKeepingItsRows() throws Exception {
        String url = TestStore.SQLITE.newJdbcUrl(folder);
        try (JdbcArticleStore store = JdbcArticleStore.open(url, Clock.systemUTC())) {
            store.write(List.of());
        }
        // Rebuild the store as the first newsflow left it: the articles table alone, no history.
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE article_images");
            statement.execute("DROP TABLE article_links");
            statement.execute("DROP TABLE flyway_schema_history");
            statement.execute("DROP TABLE articles");
            statement.execute("""
                    CREATE TABLE articles (id TEXT PRIMARY KEY, revision INTEGER NOT NULL, url TEXT NOT NULL,
                      canonical_url TEXT, site TEXT, title TEXT, authors TEXT, published_at TEXT, updated_at TEXT,
                      feed_timestamp TEXT, language TEXT, word_count INTEGER, text TEXT, json TEXT NOT NULL,
                      extractor_version TEXT, stored_at TEXT NOT NULL)""");
            statement.execute("INSERT INTO articles (id, revision, url, json, stored_at) VALUES ('old', 1, 'u', '{}', 'now')");
        }

        try (JdbcArticleStore store = JdbcArticleStore.open(url, Clock.systemUTC())) {
            store.write(List.of(SampleArticles.article("old", 2, "new revision")));
        }

        assertThat(query(url, "SELECT revision || ' ' || title FROM articles WHERE id = 'old'")).isEqualTo("2 new revision");
        assertThat(query(url, "SELECT count(*) FROM article_images")).isEqualTo("2");
    }

    @Test
    void shouldReportAStoreThatCannotBeReachedAsUnavailable() {
        assertThatThrownBy(() -> JdbcArticleStore.open("jdbc:postgresql://127.0.0.1:1/none?connectTimeout=2", Clock.systemUTC()))
                .isInstanceOf(StoreException.class);
    }

    @Test
    void shouldRejectAnUnsupportedJdbcUrl() {
        assertThatThrownBy(() -> JdbcArticleStore.open("jdbc:mysql://localhost/news", Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unsupported store");
    }
}
