package dev.newsflow.enrich.extract.body.scoring;

import dev.newsflow.enrich.extract.html.ParsedAttributes;
import dev.newsflow.enrich.extract.names.NamePattern;
import org.jsoup.nodes.Element;

/**
 * What an element's {@code class} and {@code id} say about it: names like "article", "content",
 * "story" mark text, names like "comment", "share", "sidebar", "promo" mark furniture. The word
 * lists are Mozilla Readability's, refined over a decade of real pages.
 */
final class ClassWeight {

    static final int WEIGHT = 25;

    /** Names that mark page furniture so surely that such an element is dropped before scoring. */
    static final NamePattern UNLIKELY = NamePattern.lowerCasing(
            "-ad-|ai2html|banner|breadcrumbs|combx|comment|community|cover-wrap|disqus|extra|footer|gdpr|header"
                    + "|legends|menu|related|remark|replies|rss|shoutbox|sidebar|skyscraper|social|sponsor|supplemental"
                    + "|ad-break|agegate|pagination|pager|popup|yom-remote");

    /** Names that rescue an element from {@link #UNLIKELY} ("article-header", "main-column"). */
    static final NamePattern MAYBE_CANDIDATE = NamePattern.lowerCasing(
            "and|article|body|column|content|main|mathjax|shadow");

    private static final NamePattern POSITIVE = NamePattern.lowerCasing(
            "article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story");

    private static final NamePattern NEGATIVE = NamePattern.lowerCasing(
            "-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|com-|contact|footer|gdpr|masthead|media|meta"
                    + "|outbrain|promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget");

    /** Share bars and buttons ("share", "sharedaddy" as a whole word or between underscores). */
    static final NamePattern SHARE = NamePattern.lowerCasing("(\\b|_)(share|sharedaddy)(\\b|_)");

    private ClassWeight() {}

    /** +25 / −25 for each of class and id that reads as content / furniture. */
    static int of(Element element) {
        return weigh(ParsedAttributes.className(element)) + weigh(ParsedAttributes.id(element));
    }

    /**
     * Whether the pattern occurs in the element's class or id, lower-cased (lower-casing is much
     * cheaper than case-insensitive matching of long alternations). Class and id are asked about
     * apart, as the values they are ({@link NamePattern} remembers answers by them): for the word
     * lists above this is the same as matching "class id", since no match holds a space.
     */
    static boolean named(Element element, NamePattern pattern) {
        return pattern.foundIn(ParsedAttributes.className(element)) || pattern.foundIn(ParsedAttributes.id(element));
    }

    private static int weigh(String name) {
        if (name.isEmpty()) {
            return 0;
        }
        int weight = 0;
        if (NEGATIVE.foundIn(name)) {
            weight -= WEIGHT;
        }
        if (POSITIVE.foundIn(name)) {
            weight += WEIGHT;
        }
        return weight;
    }
}
