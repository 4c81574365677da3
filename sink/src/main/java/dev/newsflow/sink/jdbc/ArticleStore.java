package dev.newsflow.sink.jdbc;

import dev.newsflow.core.event.EnrichedArticle;
import java.util.List;

/** Where the sink keeps enriched articles. Writes are idempotent upserts by id, revision and extractor version. */
public interface ArticleStore extends AutoCloseable {

    /**
     * Stores the articles in one transaction, except those the database refuses for their content,
     * which come back as rejections while the rest are stored.
     *
     * @throws StoreException if the database cannot take the write now; then nothing is stored
     */
    List<Rejection> write(List<EnrichedArticle> articles) throws StoreException;

    @Override
    void close();
}
