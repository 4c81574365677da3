package dev.newsflow.ingest.source.feed;

import dev.newsflow.core.event.RawArticle;
import dev.newsflow.core.json.UnpairedSurrogates;
import dev.newsflow.core.time.WrittenDate;
import dev.newsflow.core.time.DateReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Collects one item's fields while a format parser walks it; the same rules for every format. */
final class FeedItemBuilder {

    static final String FLAG_UPDATED_WITHOUT_ZONE = "updated-without-zone";
    static final String FLAG_TIMESTAMP_UNREADABLE = "timestamp-unreadable";
    static final String FLAG_UPDATED_UNREADABLE = "updated-unreadable";

    /** "jo@example.com (Jo Doe)", the RSS 2.0 form. */
    private static final Pattern EMAIL_THEN_NAME = Pattern.compile("\\S+@\\S+\\s*\\((.+)\\)");
    /** "Jo Doe <jo@example.com>" and "Jo Doe (jo@example.com)". */
    private static final Pattern NAME_THEN_EMAIL = Pattern.compile("(.+?)\\s*[<(]\\s*\\S+@\\S+\\s*[>)]");
    private static final Pattern FIRST_IMG = Pattern.compile("<img\\b[^>]*?\\ssrc\\s*=\\s*[\"']([^\"']+)[\"']", Pattern.CASE_INSENSITIVE);

    String guid;
    String link;
    String title;
    String summary;
    String content;
    String language;
    /** The base URL in force where the content was (its {@code xml:base}), for its relative links. */
    String contentBase;
    private final Set<String> authors = new LinkedHashSet<>();
    private final Set<String> categories = new LinkedHashSet<>();
    private final Set<String> images = new LinkedHashSet<>();
    private final List<String> flags = new ArrayList<>(0);
    private WrittenDate published;
    private WrittenDate updated;

    void author(String name) {
        String plain = FeedText.plain(name);
        if (plain == null) {
            return;
        }
        if (plain.indexOf('@') < 0) {
            authors.add(plain);
            return;
        }
        Matcher m = EMAIL_THEN_NAME.matcher(plain);
        if (m.matches()) {
            authors.add(m.group(1).strip());
            return;
        }
        m = NAME_THEN_EMAIL.matcher(plain);
        authors.add(m.matches() ? m.group(1).strip() : plain);
    }

    boolean hasAuthors() {
        return !authors.isEmpty();
    }

    void category(String name) {
        String plain = FeedText.plain(name);
        if (plain != null) {
            categories.add(plain);
        }
    }

    void image(String url) {
        if (url != null && !url.isBlank()) {
            images.add(url.strip());
        }
    }

    void published(String text) {
        if (published == null && text != null && !text.isBlank()) {
            published = DateReader.parse(text);
            if (published == null) {
                flags.add(FLAG_TIMESTAMP_UNREADABLE);
            }
        }
    }

    void updated(String text) {
        if (updated == null && text != null && !text.isBlank()) {
            updated = DateReader.parse(text);
            if (updated == null) {
                flags.add(FLAG_UPDATED_UNREADABLE);
            }
        }
    }

    /** Offers a content candidate: the richest (longest) one wins, the others may become the summary. */
    void contentCandidate(String html) {
        if (html == null || html.isBlank()) {
            return;
        }
        if (content == null || html.length() > content.length()) {
            content = html;
        }
    }

    FeedItem build(String feedLanguage, String documentBase) {
        if (published == null && updated != null) {
            // An entry with only an update time (Atom 0.3's modified) was published no later than that.
            published = updated;
        }
        if (content != null && contentBase != null && !contentBase.equals(documentBase)) {
            content = RelativeLinks.absolutize(content, contentBase);
        }
        List<String> allFlags = new ArrayList<>(flags);
        if (published != null && published.zoneAssumed()) {
            allFlags.add(RawArticle.FeedFields.FLAG_TIMESTAMP_WITHOUT_ZONE);
        }
        if (updated != null && updated.zoneAssumed()) {
            allFlags.add(FLAG_UPDATED_WITHOUT_ZONE);
        }
        if (images.isEmpty() && content != null) {
            // No declared image: the first one in the body stands for the item, as feed readers show it.
            Matcher img = FIRST_IMG.matcher(content);
            if (img.find()) {
                images.add(Links.resolve(org.jsoup.parser.Parser.unescapeEntities(img.group(1), true), link));
            }
        }
        String cleanSummary = summary == null || summary.equals(content) ? null : summary;
        SoundText sound = new SoundText();
        FeedItem item = new FeedItem(sound.of(guid), sound.of(link), sound.of(title), sound.of(authors), sound.of(categories),
                sound.of(cleanSummary), sound.of(content), published, updated, sound.of(language != null ? language : feedLanguage),
                sound.of(images), allFlags);
        return sound.replaced ? item.withFlag(UnpairedSurrogates.FLAG) : item;
    }

    /**
     * Replaces unpaired surrogates ({@link UnpairedSurrogates}), which reach an item from a JSON
     * Feed's escapes ({@code \\uD800}) and from XML character references ({@code &#xD800;}, which
     * Jsoup's XML parser keeps as the lone surrogate), and remembers whether it did.
     */
    private static final class SoundText {

        private boolean replaced;

        String of(String text) {
            String sound = text == null ? null : UnpairedSurrogates.replaced(text);
            replaced |= sound != text;
            return sound;
        }

        List<String> of(Collection<String> texts) {
            return texts.stream().map(this::of).toList();
        }
    }
}
