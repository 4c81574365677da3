package dev.newsflow.sink.jdbc;

import dev.newsflow.core.event.EnrichedArticle;
import dev.newsflow.core.event.RawArticle;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Enriched articles for store tests. */
public final class SampleArticles {

    private SampleArticles() {}

    public static EnrichedArticle article(String id, int revision, String title) {
        return new EnrichedArticle(EnrichedArticle.SCHEMA, id, revision, "https://news.example.org/" + id, null,
                "news.example.org", title, List.of("Ada Reporter"), Instant.parse("2024-04-26T08:25:56.585Z"), null,
                Instant.parse("2024-04-26T14:17:04Z"), null, List.of(), List.of(), "Body of " + title + ".", List.of(),
                List.of(), new EnrichedArticle.Language("en", 0.9, false, List.of(), List.of(), "declared"),
                new EnrichedArticle.Stats(1, 4, 20, 0, 0, 1), Map.of("title", "feed"), List.of(),
                new RawArticle.Source("archive", "archive", null, "test"), Instant.parse("2024-04-26T14:20:00Z"),
                new EnrichedArticle.Extractor("newsflow", "test"));
    }
}
