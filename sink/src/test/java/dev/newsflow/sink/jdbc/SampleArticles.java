package dev.newsflow.sink.jdbc;

import dev.newsflow.core.event.EnrichedArticle;
import dev.newsflow.core.event.RawArticle;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Enriched articles for store and sink tests. */
public final class SampleArticles {

    private SampleArticles() {}

    public static EnrichedArticle article(String id, int revision, String title) {
        return article(id, revision, title, "0.1.0");
    }

    public static EnrichedArticle article(String id, int revision, String title, String extractorVersion) {
        return article(id, revision, title, extractorVersion, "https://news.example.org/" + id, "Body of " + title + ".");
    }

    /** An article in {@code languageTag}, e.g. {@code zh-Hant}. */
    public static EnrichedArticle inLanguage(String id, String languageTag, String title) {
        EnrichedArticle a = article(id, 1, title);
        return new EnrichedArticle(a.schema(), a.id(), a.revision(), a.url(), a.canonicalUrl(), a.site(), a.title(), a.description(),
                a.authors(), a.publishedAt(), a.updatedAt(), a.feedTimestamp(), a.leadImage(), a.images(), a.headings(),
                a.text(), a.links(), a.credits(),
                new EnrichedArticle.Language(languageTag, 0.9, false, List.of(), List.of(), "script"),
                a.stats(), a.provenance(), a.flags(), a.source(), a.fetchedAt(), a.extractor());
    }

    /** An article whose url and text are given as is (null or odd values, to see the store refuse them). */
    public static EnrichedArticle article(String id, int revision, String title, String extractorVersion, String url,
                                          String text) {
        return new EnrichedArticle(EnrichedArticle.SCHEMA, id, revision, url, null,
                "news.example.org", title, "A short summary of " + title, List.of("Ada Reporter"), Instant.parse("2024-04-26T08:25:56.585Z"), null,
                Instant.parse("2024-04-26T14:17:04Z"), null,
                List.of(new EnrichedArticle.Image("https://img.example.org/" + id + "/1.jpg", title, "Photo: Bo", null),
                        new EnrichedArticle.Image("https://img.example.org/" + id + "/2.jpg", null, null,
                                "https://images.weserv.nl/?url=img.example.org/" + id + "/2.jpg")),
                List.of(), text,
                List.of(new EnrichedArticle.Link("https://news.example.org/related", "Related", "related")),
                List.of(), new EnrichedArticle.Language("en", 0.9, false, List.of(), List.of(), "declared"),
                new EnrichedArticle.Stats(1, 4, 20, 2, 1, 1), Map.of("title", "feed"), List.of(),
                new RawArticle.Source("archive", "archive", null, "test"), Instant.parse("2024-04-26T14:20:00Z"),
                new EnrichedArticle.Extractor("newsflow", extractorVersion));
    }
}
