package dev.newsflow.sink.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.core.event.EnrichedArticle;
import dev.newsflow.core.event.RawArticle;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** sink.max-title-chars in front of a real SQLite store. */
class TitleLengthLimitTest {

    @TempDir
    Path dir;

    private static EnrichedArticle article(String id, String url, String title) {
        return new EnrichedArticle(EnrichedArticle.SCHEMA, id, 1, url, null, "news.example.org", title, null, List.of(),
                Instant.parse("2024-04-26T08:25:56Z"), null, Instant.parse("2024-04-26T08:00:00Z"), null, List.of(), List.of(),
                "Text of " + id, List.of(), List.of(), new EnrichedArticle.Language("en", 0.9, false, List.of(), List.of(), "ngrams"),
                new EnrichedArticle.Stats(1, 3, 12, 1, 0, 0), Map.of(), List.of(),
                new RawArticle.Source("archive", "archive", null, "test"), Instant.parse("2024-04-26T09:00:00Z"),
                new EnrichedArticle.Extractor("newsflow", "0.1.0"));
    }

    private List<String> storedIds(String url) throws Exception {
        List<String> ids = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(url);
             ResultSet rows = connection.createStatement().executeQuery("SELECT id FROM articles ORDER BY id")) {
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
        }
        return ids;
    }

    @Test
    void shouldRefuseLongTitlesAndKeepTheStoresOwnRefusalsAtTheirPositions() throws Exception {
        String url = "jdbc:sqlite:" + dir.resolve("store.db");
        List<Rejection> rejections;
        try (ArticleStore store = TitleLengthLimit.around(JdbcArticleStore.open(url, Clock.systemUTC()), 10)) {
            rejections = store.write(List.of(
                    article("a", "https://news.example.org/a", "A title far over ten"),
                    article("b", "https://news.example.org/b", "Short"),
                    article("c", null, "No url"),                       // the database's own refusal
                    article("d", "https://news.example.org/d", "十個字的標題正好十個")));  // 10 characters, 30 bytes: fits

        }

        assertThat(rejections).extracting(Rejection::index).containsExactlyInAnyOrder(0, 2);
        assertThat(rejections).filteredOn(rejection -> rejection.index() == 0).singleElement()
                .extracting(Rejection::reason).isEqualTo("title has 20 characters, more than sink.max-title-chars (10)");
        assertThat(storedIds(url)).containsExactly("b", "d");
    }

    @Test
    void shouldLeaveTheStoreAloneWithoutALimit() throws Exception {
        try (ArticleStore store = JdbcArticleStore.open("jdbc:sqlite:" + dir.resolve("plain.db"), Clock.systemUTC())) {
            assertThat(TitleLengthLimit.around(store, null)).isSameAs(store);
        }
    }
}
