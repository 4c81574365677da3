package dev.newsflow.ingest.source.feed;

import java.util.List;

/**
 * A feed document as read: its format and its items in feed order.
 *
 * @param format the format the document turned out to be
 * @param items  every item, including those without a usable link
 */
public record ParsedFeed(FeedFormat format, List<FeedItem> items) {

    public ParsedFeed {
        items = List.copyOf(items);
    }
}
