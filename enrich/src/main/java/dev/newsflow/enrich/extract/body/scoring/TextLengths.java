package dev.newsflow.enrich.extract.body.scoring;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * The text and link-text lengths of every element under a root, computed in one pass from the
 * leaves up. Scoring needs the link density of hundreds of nested candidates; measuring each
 * separately walks the same text once per ancestor. Lengths count each run of whitespace as one
 * character, as Readability's normalised text does. Valid until the tree changes.
 *
 * <p>The same pass counts, per element, the commas and the characters that {@link Element#text()}
 * surely keeps (neither whitespace nor invisible): scoring a paragraph needs its text's commas and
 * its length only up to a cap, and building the text of every scored paragraph, sections and table
 * cells holding the whole article among them, was a tenth of scoring.
 */
final class TextLengths {

    /** A link to a place on the same page (a table of contents, footnotes) is hardly navigation. */
    static final double SAME_PAGE_LINK_WEIGHT = 0.3;

    private static final int LENGTH = 0;
    private static final int LINK_LENGTH = 1;
    private static final int KEPT_CHARACTERS = 2;
    private static final int COMMAS = 3;

    private final Map<Element, double[]> lengths = new IdentityHashMap<>();

    TextLengths(Element root) {
        // The elements open on the way down: a node's measures go to the one on top, its parent, without a lookup.
        Deque<double[]> open = new ArrayDeque<>();
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element element) {
                    double[] own = new double[4];
                    lengths.put(element, own);
                    open.push(own);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof TextNode text) {
                    measure(text.getWholeText(), open.peek());
                } else if (node instanceof Element element) {
                    double[] own = open.pop();
                    if (element.nameIs("a")) {
                        own[LINK_LENGTH] = own[LENGTH] * linkWeight(element);
                    }
                    double[] total = open.peek();
                    if (total != null) {
                        for (int i = 0; i < own.length; i++) {
                            total[i] += own[i];
                        }
                    }
                }
            }
        }, root);
    }

    /** Link text over all text; 0 for an element without text or one not measured. */
    double linkDensity(Element element) {
        double[] own = lengths.get(element);
        return own == null || own[LENGTH] == 0 ? 0 : own[LINK_LENGTH] / own[LENGTH];
    }

    /** Whether {@code element.text()} is surely at least {@code length} long; false for an element not measured. */
    boolean textSurelyAsLongAs(Element element, int length) {
        double[] own = lengths.get(element);
        return own != null && own[KEPT_CHARACTERS] >= length;
    }

    /** {@code TextMeasures.commas(element.text())}, without building the text: commas are neither whitespace nor invisible. */
    int commas(Element element) {
        return (int) lengths.get(element)[COMMAS];
    }

    static double linkWeight(Element link) {
        String href = link.attr("href");
        return href.length() > 1 && href.startsWith("#") ? SAME_PAGE_LINK_WEIGHT : 1;
    }

    /**
     * Adds a text's length to {@code total} (each run of whitespace one character), with the
     * characters that {@link Element#text()} keeps whatever their neighbours (it collapses whitespace
     * and drops invisible characters; anything space-like or zero-width is left out here to be sure)
     * and the commas. One loop over the characters for all three.
     */
    private static void measure(String text, double[] total) {
        int length = 0;
        int kept = 0;
        int commas = 0;
        boolean inSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space;
            if (c < 0x80) {
                // Most characters of most pages: the same answers as below, from comparisons alone.
                space = c == ' ' || (c >= '\t' && c <= '\r') || (c >= '\u001C' && c <= '\u001F');
                if (c > ' ') {
                    kept++;
                }
                if (c == ',') {
                    commas++;
                }
            } else {
                space = Character.isWhitespace(c) || c == '\u00A0';
                if (!space && c != '\u00AD' && !(c >= '\u200B' && c <= '\u200F') && c != '\u2060'
                        && c != '\uFEFF' && !Character.isSpaceChar(c)) {
                    kept++;
                }
                if (TextMeasures.isComma(c)) {
                    commas++;
                }
            }
            if (!space || !inSpace) {
                length++;
            }
            inSpace = space;
        }
        total[LENGTH] += length;
        total[KEPT_CHARACTERS] += kept;
        total[COMMAS] += commas;
    }
}
