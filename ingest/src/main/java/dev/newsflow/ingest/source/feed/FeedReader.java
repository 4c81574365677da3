package dev.newsflow.ingest.source.feed;

import dev.newsflow.core.event.RawArticle;
import dev.newsflow.core.id.ArticleId;
import dev.newsflow.ingest.source.CappedContent;
import dev.newsflow.ingest.source.charset.DecodedText;
import dev.newsflow.ingest.source.charset.DocumentDecoder;
import dev.newsflow.ingest.source.charset.UndecodableTextException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a fetched feed document — RSS 0.9x/1.0/2.0, Atom 0.3/1.0 or JSON Feed 1.0/1.1 — into raw
 * articles, one per item, in feed order.
 *
 * <p>XML is read with Jsoup's XML parser, not a validating one such as ROME's (JDOM over SAX):
 * real feeds are often not well-formed (bare ampersands, undeclared prefixes like
 * {@code content:encoded}, HTML entities such as {@code &nbsp;}), and a strict parser refuses them
 * whole where every reader users know shows them. Jsoup also never resolves a DTD or an entity
 * declaration, so external entities (XXE) and entity expansion (billion laughs) cannot happen
 * by construction; a feed that declares such entities is still refused with the reason
 * ({@link DoctypeGuard}), so the operator hears of it. What a lenient parser would let through unnoticed — a document cut short, or an
 * HTML page in place of a feed — is checked here and refused.
 *
 * <p>An item without a usable link (an absolute http(s) URL from its link, its Atom alternate link,
 * or a permalink guid) cannot get an article id, so it is skipped with a log line naming the feed.
 *
 * <p>Thread-safe and reusable: it holds no mutable state.
 */
public final class FeedReader {

    /** Larger documents are refused: no real feed comes near it, and parsing one would hold it all in memory. */
    public static final int DEFAULT_MAX_BYTES = 16 * 1024 * 1024;

    private static final Logger LOG = LoggerFactory.getLogger(FeedReader.class);
    private static final Set<String> FEED_ROOTS = Set.of("rss", "rdf", "feed");
    /** How far from the end the root's end tag is looked for: beyond trailing junk, within reason. */
    private static final int END_TAG_WINDOW = 64 * 1024;
    private static final Pattern CONTROL_CHARACTERS = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]");

    private final DocumentDecoder decoder = new DocumentDecoder();
    private final int maxBytes;

    public FeedReader() {
        this(DEFAULT_MAX_BYTES);
    }

    public FeedReader(int maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** Parses one fetched feed document into raw articles (one per item), in feed order. */
    public List<RawArticle> read(byte[] body, String contentTypeHeader, String feedUrl, String sourceId, Instant fetchedAt)
            throws FeedParseException {
        ParsedFeed feed = parse(body, contentTypeHeader, feedUrl);
        RawArticle.Source source = new RawArticle.Source(sourceId, feed.format().sourceType(), feedUrl, feedUrl);
        List<String> feedFlags = List.of();
        if (feed.charsetOverruled() != null) {
            // Decoded correctly, but the publisher's declaration is wrong: worth the operator's attention.
            LOG.warn("feed {} (source {}): the declared charset is wrong for its bytes: {}", feedUrl, sourceId, feed.charsetOverruled());
            feedFlags = List.of(RawArticle.FeedFields.FLAG_CHARSET_OVERRULED);
        }
        List<RawArticle> articles = new ArrayList<>(feed.items().size());
        for (int i = 0; i < feed.items().size(); i++) {
            FeedItem item = feed.items().get(i);
            String id = Links.isWebUrl(item.link()) ? idOf(item.link()) : null;
            if (id == null) {
                LOG.warn("feed {}: item {} skipped: no usable link (link {}, guid {})", feedUrl, i + 1, item.link(), item.guid());
                continue;
            }
            articles.add(toRawArticle(id, item, source, fetchedAt, feedFlags));
        }
        return articles;
    }

    /** Parses one feed document into format-neutral items, keeping those without a usable link. */
    public ParsedFeed parse(byte[] body, String contentTypeHeader, String feedUrl) throws FeedParseException {
        if (body == null || body.length == 0) {
            throw new FeedParseException("empty document");
        }
        if (body.length > maxBytes) {
            throw new FeedParseException("document of " + body.length + " bytes is over the " + maxBytes + "-byte feed cap");
        }
        boolean json = looksLikeJson(body);
        DecodedText decoded;
        try {
            decoded = decoder.decode(body, contentTypeHeader, !json);
        } catch (UndecodableTextException e) {
            throw new FeedParseException("undecodable: " + e.getMessage());
        }
        String text = withoutControlCharacters(decoded.text());
        ParsedFeed feed = json ? new ParsedFeed(FeedFormat.JSON_FEED, JsonFeedParser.items(text, feedUrl)) : parseXml(text, feedUrl);
        return decoded.overruled() == null ? feed : feed.withCharsetOverruled(decoded.overruled() + "; decoded as " + decoded.charset().name());
    }

    private static ParsedFeed parseXml(String text, String feedUrl) throws FeedParseException {
        DoctypeGuard.check(text);
        Document document = Jsoup.parse(text, "", Parser.xmlParser());
        document.outputSettings().prettyPrint(false);
        Element first = document.firstElementChild();
        if (first == null) {
            throw new FeedParseException(text.isBlank() ? "empty document" : "no XML: the document is text starting \"" + abbreviate(text) + "\"");
        }
        // Junk before the root (a PHP warning, a stray tag) is skipped the way readers skip it.
        Element root = first;
        for (Element e = first; e != null; e = e.nextElementSibling()) {
            if (FEED_ROOTS.contains(XmlNames.local(e))) {
                root = e;
                break;
            }
        }
        String local = XmlNames.local(root);
        if (local.equals("html") || local.equals("head") || local.equals("body")) {
            throw new FeedParseException("an HTML page, not a feed (root element <" + root.tagName() + ">)");
        }
        if (!FEED_ROOTS.contains(local)) {
            throw new FeedParseException("no feed: the root element is <" + root.tagName() + ">, not <rss>, <rdf:RDF> or <feed>");
        }
        checkComplete(text, root.tagName());
        return switch (local) {
            case "rss" -> new ParsedFeed(FeedFormat.RSS, RssParser.items(root, feedUrl));
            case "rdf" -> new ParsedFeed(FeedFormat.RDF, RssParser.items(root, feedUrl));
            default -> new ParsedFeed(FeedFormat.ATOM, AtomParser.items(root, feedUrl));
        };
    }

    /**
     * A document cut short (a dropped connection, a size cap upstream) still parses leniently, so
     * its end is checked: the root element's end tag must be there (junk after it is harmless).
     */
    private static void checkComplete(String text, String rootTag) throws FeedParseException {
        int stop = Math.max(0, text.length() - END_TAG_WINDOW);
        for (int at = text.lastIndexOf("</"); at >= stop; at = text.lastIndexOf("</", at - 1)) {
            int nameEnd = at + 2 + rootTag.length();
            if (text.regionMatches(true, at + 2, rootTag, 0, rootTag.length())
                    && (nameEnd >= text.length() || text.charAt(nameEnd) == '>' || Character.isWhitespace(text.charAt(nameEnd)))) {
                return;
            }
            if (at == 0) {
                break;
            }
        }
        throw new FeedParseException("truncated XML: the document ends before its root element <" + rootTag + "> is closed");
    }

    private static String idOf(String link) {
        try {
            return ArticleId.of(link);
        } catch (IllegalArgumentException malformedUrl) {
            return null;
        }
    }

    private static RawArticle toRawArticle(String id, FeedItem item, RawArticle.Source source, Instant fetchedAt,
            List<String> feedFlags) {
        CappedContent content = CappedContent.of(item.content() == null ? "" : item.content());
        Instant published = item.published() == null ? null : item.published().instant();
        Instant updated = item.updated() == null || item.updated().instant().equals(published) ? null : item.updated().instant();
        RawArticle.FeedFields fields = new RawArticle.FeedFields(item.guid(), item.authors(), item.categories(), item.summary(),
                published, updated, item.language(), item.images(),
                feedFlags.isEmpty() ? item.flags() : concat(item.flags(), feedFlags));
        return new RawArticle(RawArticle.SCHEMA, id, 1, item.link(), source, item.title(), fields,
                content.text(), "text/html", content.truncated(), content.originalLength(), content.originalHash(), fetchedAt);
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    /** JSON Feed starts with '{' after an optional BOM and whitespace; XML never does. */
    private static boolean looksLikeJson(byte[] body) {
        for (int i = 0; i < Math.min(body.length, 1024); i++) {
            int b = body[i] & 0xFF;
            if (b == 0xEF || b == 0xBB || b == 0xBF || Character.isWhitespace(b)) {
                continue;
            }
            return b == '{' || b == '[';
        }
        return false;
    }

    /**
     * Drops the C0 control characters XML 1.0 forbids (all but tab, CR and LF): feeds leak them from
     * databases, and they would otherwise reach titles and bodies.
     */
    private static String withoutControlCharacters(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 && c != '\t' && c != '\n' && c != '\r') {
                return CONTROL_CHARACTERS.matcher(text).replaceAll("");
            }
        }
        return text;
    }

    private static String abbreviate(String text) {
        String line = text.strip().lines().findFirst().orElse("");
        return line.length() > 40 ? line.substring(0, 40) + "…" : line;
    }
}
