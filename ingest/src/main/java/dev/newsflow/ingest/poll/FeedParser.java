package dev.newsflow.ingest.poll;

import dev.newsflow.core.event.RawArticle;
import java.time.Instant;
import java.util.List;

/** Turns a fetched feed document into raw articles (one per item). */
@FunctionalInterface
public interface FeedParser {

    List<RawArticle> parse(byte[] body, String contentType, String feedUrl, String sourceId, Instant fetchedAt)
            throws UnparseableDocumentException;
}
