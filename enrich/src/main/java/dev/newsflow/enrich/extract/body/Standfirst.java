package dev.newsflow.enrich.extract.body;

import dev.newsflow.core.text.OneLine;
import dev.newsflow.enrich.extract.html.ParsedAttributes;
import dev.newsflow.enrich.extract.metadata.TitleSimilarity;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * The article's standfirst: the lead paragraph printed between the headline and the body ("Berlin.
 * Die Ex-Außenministerin tritt heute …"), which news CMSs keep apart from the body's text, often
 * in the article's {@code <header>}, so that the search for the body misses it. The page's own
 * description ({@code og:description}, {@code description}) is that text, or its start, when the
 * standfirst is shown; a block the reader sees that holds it, and is not much longer, is the
 * standfirst. A description shown nowhere on the page is only metadata and is not body text.
 *
 * <p>Looked for in the walk that readies the page ({@link PagePreparation}): each text node is
 * asked whether it holds the description's opening words, and the article header, which that walk
 * removes, is searched before it goes. One search per page.
 */
final class Standfirst {

    private static final List<Evaluator> DESCRIPTIONS = List.of(
            QueryParser.parse("meta[property=og:description][content]"), QueryParser.parse("meta[name=description][content]"),
            QueryParser.parse("meta[name=twitter:description][content]"));

    /** Shorter descriptions are labels or site slogans, not leads. */
    private static final int MIN_LENGTH = 60;
    /** The opening of the description that a text node must hold (descriptions get cut with "…"). */
    private static final int PROBE_LENGTH = 40;
    /** Climbing from the text node to the block around it passes at most this many inline elements. */
    private static final int MAX_INLINE_LEVELS = 3;
    /** The block may open with a little the description leaves out (a place name, a kicker). */
    private static final int MAX_PREFIX = 40;
    /** The block may hold a little more than the description (a place name, a cut description's end). */
    private static final double MAX_GROWTH = 1.5;

    /** A standfirst this much made of the first paragraph's words only sums it up. */
    private static final double SUMMED_UP = 0.7;

    private final String description;
    private final String probe;
    private String found;

    private Standfirst(String description) {
        this.description = description;
        int cut = description.lastIndexOf(' ', PROBE_LENGTH);
        this.probe = description.substring(0, cut > PROBE_LENGTH / 2 ? cut : PROBE_LENGTH);
    }

    /** The search for the page's standfirst, or null when the page has no description to look for. */
    static Standfirst of(Document page) {
        Element head = page.head();
        for (Evaluator selector : DESCRIPTIONS) {
            Element meta = head.selectFirst(selector);
            if (meta != null) {
                String content = OneLine.of(meta.attr("content"));
                return content.length() >= MIN_LENGTH ? new Standfirst(content) : null;
            }
        }
        return null;
    }

    /** Asked of every text node the page's walk visits. */
    void look(TextNode text) {
        if (found == null && text.getWholeText().contains(probe)) {
            Element block = blockAround(text);
            if (block != null) {
                String blockText = block.text();
                if (blockText.indexOf(probe) <= MAX_PREFIX && blockText.length() <= description.length() * MAX_GROWTH) {
                    found = blockText;
                }
            }
        }
    }

    /** Searches an element the walk removes unseen, when it may hold the standfirst (the article's header). */
    void lookInside(Element furniture) {
        if (found != null || !furniture.nameIs("header") || ParsedAttributes.has(furniture, "hidden")) {
            return;
        }
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    look(text);
                    return found != null ? FilterResult.STOP : FilterResult.CONTINUE;
                }
                return node instanceof Element element && Boilerplate.isFurniture(element) && element != furniture
                        ? FilterResult.SKIP_ENTIRELY : FilterResult.CONTINUE;
            }
        }, furniture);
    }

    /**
     * The standfirst's text, or null when none was seen or the body already says it: holds it, or
     * opens with a paragraph made mostly of its words (a standfirst that sums up the first paragraph
     * tells the reader nothing twice over).
     */
    String textFor(List<Block> body) {
        if (found == null) {
            return null;
        }
        TextBlock first = null;
        for (Block block : body) {
            if (block instanceof TextBlock text) {
                if (text.text().contains(probe)) {
                    return null;
                }
                if (first == null && !text.isHeading()) {
                    first = text;
                }
            }
        }
        return first != null && TitleSimilarity.of(found, first.text()) > SUMMED_UP ? null : found;
    }

    private static Element blockAround(TextNode text) {
        Element at = text.parent();
        for (int level = 0; at != null && !at.isBlock() && level < MAX_INLINE_LEVELS; level++) {
            at = at.parent();
        }
        return at == null || at.isBlock() ? at : null;
    }
}
