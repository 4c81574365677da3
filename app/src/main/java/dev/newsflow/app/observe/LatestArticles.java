package dev.newsflow.app.observe;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/** The most recently stored articles, newest first, for the status page; bounded. */
public final class LatestArticles {

    /** What the status page shows of one stored article; the title is plain text, never HTML. */
    public record StoredArticle(String id, String title, String url, String language, String source, Instant storedAt) {}

    private final int capacity;
    private final Deque<StoredArticle> articles = new ArrayDeque<>();

    public LatestArticles(int capacity) {
        this.capacity = capacity;
    }

    public synchronized void add(StoredArticle article) {
        articles.addFirst(article);
        while (articles.size() > capacity) {
            articles.removeLast();
        }
    }

    public synchronized List<StoredArticle> newestFirst() {
        return new ArrayList<>(articles);
    }
}
