package dev.newsflow.ingest.source.feed;

import java.util.List;

/**
 * A feed document as read: its format and its items in feed order.
 *
 * @param format the format the document turned out to be
 * @param items  every item, including those without a usable link
 * @param charsetOverruled the declared charsets the bytes proved wrong, or null (see
 *                         {@link dev.newsflow.ingest.source.charset.DecodedText#overruled()})
 */
public record ParsedFeed(FeedFormat format, List<FeedItem> items, String charsetOverruled) {

    public ParsedFeed {
        items = List.copyOf(items);
    }

    public ParsedFeed(FeedFormat format, List<FeedItem> items) {
        this(format, items, null);
    }

    ParsedFeed withCharsetOverruled(String wrongDeclarations) {
        return new ParsedFeed(format, items, wrongDeclarations);
    }
}
