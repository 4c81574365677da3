package dev.newsflow.ingest.poll;

import dev.newsflow.core.event.RawArticle;
import dev.newsflow.ingest.source.feed.FeedParseException;
import dev.newsflow.ingest.source.feed.FeedReader;
import java.time.Instant;
import java.util.List;

/** The poller's parser: newsflow's {@link FeedReader} (RSS, RDF, Atom, JSON Feed). */
public final class FeedReaderParser implements FeedParser {

    private final FeedReader reader = new FeedReader();

    @Override
    public List<RawArticle> parse(byte[] body, String contentType, String feedUrl, String sourceId, Instant fetchedAt)
            throws UnparseableDocumentException {
        try {
            return reader.read(body, contentType, feedUrl, sourceId, fetchedAt);
        } catch (FeedParseException e) {
            throw new UnparseableDocumentException(e.getMessage(), e);
        }
    }
}
