package dev.newsflow.ingest.push;

import dev.newsflow.core.event.RawArticle;
import dev.newsflow.core.id.ArticleId;
import dev.newsflow.core.json.Json;
import dev.newsflow.core.json.JsonDecodingException;
import dev.newsflow.ingest.source.CappedContent;
import dev.newsflow.ingest.source.archive.ArchivedItemParser;
import dev.newsflow.ingest.source.archive.ArchivedItems;
import dev.newsflow.ingest.source.archive.MalformedItemException;
import java.time.Instant;
import java.util.Locale;

/**
 * Reads a pushed body into the raw article ingest publishes: an archived item ({@code text/plain},
 * the format {@link ArchivedItemParser} reads) or JSON in the shape of a {@link RawArticle}, of
 * which the sender's url, title, content, contentType and feed fields are taken; id, revision,
 * hash and source are always ingest's own.
 */
final class PushedArticles {

    /** The source id and type of every pushed article. */
    static final String SOURCE = "push";

    private final ArchivedItemParser archive = new ArchivedItemParser();

    RawArticle read(byte[] body, String contentType, Instant receivedAt) throws BadPushException {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith("text/plain")) {
            return fromArchivedItem(body, receivedAt);
        }
        if (type.startsWith("application/json")) {
            return fromJson(body, receivedAt);
        }
        throw new BadPushException(415, "Content-Type must be text/plain (an archived item) or application/json (an article), not '"
                + contentType + "'");
    }

    private RawArticle fromArchivedItem(byte[] body, Instant receivedAt) throws BadPushException {
        try {
            RawArticle article = ArchivedItems.toRawArticle(archive.parse(body), "POST /articles", receivedAt);
            return withPushSource(article);
        } catch (MalformedItemException e) {
            throw new BadPushException(400, "not an archived item: " + e.getMessage());
        }
    }

    private static RawArticle fromJson(byte[] body, Instant receivedAt) throws BadPushException {
        RawArticle sent;
        try {
            sent = Json.fromBytes(body, RawArticle.class);
        } catch (JsonDecodingException e) {
            throw new BadPushException(400, "not a JSON article: " + e.getMessage().lines().findFirst().orElse(""));
        }
        if (sent == null || sent.url() == null || sent.url().isBlank()) {
            throw new BadPushException(400, "the article has no url");
        }
        if (sent.content() == null || sent.content().isBlank()) {
            throw new BadPushException(400, "the article has no content");
        }
        String id;
        try {
            id = ArticleId.of(sent.url());
        } catch (IllegalArgumentException e) {
            throw new BadPushException(400, "url is not an absolute http(s) URL: " + sent.url());
        }
        CappedContent content = CappedContent.of(sent.content());
        return new RawArticle(RawArticle.SCHEMA, id, 1, sent.url(), pushSource(), sent.title(), sent.feed(), content.text(),
                sent.contentType() == null ? "text/html" : sent.contentType(), content.truncated(), content.originalLength(),
                content.originalHash(), receivedAt);
    }

    private static RawArticle withPushSource(RawArticle a) {
        return new RawArticle(a.schema(), a.id(), a.revision(), a.url(), pushSource(), a.title(), a.feed(), a.content(),
                a.contentType(), a.contentTruncated(), a.contentLength(), a.contentHash(), a.fetchedAt());
    }

    private static RawArticle.Source pushSource() {
        return new RawArticle.Source(SOURCE, SOURCE, null, "POST /articles");
    }
}
