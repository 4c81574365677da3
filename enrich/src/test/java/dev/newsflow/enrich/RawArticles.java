package dev.newsflow.enrich;

import dev.newsflow.core.event.RawArticle;
import dev.newsflow.core.id.ArticleId;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

/** Raw articles for tests: from fixture files in the archived-item format, or from an HTML string. */
final class RawArticles {

    static final Instant FETCHED_AT = Instant.parse("2024-06-10T12:00:00Z");

    private RawArticles() {}

    /**
     * An archived item from {@code src/test/resources/fixtures}: line 1 {@code <!--EPOCH_MILLIS-->},
     * line 2 {@code [title](url)}, line 3 {@code ------}, then the HTML.
     */
    static RawArticle archivedItem(String fixture) {
        String[] parts = resource(fixture).split("\n", 4);
        Instant feedTimestamp = Instant.ofEpochMilli(Long.parseLong(parts[0].replaceAll("[^0-9]", "")));
        String link = parts[1].strip();
        int separator = link.lastIndexOf("](");
        String title = link.substring(1, separator);
        String url = link.substring(separator + 2, link.length() - 1);
        return html(parts[3], url, title, feedTimestamp);
    }

    static RawArticle html(String html, String url, String title, Instant feedTimestamp) {
        return html(html, url, title, feedTimestamp, FETCHED_AT);
    }

    static RawArticle html(String html, String url, String title, Instant feedTimestamp, Instant fetchedAt) {
        return new RawArticle(RawArticle.SCHEMA, ArticleId.of(url), 1, url,
                new RawArticle.Source("fixtures", "archive", null, "test"), title,
                new RawArticle.FeedFields(null, List.of(), List.of(), null, feedTimestamp, null, null),
                html, "text/html", false, html.length(), "0", fetchedAt);
    }

    static String resource(String fixture) {
        try (InputStream in = RawArticles.class.getResourceAsStream("/fixtures/" + fixture)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + fixture);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
