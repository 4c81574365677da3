package dev.newsflow.ingest.source.archive;

import dev.newsflow.core.event.RawArticle;
import dev.newsflow.core.id.ArticleId;
import dev.newsflow.ingest.source.CappedContent;
import java.time.Instant;

/** Turns a parsed archived item into the raw article event ingest publishes. */
public final class ArchivedItems {

    /** The source id and type of every archived item. */
    public static final String SOURCE_TYPE = "archive";

    private ArchivedItems() {}

    public static RawArticle toRawArticle(ArchivedItem item, String origin, Instant fetchedAt) {
        CappedContent content = CappedContent.of(item.html());
        return new RawArticle(
                RawArticle.SCHEMA,
                ArticleId.of(item.url()),
                1,
                item.url(),
                new RawArticle.Source(SOURCE_TYPE, SOURCE_TYPE, null, origin),
                item.title(),
                new RawArticle.FeedFields(null, null, null, null, item.feedTimestamp(), null, null),
                content.text(),
                "text/html",
                content.truncated(),
                content.originalLength(),
                content.originalHash(),
                fetchedAt);
    }
}
