package dev.newsflow.enrich.extract.image;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Finds the element that captions an image outside {@code <figure>}: the element right after the
 * image (or after the wrapper that holds nothing but the image, such as {@code <p><img></p>} or
 * {@code <a><img></a>}) when it is a {@code <small>}, a {@code <figcaption>}, an element whose class
 * says caption, or a wrapper around just one of those ({@code <div><small>…</small></div>}).
 */
public final class CaptionFinder {

    /** Parsed once: selectors given as strings are parsed again on every call. */
    private static final Evaluator CAPTION = QueryParser.parse("small, figcaption, [class*=caption]");

    private CaptionFinder() {}

    /** The caption element for {@code img}, not looking beyond {@code root}; null when there is none. */
    public static Element captionFor(Element img, Element root) {
        Element at = img;
        while (at != root) {
            Node next = nextMeaningfulSibling(at);
            if (next != null) {
                return next instanceof Element element && isCaption(element) ? element : null;
            }
            // Nothing follows inside the parent: look past it, but only out of a wrapper that holds no text.
            Element parent = at.parent();
            if (parent == null || parent == root || !parent.text().isBlank()) {
                return null;
            }
            at = parent;
        }
        return null;
    }

    private static Node nextMeaningfulSibling(Node node) {
        Node next = node.nextSibling();
        while (next != null && isFiller(next)) {
            next = next.nextSibling();
        }
        return next;
    }

    /** Whitespace, comments and line breaks between an image and its caption. */
    private static boolean isFiller(Node node) {
        if (node instanceof TextNode text) {
            return text.isBlank();
        }
        return !(node instanceof Element element) || element.nameIs("br");
    }

    private static boolean isCaption(Element element) {
        if (element.text().isBlank()) {
            return false;
        }
        if (element.is(CAPTION)) {
            return true;
        }
        Element inner = element.selectFirst(CAPTION);
        return inner != null && inner.text().equals(element.text());
    }
}
