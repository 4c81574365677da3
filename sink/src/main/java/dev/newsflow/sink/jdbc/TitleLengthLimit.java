package dev.newsflow.sink.jdbc;

import dev.newsflow.core.event.EnrichedArticle;
import java.util.ArrayList;
import java.util.List;

/**
 * A store that refuses articles whose title is longer than {@code sink.max-title-chars}, the way a
 * database refuses a row over a column's width: the sink dead-letters them with the reason and stores
 * the rest. For stores that feed systems with such a limit; after the limit is raised, {@code newsflow
 * dlq replay --stage sink} stores the refused articles. Characters are counted as code points.
 */
public final class TitleLengthLimit implements ArticleStore {

    private final ArticleStore store;
    private final int maxChars;

    private TitleLengthLimit(ArticleStore store, int maxChars) {
        this.store = store;
        this.maxChars = maxChars;
    }

    /** {@code store} itself when {@code maxChars} is null (no limit). */
    public static ArticleStore around(ArticleStore store, Integer maxChars) {
        if (maxChars == null) {
            return store;
        }
        if (maxChars < 1) {
            throw new IllegalArgumentException("sink.max-title-chars must be at least 1, not " + maxChars);
        }
        return new TitleLengthLimit(store, maxChars);
    }

    @Override
    public List<Rejection> write(List<EnrichedArticle> articles) throws StoreException {
        List<Rejection> rejections = new ArrayList<>();
        List<EnrichedArticle> accepted = new ArrayList<>();
        List<Integer> acceptedIndexes = new ArrayList<>();
        for (int i = 0; i < articles.size(); i++) {
            String title = articles.get(i).title();
            int length = title == null ? 0 : title.codePointCount(0, title.length());
            if (length > maxChars) {
                rejections.add(new Rejection(i, "title has " + length + " characters, more than sink.max-title-chars (" + maxChars + ")"));
            } else {
                accepted.add(articles.get(i));
                acceptedIndexes.add(i);
            }
        }
        if (accepted.isEmpty()) {
            return rejections;
        }
        for (Rejection refused : store.write(accepted)) {
            rejections.add(new Rejection(acceptedIndexes.get(refused.index()), refused.reason()));
        }
        return rejections;
    }

    @Override
    public void close() {
        store.close();
    }
}
