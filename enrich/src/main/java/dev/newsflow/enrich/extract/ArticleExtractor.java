package dev.newsflow.enrich.extract;

import dev.newsflow.enrich.extract.body.BodyExtractor;
import dev.newsflow.enrich.extract.body.ContentLocator;
import dev.newsflow.enrich.extract.body.scoring.ScoringContentLocator;
import dev.newsflow.enrich.extract.date.VisibleDateline;
import dev.newsflow.enrich.extract.date.VisibleDates;
import dev.newsflow.enrich.extract.html.ScriptAndStyleContent;
import dev.newsflow.enrich.extract.html.SurrogateReferences;
import dev.newsflow.enrich.extract.image.ImageProxyUnwrapper;
import dev.newsflow.enrich.extract.metadata.MetadataReader;
import dev.newsflow.enrich.extract.metadata.PageMetadata;
import java.time.Instant;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;

/**
 * Parses HTML once, a full page or a feed-item fragment alike, and reads metadata and body from
 * that one parse (a page whose body needs a second attempt is parsed again for it). The content of
 * scripts and styles, which nothing reads, is left out before parsing ({@link ScriptAndStyleContent}).
 * Thread-safe and reusable.
 */
public final class ArticleExtractor {

    private final MetadataReader metadataReader = new MetadataReader();
    private final BodyExtractor bodyExtractor;

    /** With the default body locator, a readability-class content scorer. */
    public ArticleExtractor() {
        this(new ScoringContentLocator());
    }

    /** With another way to find the body's root, e.g. a readability-class scorer. */
    public ArticleExtractor(ContentLocator locator) {
        this.bodyExtractor = new BodyExtractor(locator, new ImageProxyUnwrapper());
    }

    /**
     * As {@link #extract(String, String, Instant)}, with relative dates ("2 hours ago") counted from now.
     *
     * @param html    the page or fragment
     * @param pageUrl the page's URL, to resolve relative links and images against; may be null
     */
    public Extraction extract(String html, String pageUrl) {
        return extract(html, pageUrl, null);
    }

    /**
     * @param html      the page or fragment
     * @param pageUrl   the page's URL, to resolve relative links and images against; may be null
     * @param fetchedAt when the page was fetched, which relative dates count back from; null for now
     */
    public Extraction extract(String html, String pageUrl, Instant fetchedAt) {
        ScriptAndStyleContent markup = ScriptAndStyleContent.of(withoutByteOrderMark(html));
        boolean mayHoldSurrogates = SurrogateReferences.mayHold(markup);
        Document page = parse(markup, pageUrl, mayHoldSurrogates);
        // Metadata first: the body extractor strips <script> (JSON-LD) and <header> (the h1, the dateline) as boilerplate.
        // Reading metadata and the dateline leaves the page as parsed, so parsing again gives the body extractor the same page.
        PageMetadata metadata = metadataReader.read(page);
        VisibleDates datelines = metadata.dates().publishedWithTime() ? VisibleDates.NONE : VisibleDateline.find(page, fetchedAt);
        return new Extraction(metadata, bodyExtractor.extract(page, () -> parse(markup, pageUrl, mayHoldSurrogates)), datelines);
    }

    /**
     * As {@code Jsoup.parse(page, pageUrl)} does, from the page without its scripts' and styles' content,
     * with U+FFFD for references to surrogates, as the HTML standard reads them ({@link SurrogateReferences}).
     */
    private static Document parse(ScriptAndStyleContent page, String pageUrl, boolean mayHoldSurrogates) {
        Document parsed = Parser.htmlParser().parseInput(page.pageWithout(), pageUrl == null ? "" : pageUrl);
        if (mayHoldSurrogates) {
            SurrogateReferences.repair(parsed);
        }
        return parsed;
    }

    /**
     * A byte-order mark that survived decoding is text before {@code <html>} to a parser, which then
     * starts the body there and files {@code <title>} and {@code <meta>} under it, out of the head.
     */
    private static String withoutByteOrderMark(String html) {
        return html.startsWith("\uFEFF") ? html.substring(1) : html;
    }
}
