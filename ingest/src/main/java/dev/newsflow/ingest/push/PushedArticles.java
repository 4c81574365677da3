package dev.newsflow.ingest.push;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsflow.core.event.RawArticle;
import dev.newsflow.core.id.ArticleId;
import dev.newsflow.core.json.Json;
import dev.newsflow.core.json.JsonDecodingException;
import dev.newsflow.core.json.UnpairedSurrogates;
import dev.newsflow.ingest.source.CappedContent;
import dev.newsflow.ingest.source.archive.ArchivedItemParser;
import dev.newsflow.ingest.source.archive.ArchivedItems;
import dev.newsflow.ingest.source.archive.MalformedItemException;
import dev.newsflow.ingest.source.page.HtmlPages;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a pushed body into the raw article ingest publishes: an archived item ({@code text/plain},
 * the format {@link ArchivedItemParser} reads), JSON in the shape of a {@link RawArticle}, of
 * which the sender's url, title, content, contentType and feed fields are taken, or an HTML page
 * ({@code text/html}, its URL in {@code Content-Location}) as it was fetched, its bytes decoded as
 * every page's are ({@link HtmlPages}); id, revision, hash and source are always ingest's own.
 */
final class PushedArticles {

    /** The source id and type of every pushed article. */
    static final String SOURCE = "push";

    private final ArchivedItemParser archive = new ArchivedItemParser();

    /**
     * @param contentLocation the request's {@code Content-Location}: the URL of a pushed page, else null
     */
    RawArticle read(byte[] body, String contentType, String contentLocation, Instant receivedAt) throws BadPushException {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.startsWith("text/plain")) {
            return fromArchivedItem(body, receivedAt);
        }
        if (type.startsWith("application/json")) {
            return fromJson(body, receivedAt);
        }
        if (type.startsWith("text/html")) {
            return fromPage(body, contentType, contentLocation, receivedAt);
        }
        throw new BadPushException(415, "Content-Type must be text/plain (an archived item), application/json (an article)"
                + " or text/html (a page), not '" + contentType + "'");
    }

    /** The page's charset comes from the request's Content-Type as from a fetch's, then from the page. */
    private static RawArticle fromPage(byte[] body, String contentType, String url, Instant receivedAt) throws BadPushException {
        if (url == null || url.isBlank()) {
            throw new BadPushException(400, "a pushed page needs its URL in Content-Location");
        }
        try {
            ArticleId.of(url);
        } catch (IllegalArgumentException e) {
            throw new BadPushException(400, "Content-Location is not an absolute http(s) URL: " + url);
        }
        if (body.length == 0) {
            throw new BadPushException(400, "the page is empty");
        }
        return withPushSource(HtmlPages.toRawArticle(body, url, contentType, "POST /articles", receivedAt));
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
        boolean repaired;
        try {
            // Read as a tree first, to repair its strings before they become the article's (UnpairedSurrogates).
            JsonNode tree = Json.mapper().readTree(body);
            repaired = UnpairedSurrogates.repair(tree) > 0;
            sent = Json.mapper().treeToValue(tree, RawArticle.class);
        } catch (IOException e) {
            String reason = new JsonDecodingException(RawArticle.class, e).getMessage();
            throw new BadPushException(400, "not a JSON article: " + reason.lines().findFirst().orElse(""));
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
        RawArticle.FeedFields feed = repaired ? flagged(sent.feed(), UnpairedSurrogates.FLAG) : sent.feed();
        return new RawArticle(RawArticle.SCHEMA, id, 1, sent.url(), pushSource(), sent.title(), feed, content.text(),
                sent.contentType() == null ? "text/html" : sent.contentType(), content.truncated(), content.originalLength(),
                content.originalHash(), receivedAt);
    }

    private static RawArticle.FeedFields flagged(RawArticle.FeedFields f, String flag) {
        List<String> flags = new ArrayList<>(f.flags());
        flags.add(flag);
        return new RawArticle.FeedFields(f.guid(), f.authors(), f.categories(), f.summary(), f.timestamp(), f.updated(),
                f.language(), f.images(), flags);
    }

    private static RawArticle withPushSource(RawArticle a) {
        return new RawArticle(a.schema(), a.id(), a.revision(), a.url(), pushSource(), a.title(), a.feed(), a.content(),
                a.contentType(), a.contentTruncated(), a.contentLength(), a.contentHash(), a.fetchedAt());
    }

    private static RawArticle.Source pushSource() {
        return new RawArticle.Source(SOURCE, SOURCE, null, "POST /articles");
    }
}
