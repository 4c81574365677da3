package dev.newsflow.enrich.extract.body.scoring;

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
 */
final class TextLengths {

    /** A link to a place on the same page (a table of contents, footnotes) is hardly navigation. */
    static final double SAME_PAGE_LINK_WEIGHT = 0.3;

    private final Map<Element, double[]> lengths = new IdentityHashMap<>();

    TextLengths(Element root) {
        NodeTraversor.traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element element) {
                    lengths.put(element, new double[2]);
                }
            }

            @Override
            public void tail(Node node, int depth) {
                Node parent = node.parentNode();
                double[] total = parent == null ? null : lengths.get(parent);
                if (node instanceof TextNode text) {
                    if (total != null) {
                        total[0] += collapsedLength(text.getWholeText());
                    }
                } else if (node instanceof Element element) {
                    double[] own = lengths.get(element);
                    if (element.nameIs("a")) {
                        own[1] = own[0] * linkWeight(element);
                    }
                    if (total != null && node != root) {
                        total[0] += own[0];
                        total[1] += own[1];
                    }
                }
            }
        }, root);
    }

    /** Link text over all text; 0 for an element without text or one not measured. */
    double linkDensity(Element element) {
        double[] own = lengths.get(element);
        return own == null || own[0] == 0 ? 0 : own[1] / own[0];
    }

    static double linkWeight(Element link) {
        String href = link.attr("href");
        return href.length() > 1 && href.startsWith("#") ? SAME_PAGE_LINK_WEIGHT : 1;
    }

    private static int collapsedLength(String text) {
        int count = 0;
        boolean inSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean space = Character.isWhitespace(c) || c == '\u00A0';
            if (!space || !inSpace) {
                count++;
            }
            inSpace = space;
        }
        return count;
    }
}
