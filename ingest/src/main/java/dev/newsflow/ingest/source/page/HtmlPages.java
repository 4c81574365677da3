package dev.newsflow.ingest.source.page;

import dev.newsflow.core.event.RawArticle;
import dev.newsflow.core.id.ArticleId;
import dev.newsflow.core.id.ContentHash;
import dev.newsflow.ingest.source.CappedContent;
import dev.newsflow.ingest.source.charset.DecodedText;
import dev.newsflow.ingest.source.charset.DocumentDecoder;
import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;

/** Turns a saved or fetched HTML page into a raw article. */
public final class HtmlPages {

    /** The source type of pages read from files or fetched by URL. */
    public static final String SOURCE_TYPE = "page";

    private static final DocumentDecoder DECODER = new DocumentDecoder();

    private HtmlPages() {}

    /** A raw article from the bytes of a saved page, which came without an HTTP header: see {@link #toRawArticle(byte[], String, String, String, Instant)}. */
    public static RawArticle toRawArticle(byte[] bytes, String url, String origin, Instant fetchedAt) {
        return toRawArticle(bytes, url, null, origin, fetchedAt);
    }

    /**
     * A raw article from page bytes, decoded as {@link DocumentDecoder#decodePage} says: byte order
     * mark, the HTTP charset of {@code contentType}, the page's {@code <meta>}, UTF-8, then detection.
     * A declaration the bytes contradict and a charset in doubt become the article's
     * {@code charset-overruled} and {@code charset-doubtful} flags. Without an http(s) {@code url} the
     * id is derived from the content, since there is no link to name the article by.
     *
     * @param contentType the HTTP {@code Content-Type} the page came with, or null
     */
    public static RawArticle toRawArticle(byte[] bytes, String url, String contentType, String origin, Instant fetchedAt) {
        DecodedText decoded = DECODER.decodePage(bytes, contentType);
        CappedContent content = CappedContent.of(Jsoup.parse(decoded.text(), url == null ? "" : url).outerHtml());
        String id = url != null ? ArticleId.of(url) : ContentHash.sha256Hex(bytes).substring(0, 20);
        List<String> flags = decoded.flags();
        RawArticle.FeedFields fields = flags.isEmpty() ? RawArticle.FeedFields.EMPTY
                : new RawArticle.FeedFields(null, List.of(), List.of(), null, null, null, null, List.of(), flags);
        return new RawArticle(
                RawArticle.SCHEMA, id, 1, url,
                new RawArticle.Source(SOURCE_TYPE, SOURCE_TYPE, null, origin),
                null, fields,
                content.text(), "text/html", content.truncated(), bytes.length,
                ContentHash.sha256Hex(bytes), fetchedAt);
    }
}
