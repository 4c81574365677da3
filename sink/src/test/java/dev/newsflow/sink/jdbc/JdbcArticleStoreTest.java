package dev.newsflow.sink.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SQLite store, on a real SQLite file. */
class JdbcArticleStoreTest {

    @TempDir
    Path folder;

    private String jdbcUrl() {
        return "jdbc:sqlite:" + folder.resolve("sub/dir/newsflow.db");
    }

    private String query(String sql) throws Exception {
        try (Connection connection = DriverManager.getConnection(jdbcUrl());
             ResultSet result = connection.createStatement().executeQuery(sql)) {
            return result.next() ? result.getString(1) : null;
        }
    }

    @Test
    void shouldCreateTheDatabaseFileAndStoreQueryableColumns() throws Exception {
        try (JdbcArticleStore store = JdbcArticleStore.open(jdbcUrl(), Clock.systemUTC())) {
            store.write(List.of(SampleArticles.article("a", 1, "Harbour reopens")));
        }

        assertThat(query("SELECT title FROM articles WHERE id = 'a'")).isEqualTo("Harbour reopens");
        assertThat(query("SELECT published_at FROM articles WHERE id = 'a'")).isEqualTo("2024-04-26T08:25:56.585Z");
        assertThat(query("SELECT language FROM articles WHERE id = 'a'")).isEqualTo("en");
        assertThat(query("SELECT json_extract(json, '$.title') FROM articles WHERE id = 'a'")).isEqualTo("Harbour reopens");
    }

    @Test
    void shouldUpsertIdempotentlySoAReplayedBatchLeavesOneRow() throws Exception {
        try (JdbcArticleStore store = JdbcArticleStore.open(jdbcUrl(), Clock.systemUTC())) {
            store.write(List.of(SampleArticles.article("a", 1, "Harbour reopens")));
            store.write(List.of(SampleArticles.article("a", 1, "Harbour reopens")));
        }

        assertThat(query("SELECT count(*) FROM articles")).isEqualTo("1");
    }

    @Test
    void shouldNeverLetAnOlderRevisionOverwriteANewerOne() throws Exception {
        try (JdbcArticleStore store = JdbcArticleStore.open(jdbcUrl(), Clock.systemUTC())) {
            store.write(List.of(SampleArticles.article("a", 1, "first")));
            store.write(List.of(SampleArticles.article("a", 3, "third")));
            store.write(List.of(SampleArticles.article("a", 2, "second, late")));
        }

        assertThat(query("SELECT revision || ' ' || title FROM articles WHERE id = 'a'")).isEqualTo("3 third");
    }

    @Test
    void shouldRejectAnUnsupportedJdbcUrl() {
        assertThatThrownBy(() -> JdbcArticleStore.open("jdbc:mysql://localhost/news", Clock.systemUTC()))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unsupported store");
    }
}
