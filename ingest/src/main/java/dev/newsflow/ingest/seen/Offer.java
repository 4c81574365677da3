package dev.newsflow.ingest.seen;

import dev.newsflow.core.event.RawArticle;

/**
 * An article a source offers for publishing, with the hash the seen-state judges it by.
 *
 * @param article  the article (its revision is set when published)
 * @param textHash {@link NormalisedText#hash} of the item as the source gave it (for full-page sources: of the feed item, not the page)
 */
public record Offer(RawArticle article, String textHash) {

    public static Offer of(RawArticle article) {
        return new Offer(article, NormalisedText.hash(article));
    }
}
