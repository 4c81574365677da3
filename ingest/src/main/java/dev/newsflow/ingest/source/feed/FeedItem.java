package dev.newsflow.ingest.source.feed;

import dev.newsflow.core.time.WrittenDate;
import java.util.ArrayList;
import java.util.List;

/**
 * One feed item, as the feed described it, format-neutral: what {@link FeedReader} turns into a
 * {@code RawArticle}. Text fields are already decoded; HTML fields hold HTML.
 *
 * @param guid       the item's guid / id / {@code rdf:about}, or null
 * @param link       the item's link resolved to an absolute URL, or null when it has none
 * @param title      the title as plain text (entities decoded, markup stripped), or null
 * @param authors    author names
 * @param categories categories and tags
 * @param summary    the summary when the item also has richer content, else null
 * @param content    the richest HTML body the item carries, or null
 * @param published  when the item was published, or null
 * @param updated    when it was last updated, or null
 * @param language   the item's language, else the feed's, or null
 * @param images     image URLs, best first
 * @param flags      doubts about the fields, e.g. a date whose zone was assumed
 */
public record FeedItem(
        String guid,
        String link,
        String title,
        List<String> authors,
        List<String> categories,
        String summary,
        String content,
        WrittenDate published,
        WrittenDate updated,
        String language,
        List<String> images,
        List<String> flags) {

    public FeedItem {
        authors = List.copyOf(authors);
        categories = List.copyOf(categories);
        images = List.copyOf(images);
        flags = List.copyOf(flags);
    }

    /** This item with one more flag. */
    FeedItem withFlag(String flag) {
        List<String> more = new ArrayList<>(flags);
        more.add(flag);
        return new FeedItem(guid, link, title, authors, categories, summary, content, published, updated, language, images, more);
    }
}
