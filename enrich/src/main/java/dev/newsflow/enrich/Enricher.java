package dev.newsflow.enrich;

import static dev.newsflow.enrich.extract.provenance.Sourced.firstOf;
import static dev.newsflow.enrich.extract.provenance.Sourced.ofNullable;

import dev.newsflow.core.event.EnrichedArticle.Extractor;
import dev.newsflow.core.event.EnrichedArticle.Image;
import dev.newsflow.core.event.EnrichedArticle.Link;
import dev.newsflow.core.event.EnrichedArticle;
import dev.newsflow.core.event.RawArticle;
import dev.newsflow.core.json.UnpairedSurrogates;
import dev.newsflow.core.text.OneLine;
import dev.newsflow.enrich.extract.ArticleExtractor;
import dev.newsflow.enrich.extract.Extraction;
import dev.newsflow.enrich.extract.body.ArticleBody;
import dev.newsflow.enrich.extract.body.BodyImage;
import dev.newsflow.enrich.extract.body.TextBlock;
import dev.newsflow.enrich.extract.date.ArticleDates;
import dev.newsflow.enrich.extract.image.ImageProxyUnwrapper;
import dev.newsflow.enrich.extract.link.Anchor;
import dev.newsflow.enrich.extract.link.LinkClassifier;
import dev.newsflow.enrich.extract.metadata.AuthorNames;
import dev.newsflow.enrich.extract.metadata.Byline;
import dev.newsflow.enrich.extract.metadata.PageMetadata;
import dev.newsflow.enrich.extract.metadata.SiteNames;
import dev.newsflow.enrich.extract.provenance.Provenance;
import dev.newsflow.enrich.extract.provenance.Sourced;
import dev.newsflow.enrich.extract.url.WebAddress;
import dev.newsflow.enrich.language.LanguageTagger;
import dev.newsflow.enrich.language.TextSegment;
import dev.newsflow.enrich.stats.ReadingStats;
import dev.newsflow.enrich.stats.UnreadableText;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;

/**
 * Turns a raw article into an enriched one: metadata, clean body, images, links, credits, language
 * and reading stats. A pure function: no Kafka, no I/O, no shared mutable state; one instance is
 * thread-safe and meant to be reused. The Streams topology, the {@code extract} command and the
 * benchmarks all call this one method.
 *
 * <p>Choices a consumer should know:
 * <ul>
 *   <li>An article whose text (of a hundred characters or more) is more than a third characters
 *       no writing uses (controls, private-use, unassigned, U+FFFD: {@link UnreadableText}) is
 *       refused, not enriched: it is binary content or text read in the wrong charset.</li>
 *   <li>{@code text} holds paragraphs and subheadings, one per block, separated by a blank line:
 *       readers expect the subheadings where they stand, and {@code headings} lists them again so
 *       that a consumer who wants paragraphs alone can tell them apart. Captions, the dateline and
 *       credit and rights lines are never in {@code text}; credits go to {@code credits}.</li>
 *   <li>Each field takes the most trusted source that has it, and {@code provenance} names it:
 *       title from the feed, else JSON-LD, Dublin Core, OpenGraph, Twitter/Parse.ly, {@code <title>}
 *       without the site's name, the page's h1; {@code publishedAt} and {@code updatedAt} the most
 *       trusted plausible candidate of JSON-LD, OpenGraph, other head metadata, microdata, the body's
 *       opening timestamp, the feed, the datelines the page shows and the URL's path, zones settled
 *       ({@link ArticleDates}); authors: the first of the feed,
 *       JSON-LD, head metadata and the page's visible byline that names a person (the site's own
 *       name, a desk of it, an organisation or a news agency is none), else the first that names
 *       anyone; agencies beside persons in a byline go to {@code credits}; site from og:site_name, else the
 *       JSON-LD publisher, else the host.</li>
 *   <li>The lead image is the first body image, else the page's declared image.</li>
 *   <li>{@code flags}: {@code content-truncated} when ingest cut the content, or when it was
 *       longer than {@value #MAX_CONTENT_CHARS} characters and the enricher cut it (a page that size
 *       is an archive or an attack, and parsing it whole would stall the stream); {@code no-text}
 *       when the body yields no paragraph (an index page, a video page, an empty fragment);
 *       {@code not-article} when a full page neither declares itself an article nor holds
 *       {@value #MIN_ARTICLE_CHARACTERS} characters of body text (a front page, a gallery, a
 *       search page). A page flagged so still carries the best body found. {@code date-without-zone}
 *       when a date's time of day has no zone the page, the feed or the publisher's country names,
 *       so it was read as UTC.</li>
 * </ul>
 */
public final class Enricher {

    public static final String NAME = "newsflow";
    public static final String VERSION = "0.1.0";

    static final String FLAG_CONTENT_TRUNCATED = "content-truncated";
    static final String FLAG_NO_TEXT = "no-text";
    static final String FLAG_NOT_ARTICLE = "not-article";

    /** Ten million characters: the largest page the pipeline carries whole (DESIGN.md, "Size"). */
    static final int MAX_CONTENT_CHARS = 10_000_000;
    /** Less body text than this, on a page that does not call itself an article: not one (Readability's bar). */
    static final int MIN_ARTICLE_CHARACTERS = 500;
    /**
     * ...or than this many words, each Han or kana character counting as one: Chinese and Japanese say in
     * about 170 characters what 500 Latin letters say, so a short Chinese article is not a front page.
     */
    static final int MIN_ARTICLE_WORDS = 170;

    private static final Extractor EXTRACTOR = new Extractor(NAME, VERSION);
    private static final String PARAGRAPH_SEPARATOR = "\n\n";

    private final ArticleExtractor extractor;
    private final LanguageTagger languageTagger;
    private final ImageProxyUnwrapper imageProxyUnwrapper = new ImageProxyUnwrapper();

    public Enricher() {
        this(new ArticleExtractor(), new LanguageTagger());
    }

    public Enricher(ArticleExtractor extractor, LanguageTagger languageTagger) {
        this.extractor = extractor;
        this.languageTagger = languageTagger;
    }

    /**
     * @throws EnrichmentException when the article has no content, content that is not HTML, or text that is not readable
     */
    public EnrichedArticle enrich(RawArticle raw) {
        Extraction extraction = extractor.extract(html(raw), raw.url(), raw.fetchedAt());
        PageMetadata page = extraction.metadata();
        ArticleBody body = extraction.body();
        Map<String, String> provenance = new LinkedHashMap<>();

        Sourced<String> title = withProvenance(provenance, "title",
                firstOf(ofNullable(strip(raw.title()), Provenance.FEED), page.title()));
        ArticleDates dates = ArticleDates.choose(page.dates(), extraction.visibleDates(), body.timestamp(), raw);
        Sourced<Instant> publishedAt = withProvenance(provenance, "publishedAt", dates.published());
        Sourced<Instant> updatedAt = withProvenance(provenance, "updatedAt", dates.updated());
        Sourced<String> description = withProvenance(provenance, "description",
                firstOf(page.description(), ofNullable(summaryText(raw.feed().summary()), Provenance.FEED)));
        Sourced<Byline> byline = byline(raw, page);
        Sourced<List<String>> authors = withProvenance(provenance, "authors",
                byline == null ? null : ofNullable(byline.value().authors(), byline.provenance()));
        Sourced<String> site = withProvenance(provenance, "site", firstOf(page.siteName(), siteFromUrl(raw.url())));
        if (page.canonicalUrl() != null) {
            provenance.put("canonicalUrl", Provenance.META.label());
        }

        List<Image> images = images(body);
        Image leadImage = images.isEmpty() ? declaredImage(page) : images.get(0);
        if (!images.isEmpty()) {
            provenance.put("images", Provenance.BODY.label());
        }
        if (leadImage != null) {
            provenance.put("leadImage", images.isEmpty() ? page.imageUrl().provenance().label() : Provenance.BODY.label());
        }

        List<TextBlock> textBlocks = body.textBlocks();
        List<String> headings = textBlocks.stream().filter(TextBlock::isHeading).map(TextBlock::text).toList();
        int paragraphs = textBlocks.size() - headings.size();
        String text = textBlocks.stream().map(TextBlock::text).collect(Collectors.joining(PARAGRAPH_SEPARATOR));
        refuseUnreadable(text, raw);
        if (!textBlocks.isEmpty()) {
            provenance.put("text", Provenance.BODY.label());
        }
        if (!headings.isEmpty()) {
            provenance.put("headings", Provenance.BODY.label());
        }
        List<String> credits = credits(body.credits(), byline);
        if (!body.credits().isEmpty()) {
            provenance.put("credits", Provenance.BODY.label());
        } else if (!credits.isEmpty()) {
            provenance.put("credits", byline.provenance().label());
        }
        List<Link> links = links(textBlocks, raw.url());

        EnrichedArticle.Stats stats = ReadingStats.of(text, paragraphs, images.size(), links.size());
        return new EnrichedArticle(
                EnrichedArticle.SCHEMA,
                raw.id(),
                raw.revision(),
                raw.url(),
                page.canonicalUrl(),
                valueOf(site),
                valueOf(title),
                valueOf(description),
                authors == null ? List.of() : authors.value(),
                valueOf(publishedAt),
                valueOf(updatedAt),
                raw.feed().timestamp(),
                leadImage,
                images,
                headings,
                text,
                links,
                credits,
                languageTagger.tag(segments(valueOf(title), textBlocks, images), declaredLanguage(raw, page)),
                stats,
                provenance,
                flags(raw, page, dates, paragraphs, text, stats),
                raw.source(),
                raw.fetchedAt(),
                EXTRACTOR);
    }

    /**
     * The feed's authors when they name a person, else the page's byline when it does; else whichever
     * names anyone (the site, an agency), the feed first. The site's names, which tell a person from
     * the publisher, come from the page and its URL.
     */
    private static Sourced<Byline> byline(RawArticle raw, PageMetadata page) {
        SiteNames site = SiteNames.of(raw.url(), valueOf(page.siteName()));
        Sourced<Byline> feed = new Sourced<>(AuthorNames.read(raw.feed().authors(), site), Provenance.FEED);
        Sourced<Byline> declared = page.byline();
        if (feed.value().namesAPerson()) {
            return feed;
        }
        if (declared != null && declared.value().namesAPerson()) {
            return declared;
        }
        return !feed.value().names().isEmpty() ? feed : declared;
    }

    /**
     * The body's credit lines, then the agencies and sources the byline credits that none of those
     * lines already names ("dpa" beside a body line "(dpa)").
     */
    private static List<String> credits(List<String> bodyCredits, Sourced<Byline> byline) {
        if (byline == null || byline.value().credits().isEmpty()) {
            return bodyCredits;
        }
        List<String> credits = new ArrayList<>(bodyCredits);
        String written = String.join(" ", bodyCredits).toLowerCase(Locale.ROOT);
        for (String credit : byline.value().credits()) {
            if (!written.contains(credit.toLowerCase(Locale.ROOT))) {
                credits.add(credit);
            }
        }
        return credits;
    }

    private static String html(RawArticle raw) {
        if (raw == null) {
            throw new EnrichmentException("no raw article");
        }
        if (raw.content() == null || raw.content().isBlank()) {
            throw new EnrichmentException("no content to enrich in article " + raw.id());
        }
        String type = raw.contentType() == null ? "" : raw.contentType().toLowerCase(Locale.ROOT);
        if (!type.isEmpty() && !type.contains("html") && !type.contains("xml")) {
            throw new EnrichmentException("cannot enrich content of type " + OneLine.of(raw.contentType()) + " in article " + raw.id());
        }
        String content = raw.content();
        return content.length() > MAX_CONTENT_CHARS ? content.substring(0, MAX_CONTENT_CHARS) : content;
    }

    /**
     * Text that is mostly characters no writing uses is not an article: binary content taken for a
     * page, or text read in a charset it is not in. Refused rather than flagged: its language, its
     * reading stats and the text itself would be noise, and a dead letter keeps the raw record.
     */
    private static void refuseUnreadable(String text, RawArticle raw) {
        if (UnreadableText.isMostlyUnreadable(text)) {
            double share = UnreadableText.share(text);
            throw new EnrichmentException(String.format(Locale.ROOT,
                    "text is not readable: %d%% of its %,d characters are control, private-use, unassigned or replacement"
                            + " characters (binary content, or text read in the wrong charset) in article %s",
                    Math.round(share * 100), text.length(), raw.id()));
        }
    }

    private static List<Image> images(ArticleBody body) {
        Set<String> seen = new LinkedHashSet<>();
        List<Image> images = new ArrayList<>();
        for (BodyImage image : body.images()) {
            if (seen.add(image.url())) {
                images.add(new Image(image.url(), image.caption(), image.credit(), image.sourceUrl()));
            }
        }
        return images;
    }

    private Image declaredImage(PageMetadata page) {
        if (page.imageUrl() == null) {
            return null;
        }
        String source = page.imageUrl().value();
        String url = imageProxyUnwrapper.unwrap(source);
        return new Image(url, null, null, url.equals(source) ? null : source);
    }

    /** Links of the body text, one per URL; links in credit lines and captions went with them. */
    private static List<Link> links(List<TextBlock> textBlocks, String articleUrl) {
        LinkClassifier classifier = new LinkClassifier(articleUrl);
        Map<String, Link> byUrl = new LinkedHashMap<>();
        for (TextBlock block : textBlocks) {
            for (Anchor anchor : block.anchors()) {
                Link link = classifier.classify(anchor);
                if (link != null) {
                    byUrl.putIfAbsent(link.url(), link);
                }
            }
        }
        return List.copyOf(byUrl.values());
    }

    private static List<TextSegment> segments(String title, List<TextBlock> textBlocks, List<Image> images) {
        List<TextSegment> segments = new ArrayList<>();
        if (title != null) {
            segments.add(new TextSegment(TextSegment.TITLE, 0, title));
        }
        int headings = 0;
        int paragraphs = 0;
        for (TextBlock block : textBlocks) {
            segments.add(block.isHeading()
                    ? new TextSegment(TextSegment.HEADING, headings++, block.text())
                    : new TextSegment(TextSegment.PARAGRAPH, paragraphs++, block.text()));
        }
        int captions = 0;
        for (Image image : images) {
            if (image.caption() != null) {
                segments.add(new TextSegment(TextSegment.CAPTION, captions++, image.caption()));
            }
        }
        return segments;
    }

    private static String declaredLanguage(RawArticle raw, PageMetadata page) {
        String fromFeed = raw.feed().language();
        return fromFeed != null && !fromFeed.isBlank() ? fromFeed : page.language();
    }

    /** A feed summary is often HTML: its text, or null when it has none. */
    private static String summaryText(String summary) {
        if (summary == null || summary.isBlank()) {
            return null;
        }
        // Parsed whole, not walked for references to surrogates: replacing in the one text it yields is the same.
        String text = UnpairedSurrogates.replaced(Jsoup.parseBodyFragment(summary).text().strip());
        return text.isEmpty() ? null : text;
    }

    private static Sourced<String> siteFromUrl(String url) {
        WebAddress address = WebAddress.parse(url);
        return address == null ? null : ofNullable(address.siteDomain(), Provenance.URL);
    }

    /**
     * The article's flags: the charset flags ingest raised when it decoded the page or feed
     * ({@code charset-overruled}: a declared charset the bytes contradict was overruled;
     * {@code charset-doubtful}: the text may be partly mojibake), which a consumer needs to judge
     * the text, then the enricher's own.
     */
    private static List<String> flags(
            RawArticle raw, PageMetadata page, ArticleDates dates, int paragraphs, String text, EnrichedArticle.Stats stats) {
        List<String> flags = new ArrayList<>();
        for (String flag : raw.feed().flags()) {
            if ((flag.equals(RawArticle.FeedFields.FLAG_CHARSET_OVERRULED) || flag.equals(RawArticle.FeedFields.FLAG_CHARSET_DOUBTFUL))
                    && !flags.contains(flag)) {
                flags.add(flag);
            }
        }
        if (dates.zoneAssumed()) {
            flags.add(ArticleDates.FLAG_DATE_WITHOUT_ZONE);
        }
        if (raw.contentTruncated() || raw.content().length() > MAX_CONTENT_CHARS) {
            flags.add(FLAG_CONTENT_TRUNCATED);
        }
        if (paragraphs == 0) {
            flags.add(FLAG_NO_TEXT);
        }
        if (isFullPage(raw) && !page.declaresArticle() && text.length() < MIN_ARTICLE_CHARACTERS && stats.words() < MIN_ARTICLE_WORDS) {
            flags.add(FLAG_NOT_ARTICLE);
        }
        return flags;
    }

    /** A feed item is an article by the feed's word; only a page fetched or saved whole can be something else. */
    private static boolean isFullPage(RawArticle raw) {
        return raw.feed().timestamp() == null && raw.feed().guid() == null;
    }

    private static <T> Sourced<T> withProvenance(Map<String, String> provenance, String field, Sourced<T> value) {
        if (value != null) {
            provenance.put(field, value.provenance().label());
        }
        return value;
    }

    private static <T> T valueOf(Sourced<T> sourced) {
        return sourced == null ? null : sourced.value();
    }

    private static String strip(String text) {
        return text == null ? null : text.strip();
    }
}
