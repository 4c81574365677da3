package dev.newsflow.ingest.source.feed;

import static dev.newsflow.ingest.source.feed.XmlNames.ATOM;
import static dev.newsflow.ingest.source.feed.XmlNames.DC;
import static dev.newsflow.ingest.source.feed.XmlNames.MEDIA;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * Reads the entries of Atom 1.0 (RFC 4287) and Atom 0.3 feeds. Entries without authors inherit the
 * feed's (RFC 4287 §4.2.1); {@code xml:lang} and {@code xml:base} apply to everything inside.
 */
final class AtomParser {

    private AtomParser() {}

    static List<FeedItem> items(Element feed, String feedUrl) {
        String language = lang(feed);
        List<String> feedAuthors = new ArrayList<>();
        String feedLink = null;
        for (Element e : feed.children()) {
            if (XmlNames.is(e, ATOM, "author")) {
                String name = FeedText.plain(personName(e));
                if (name != null) {
                    feedAuthors.add(name);
                }
            } else if (XmlNames.is(e, ATOM, "link") && isAlternate(e) && feedLink == null) {
                feedLink = Links.resolve(e.attr("href"), e, feedUrl);
            }
        }
        List<FeedItem> items = new ArrayList<>();
        for (Element e : feed.children()) {
            if (XmlNames.is(e, ATOM, "entry")) {
                items.add(entry(e, feedUrl, feedLink, language, feedAuthors));
            }
        }
        return items;
    }

    private static FeedItem entry(Element entry, String documentBase, String feedLink, String feedLanguage, List<String> feedAuthors) {
        FeedItemBuilder b = new FeedItemBuilder();
        String content = null;
        String summary = null;
        String alternate = null;
        String anyLink = null;
        String contentBase = null;
        String summaryBase = null;
        for (Element e : entry.children()) {
            String vocabulary = XmlNames.vocabulary(e);
            String local = XmlNames.local(e);
            if (vocabulary.equals(ATOM)) {
                switch (local) {
                    case "title" -> b.title = FeedText.atomPlain(e);
                    case "id" -> b.guid = FeedText.plain(e.wholeText());
                    case "link" -> {
                        String href = Links.resolve(e.attr("href"), e, documentBase);
                        String rel = e.attr("rel").strip().toLowerCase(Locale.ROOT);
                        if (isAlternate(e) && alternate == null) {
                            alternate = href;
                        } else if (rel.equals("enclosure") && RssParser.isImage(e.attr("type"), "", href)) {
                            b.image(href);
                        }
                        if (anyLink == null && !rel.equals("enclosure") && !rel.equals("self")) {
                            anyLink = href;
                        }
                    }
                    case "author" -> b.author(personName(e));
                    case "category" -> b.category(e.attr("label").isBlank() ? e.attr("term") : e.attr("label"));
                    case "content" -> {
                        content = e.hasAttr("src") ? null : FeedText.atomHtml(e);
                        contentBase = Links.baseOf(e, documentBase);
                    }
                    case "summary" -> {
                        summary = FeedText.atomHtml(e);
                        summaryBase = Links.baseOf(e, documentBase);
                    }
                    case "published", "issued" -> b.published(FeedText.plain(e.wholeText()));
                    case "updated", "modified" -> b.updated(FeedText.plain(e.wholeText()));
                    case "created" -> b.published(FeedText.plain(e.wholeText()));
                    default -> { }
                }
            } else if (vocabulary.equals(MEDIA)) {
                RssParser.media(b, e, documentBase);
            } else if (vocabulary.equals(DC)) {
                switch (local) {
                    case "creator" -> b.author(FeedText.raw(e));
                    case "subject" -> b.category(FeedText.raw(e));
                    case "date" -> b.published(FeedText.plain(e));
                    default -> { }
                }
            }
        }
        if (!b.hasAuthors()) {
            feedAuthors.forEach(b::author);
        }
        String link = alternate != null ? alternate : anyLink;
        if (link != null && !Links.isWebUrl(link) && feedLink != null) {
            link = Links.resolve(link, feedLink);
        }
        if (!Links.isWebUrl(link) && Links.isWebUrl(b.guid)) {
            link = b.guid;
        }
        b.link = link;
        b.contentCandidate(content);
        b.contentCandidate(summary);
        b.contentBase = b.content != null && b.content.equals(content) ? contentBase : summaryBase;
        b.summary = summary;
        b.language = lang(entry);
        return b.build(feedLanguage, documentBase);
    }

    /** A person's name, or its email when it gives no name. */
    private static String personName(Element person) {
        String name = FeedText.raw(RssParser.firstChild(person, "name"));
        return name != null ? name : FeedText.raw(RssParser.firstChild(person, "email"));
    }

    private static boolean isAlternate(Element link) {
        String rel = link.attr("rel").strip().toLowerCase(Locale.ROOT);
        return rel.isEmpty() || rel.equals("alternate");
    }

    private static String lang(Element element) {
        String lang = element.attr("xml:lang").strip();
        return lang.isEmpty() ? null : lang;
    }
}
