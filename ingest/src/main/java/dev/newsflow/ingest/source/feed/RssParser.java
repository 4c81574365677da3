package dev.newsflow.ingest.source.feed;

import static dev.newsflow.ingest.source.feed.XmlNames.ATOM;
import static dev.newsflow.ingest.source.feed.XmlNames.CONTENT;
import static dev.newsflow.ingest.source.feed.XmlNames.DC;
import static dev.newsflow.ingest.source.feed.XmlNames.ITUNES;
import static dev.newsflow.ingest.source.feed.XmlNames.MEDIA;
import static dev.newsflow.ingest.source.feed.XmlNames.RSS;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Reads the items of RSS 0.9x / 2.0 ({@code <rss><channel><item>}) and RSS 1.0 / 0.90 ({@code <rdf:RDF>}
 * with items beside the channel), with the Dublin Core, content, Atom, Media RSS and iTunes elements
 * real feeds mix in.
 */
final class RssParser {

    private static final Pattern IMAGE_FILE = Pattern.compile("\\.(jpe?g|png|gif|webp|avif|svg|bmp)$");

    private RssParser() {}

    static List<FeedItem> items(Element root, String feedUrl) {
        Element channel = child(root, RSS, "channel");
        String channelLink = channel == null ? null : FeedText.plain(child(channel, RSS, "link"));
        String base = Links.resolve(channelLink, root, feedUrl);
        String documentBase = base != null && Links.isWebUrl(base) ? base : feedUrl;
        String language = channel == null ? null : firstText(channel, RSS, "language", DC, "language");
        if (language == null && !root.attr("xml:lang").isBlank()) {
            language = root.attr("xml:lang").strip();
        }
        List<FeedItem> items = new ArrayList<>();
        for (Element parent : channel == null ? List.of(root) : List.of(channel, root)) {
            for (Element element : parent.children()) {
                if (XmlNames.is(element, RSS, "item")) {
                    items.add(item(element, documentBase, language));
                }
            }
        }
        return items;
    }

    private static FeedItem item(Element item, String documentBase, String feedLanguage) {
        FeedItemBuilder b = new FeedItemBuilder();
        String description = null;
        String encoded = null;
        String atomContent = null;
        String guid = null;
        boolean guidIsPermalink = true;
        String link = null;
        String alternate = null;
        String dcDescription = null;
        String itunesSummary = null;
        String itunesAuthor = null;
        String keywords = null;
        for (Element e : item.children()) {
            String vocabulary = XmlNames.vocabulary(e);
            String local = XmlNames.local(e);
            switch (vocabulary) {
                case RSS -> {
                    switch (local) {
                        case "title" -> b.title = b.title != null ? b.title : FeedText.plain(e);
                        case "link" -> link = link != null ? link : linkText(e);
                        case "description" -> description = description != null ? description : FeedText.raw(e);
                        case "guid" -> {
                            guid = FeedText.plain(FeedText.raw(e));
                            guidIsPermalink = !e.attr("isPermaLink").strip().equalsIgnoreCase("false");
                        }
                        case "author" -> {
                            if (FeedText.hasChildElements(e) && child(e, RSS, "name") != null) {
                                b.author(FeedText.raw(child(e, RSS, "name")));
                            } else {
                                b.author(FeedText.raw(e));
                            }
                        }
                        case "category" -> b.category(FeedText.raw(e));
                        case "pubdate" -> b.published(FeedText.plain(e));
                        case "enclosure" -> enclosure(b, e, documentBase);
                        case "language" -> b.language = FeedText.plain(e);
                        default -> { }
                    }
                }
                case DC -> {
                    switch (local) {
                        case "creator", "author" -> b.author(FeedText.raw(e));
                        case "subject" -> b.category(FeedText.raw(e));
                        case "description" -> dcDescription = FeedText.raw(e);
                        case "date" -> {
                            // dc:date says neither published nor updated: it stands for both when they are missing.
                            b.published(FeedText.plain(e));
                            b.updated(FeedText.plain(e));
                        }
                        case "issued", "created" -> b.published(FeedText.plain(e));
                        case "modified" -> b.updated(FeedText.plain(e));
                        case "title" -> b.title = b.title != null ? b.title : FeedText.plain(e);
                        case "language" -> b.language = FeedText.plain(e);
                        case "identifier" -> guid = guid != null ? guid : FeedText.plain(e);
                        default -> { }
                    }
                }
                case CONTENT -> {
                    if (local.equals("encoded")) {
                        encoded = FeedText.raw(e);
                    }
                }
                case ATOM -> {
                    switch (local) {
                        case "link" -> {
                            String rel = e.attr("rel").strip().toLowerCase(Locale.ROOT);
                            if ((rel.isEmpty() || rel.equals("alternate")) && alternate == null) {
                                alternate = Links.resolve(e.attr("href"), e, documentBase);
                            } else if (rel.equals("enclosure") && e.attr("type").startsWith("image/")) {
                                b.image(Links.resolve(e.attr("href"), e, documentBase));
                            }
                        }
                        case "content" -> atomContent = FeedText.atomHtml(e);
                        case "summary" -> description = description != null ? description : FeedText.atomHtml(e);
                        case "author" -> b.author(FeedText.raw(firstChild(e, "name")));
                        case "category" -> b.category(e.attr("label").isBlank() ? e.attr("term") : e.attr("label"));
                        case "published" -> b.published(FeedText.plain(e));
                        case "updated" -> b.updated(FeedText.plain(e));
                        default -> { }
                    }
                }
                case MEDIA -> media(b, e, documentBase);
                case ITUNES -> {
                    switch (local) {
                        case "author" -> itunesAuthor = FeedText.raw(e);
                        case "image" -> b.image(Links.resolve(e.attr("href"), e, documentBase));
                        case "summary" -> itunesSummary = FeedText.raw(e);
                        case "keywords" -> keywords = FeedText.plain(e);
                        default -> { }
                    }
                }
                default -> { }
            }
        }
        if (guid == null && !item.attr("rdf:about").isBlank()) {
            guid = item.attr("rdf:about").strip();
        }
        b.guid = guid;
        String resolvedLink = Links.resolve(link, item, documentBase);
        if (!Links.isWebUrl(resolvedLink) && alternate != null) {
            resolvedLink = alternate;
        }
        if (!Links.isWebUrl(resolvedLink) && guid != null && guidIsPermalink && Links.isWebUrl(guid)) {
            resolvedLink = guid;
        }
        b.link = resolvedLink;
        if (!b.hasAuthors() && itunesAuthor != null) {
            b.author(itunesAuthor);
        }
        if (keywords != null) {
            for (String keyword : keywords.split(",")) {
                b.category(keyword);
            }
        }
        String summary = description != null ? description : dcDescription != null ? dcDescription : FeedText.escape(itunesSummary);
        b.contentCandidate(encoded);
        b.contentCandidate(atomContent);
        b.contentCandidate(summary);
        b.contentBase = Links.baseOf(item, documentBase);
        b.summary = summary;
        return b.build(feedLanguage, documentBase);
    }

    /** An RSS link: its text, or an {@code href} attribute some feeds use instead. */
    private static String linkText(Element e) {
        String text = FeedText.plain(e.wholeText());
        if (text != null) {
            return text;
        }
        return e.attr("href").isBlank() ? null : e.attr("href").strip();
    }

    private static void enclosure(FeedItemBuilder b, Element e, String documentBase) {
        String url = e.attr("url");
        if (isImage(e.attr("type"), e.attr("medium"), url)) {
            b.image(Links.resolve(url, e, documentBase));
        }
    }

    /** Media RSS: {@code media:content}, {@code media:thumbnail}, and both inside {@code media:group}. */
    static void media(FeedItemBuilder b, Element e, String documentBase) {
        switch (XmlNames.local(e)) {
            case "content" -> {
                String url = e.attr("url");
                if (isImage(e.attr("type"), e.attr("medium"), url)) {
                    b.image(Links.resolve(url, e, documentBase));
                }
                for (Element inner : e.children()) {
                    if (XmlNames.is(inner, MEDIA, "thumbnail")) {
                        b.image(Links.resolve(inner.attr("url"), inner, documentBase));
                    }
                }
            }
            case "thumbnail" -> b.image(Links.resolve(e.attr("url"), e, documentBase));
            case "group" -> {
                for (Element inner : e.children()) {
                    if (XmlNames.vocabulary(inner).equals(MEDIA)) {
                        media(b, inner, documentBase);
                    }
                }
            }
            default -> { }
        }
    }

    /** Whether a media object is an image: by declared type or medium, else by the file name. */
    static boolean isImage(String type, String medium, String url) {
        if (url == null || url.isBlank()) {
            return false;
        }
        if (!type.isBlank()) {
            return type.strip().toLowerCase(Locale.ROOT).startsWith("image/");
        }
        if (!medium.isBlank()) {
            return medium.strip().equalsIgnoreCase("image");
        }
        int query = url.indexOf('?');
        String path = (query < 0 ? url : url.substring(0, query)).toLowerCase(Locale.ROOT);
        return IMAGE_FILE.matcher(path).find();
    }

    private static String firstText(Element parent, String vocabulary, String local, String otherVocabulary, String otherLocal) {
        Element first = child(parent, vocabulary, local);
        if (first == null) {
            first = child(parent, otherVocabulary, otherLocal);
        }
        return FeedText.plain(first);
    }

    static Element child(Element parent, String vocabulary, String local) {
        for (Element e : parent.children()) {
            if (XmlNames.is(e, vocabulary, local)) {
                return e;
            }
        }
        return null;
    }

    /** The first child with local name {@code local}, whatever its vocabulary. */
    static Element firstChild(Element parent, String local) {
        for (Element e : parent.children()) {
            if (XmlNames.local(e).equals(local)) {
                return e;
            }
        }
        return null;
    }
}
