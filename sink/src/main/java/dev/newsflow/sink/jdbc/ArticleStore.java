package dev.newsflow.sink.jdbc;

import dev.newsflow.core.event.EnrichedArticle;
import java.util.List;

/** Where the sink keeps enriched articles. Writes are idempotent upserts by id and revision. */
public interface ArticleStore extends AutoCloseable {

    /** Stores the batch atomically: all of it or, on {@link StoreException}, none of it. */
    void write(List<EnrichedArticle> articles) throws StoreException;

    @Override
    void close();
}
