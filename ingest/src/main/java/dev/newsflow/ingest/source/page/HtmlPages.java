package dev.newsflow.ingest.source.page;

import dev.newsflow.core.event.RawArticle;
import dev.newsflow.core.id.ArticleId;
import dev.newsflow.core.id.ContentHash;
import dev.newsflow.ingest.source.CappedContent;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import org.jsoup.helper.DataUtil;
import org.jsoup.nodes.Document;

/** Turns a saved or fetched HTML page into a raw article. */
public final class HtmlPages {

    /** The source type of pages read from files or fetched by URL. */
    public static final String SOURCE_TYPE = "page";

    private HtmlPages() {}

    /**
     * A raw article from page bytes. The charset comes from the byte-order mark or the page's own
     * {@code <meta charset>}, else UTF-8 (Jsoup's detection). Without an http(s) {@code url} the id is
     * derived from the content, since there is no link to name the article by.
     */
    public static RawArticle toRawArticle(byte[] bytes, String url, String origin, Instant fetchedAt) {
        Document page = decode(bytes, url);
        CappedContent content = CappedContent.of(page.outerHtml());
        String id = url != null ? ArticleId.of(url) : ContentHash.sha256Hex(bytes).substring(0, 20);
        return new RawArticle(
                RawArticle.SCHEMA, id, 1, url,
                new RawArticle.Source(SOURCE_TYPE, SOURCE_TYPE, null, origin),
                null, RawArticle.FeedFields.EMPTY,
                content.text(), "text/html", content.truncated(), bytes.length,
                ContentHash.sha256Hex(bytes), fetchedAt);
    }

    private static Document decode(byte[] bytes, String url) {
        try {
            return DataUtil.load(new ByteArrayInputStream(bytes), null, url == null ? "" : url);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the page: " + e.getMessage(), e);
        }
    }
}
