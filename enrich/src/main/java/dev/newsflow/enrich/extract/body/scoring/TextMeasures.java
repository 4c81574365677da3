package dev.newsflow.enrich.extract.body.scoring;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/** Text lengths the scorer and the cleaner judge elements by. */
final class TextMeasures {

    private TextMeasures() {}

    /** The share of an element's text that sits in links: near 1 for menus and link lists, near 0 for prose. */
    static double linkDensity(Element element) {
        int length = length(element);
        if (length == 0) {
            return 0;
        }
        double linkLength = 0;
        for (Element link : element.getElementsByTag("a")) {
            linkLength += length(link) * TextLengths.linkWeight(link);
        }
        return linkLength / length;
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
        int[] length = {0};
        boolean[] pendingSpace = {false};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (node instanceof TextNode text) {
                    String whole = text.getWholeText();
                    for (int i = 0; i < whole.length(); i++) {
                        char c = whole.charAt(i);
                        if (Character.isWhitespace(c) || c == '\u00A0') {
                            pendingSpace[0] = true;
                        } else {
                            if (pendingSpace[0] && length[0] > 0) {
                                length[0]++;
                            }
                            pendingSpace[0] = false;
                            length[0]++;
                        }
                    }
                    if (length[0] >= cap) {
                        return FilterResult.STOP;
                    }
                }
                return FilterResult.CONTINUE;
            }
        }, element);
        return length[0];
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
            if (isComma(text.charAt(i))) {
                commas++;
            }
        }
        return commas;
    }

    static boolean isComma(char c) {
        // Most text is below the first comma of another script: one comparison, not a search of the switch.
        if (c < '\u060C') {
            return c == ',';
        }
        return switch (c) {
            case ',', '\u060C', '\uFE50', '\uFE10', '\uFE11', '\u2E41', '\u2E34', '\u2E32', '\uFF0C' -> true;
            default -> false;
        };
    }

    /** Whether {@code ancestor} is a proper ancestor of {@code element} (false for a null element, or one removed with its container). */
    static boolean isInside(Element element, Element ancestor) {
        for (Element at = element == null ? null : element.parent(); at != null; at = at.parent()) {
            if (at == ancestor) {
                return true;
            }
        }
        return false;
    }

    static boolean hasAncestor(Element element, String tag, int maxDepth) {
        int depth = 0;
        for (Element parent = element.parent(); parent != null; parent = parent.parent()) {
            if (maxDepth > 0 && ++depth > maxDepth) {
                return false;
            }
            if (parent.nameIs(tag)) {
                return true;
            }
        }
        return false;
    }
}
