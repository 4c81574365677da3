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
 * separately walks the same text once per ancestor. Lengths are {@link CollapsedText}'s, read one
 * text node at a time (see {@link #measure}). Valid until the tree changes.
 *
 * <p>The same pass counts, per element, the commas and the characters that {@link Element#text()}
 * surely keeps (neither whitespace nor invisible): scoring a paragraph needs its text's commas and
 * its length only up to a cap, and building the text of every scored paragraph, sections and table
 * cells holding the whole article among them, was a tenth of scoring.
 */
final class TextLengths {

    private static final int LENGTH = 0;
    private static final int LINK_LENGTH = 1;
    private static final int KEPT_CHARACTERS = 2;
    private static final int COMMAS = 3;

    private final Map<Element, double[]> lengths = new IdentityHashMap<>();
    /** Reads one text node after another. */
    private final CollapsedText reading = new CollapsedText();

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
                        own[LINK_LENGTH] = own[LENGTH] * TextMeasures.linkWeight(element);
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
        return own == null ? 0 : TextMeasures.share(own[LINK_LENGTH], own[LENGTH]);
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

    /**
     * Adds a text node's measures to {@code total}. Unlike {@link CollapsedText} across an element, a
     * run of whitespace at either end of the node counts as one character too, and two nodes' runs
     * that meet count twice: so this pass has measured since the scorer was written, and scores, hence
     * which candidate wins, move with it.
     */
    private void measure(String text, double[] total) {
        reading.clear();
        reading.read(text);
        int length = reading.length;
        if (length > 0 && reading.leadingSpace) {
            length++;
        }
        if (reading.pendingSpace) {
            length++;
        }
        total[LENGTH] += length;
        total[KEPT_CHARACTERS] += reading.kept;
        total[COMMAS] += reading.commas;
    }
}
