package dev.newsflow.enrich.extract.body.scoring;

import dev.newsflow.enrich.extract.html.ParsedAttributes;
import dev.newsflow.enrich.extract.names.NamePattern;
import org.jsoup.nodes.Element;

/**
 * Whether an element's class or id names furniture that publishers put inside the article itself:
 * ad slots, newsletter and sign-up boxes, share and social bars, related and recommended links,
 * comments, author bios, polls, tag lists, log-in prompts. Such names are what trafilatura's and
 * Readability's discard lists look for; newsroom CMSs in many languages use English ones, and some
 * use their own ("kommentare", "compartir", "xiangguan").
 *
 * <p>A word counts only as a whole part of a name ({@link NamePattern#ofWholeParts}): "ad" is in
 * "header", "shadow" and "load", and a word found anywhere would take those. An id of more than
 * three parts is a slug made from a heading ("sharing-with-a-single-developer") and says nothing
 * about the element.
 *
 * <p>Not here, though other lists have them: "teaser" (German CMSs call the lead paragraph that),
 * "paywall" and "premium" (some CMSs mark every paragraph of a paid article so), "print" and
 * "sharing" (mostly in state names like "hide-print", "sd-sharing-enabled" on the article's wrapper).
 * The cleaner removes a named element only when it is small beside the article
 * ({@link ArticleCleaner}), as a wrapper named "comments-enabled" holds the article itself.
 */
final class FurnitureName {

    private static final NamePattern PART = NamePattern.ofWholeParts(
            // ad slots
            "ad", "ads", "adslot", "adunit", "advert", "adverts", "advertisement", "advertising", "anzeige", "werbung",
            "publicidad",
            // newsletter and sign-up boxes, log-in prompts
            "newsletter", "newsletters", "signup", "sign-up", "subscribe", "optin", "opt-in", "login", "signin",
            "sign-in", "regwall",
            // share and social bars
            "share", "social", "sharebar", "shariff", "addthis", "sharethis", "partage", "compartir", "condividi",
            "fenxiang",
            // related and recommended links
            "related", "recommended", "recommendations", "recirc", "outbrain", "taboola", "more-stories", "also-read",
            "mehr-zum-thema", "lesen-sie-auch", "weitere-artikel", "lire-aussi", "relacionadas", "relacionados",
            "correlati", "gerelateerd", "xiangguan", "xgxw", "tuijian",
            // comments
            "comment", "comments", "disqus", "replies", "respond", "kommentare", "commentaires", "comentarios",
            "commenti", "reacties", "pinglun",
            // author boxes
            "author-bio", "author-box", "authorbox", "about-author", "bio", "author-info",
            // polls, tag lists, feedback and tool bars
            "poll", "quiz", "survey", "tags", "tag-list", "taglist", "tagbox", "keywords", "toolbar", "feedback");

    private static final int MAX_ID_PARTS = 3;

    private FurnitureName() {}

    static boolean isFurniture(Element element) {
        if (element.attributesSize() == 0) {
            return false;
        }
        if (PART.foundIn(ParsedAttributes.className(element))) {
            return true;
        }
        String id = ParsedAttributes.id(element);
        return PART.foundIn(id) && !isSlug(id);
    }

    private static boolean isSlug(String id) {
        int parts = 1;
        for (int i = 0; i < id.length(); i++) {
            if (id.charAt(i) == '-' && ++parts > MAX_ID_PARTS) {
                return true;
            }
        }
        return false;
    }
}
