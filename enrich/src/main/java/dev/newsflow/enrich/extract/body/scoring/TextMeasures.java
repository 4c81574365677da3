package dev.newsflow.enrich.extract.body.scoring;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The measures the scorer and the cleaner judge elements by, asked of one element at a time, uncached:
 * its length as {@link CollapsedText} counts it, its link density, whether it holds text. The scorer
 * asks the lengths and link densities of a whole page at once of {@link TextLengths}, the cleaner
 * those of each block of the article of {@link BlockCensus}; all count with {@link CollapsedText},
 * weigh links by {@link #linkWeight} and divide by {@link #share}.
 *
 * <p>The three differ in where the whitespace between texts goes: here a link counts its own text only,
 * in {@link BlockCensus} the space that joins a link to the text before counts as the link's, and
 * {@link TextLengths} reads each text node on its own, the whitespace at its ends included. Each is
 * what its callers have always been judged by; bringing them to one moves the articles found on real
 * pages.
 */
final class TextMeasures {

    /** How much a link to a place on the same page weighs beside one away from it. */
    static final double SAME_PAGE_LINK_WEIGHT = 0.3;

    private TextMeasures() {}

    /** The share of an element's text that sits in links: near 1 for menus and link lists, near 0 for prose. */
    static double linkDensity(Element element) {
        int length = length(element);
        if (length == 0) {
            return 0;
        }
        double linkLength = 0;
        for (Element link : element.getElementsByTag("a")) {
            linkLength += length(link) * linkWeight(link);
        }
        return share(linkLength, length);
    }

    /**
     * The length of an element's text with runs of whitespace counted as one character, as
     * {@code element.text().length()} nearly is (that one also spaces out blocks), without building the
     * string: the scorer asks for the lengths of large elements many times, and this is its hot loop.
     */
    static int length(Element element) {
        return length(element, Integer.MAX_VALUE);
    }

    /**
     * {@link #length(Element)}, but counting stops once it reaches {@code cap}: a question like "does
     * the article hold 500 characters?" needs no walk through the remaining hundred thousand.
     */
    static int length(Element element, int cap) {
        CollapsedText text = new CollapsedText();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode textNode) {
                    text.read(textNode.getWholeText());
                    if (text.length >= cap) {
                        return FilterResult.STOP;
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, element);
        return text.length;
    }

    /** Whether any text inside the element is more than whitespace; stops at the first that is. */
    static boolean hasText(Element element) {
        boolean[] found = {false};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text && !text.isBlank()) {
                    found[0] = true;
                    return FilterResult.STOP;
                }
                return FilterResult.CONTINUE;
            }
        }, element);
        return found[0];
    }

    /** Commas in the text, in the scripts that have their own: prose has many, menus have none. */
    static int commas(String text) {
        int commas = 0;
        for (int i = 0; i < text.length(); i++) {
            if (CollapsedText.isComma(text.charAt(i))) {
                commas++;
            }
        }
        return commas;
    }

    /** A link to a place on the same page (a table of contents, footnotes) is hardly navigation. */
    static double linkWeight(Element link) {
        String href = link.attr("href");
        return href.length() > 1 && href.startsWith("#") ? SAME_PAGE_LINK_WEIGHT : 1;
    }

    /** {@code part} over {@code whole}, 0 for nothing of nothing: a density of an element without text. */
    static double share(double part, double whole) {
        return whole == 0 ? 0 : part / whole;
    }
}
