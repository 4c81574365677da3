package dev.newsflow.enrich.extract.body;

import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Flattens wrapper elements nested deeper than any real page nests ({@value #MAX_DEPTH} levels):
 * broken or hostile markup can nest thousands deep, and judging each level against everything
 * inside it costs the square of the depth. Text and blocks stay, in order; only the wrappers
 * (divs, spans, font and the like) beyond the limit go.
 */
final class NestingLimit {

    static final int MAX_DEPTH = 200;

    private static final Set<String> WRAPPERS = Set.of(
            "div", "span", "section", "article", "main", "font", "center", "b", "i", "em", "strong", "u", "small",
            "big", "blockquote", "ul", "ol", "li", "table", "tbody", "tr", "td", "form", "a");

    private NestingLimit() {}

    /** Whether an element at this depth below the document is a wrapper to flatten. */
    static boolean isTooDeep(Element element, int depth) {
        return depth > MAX_DEPTH && WRAPPERS.contains(element.normalName());
    }

    /** Unwraps the elements {@link #isTooDeep} found, given in document order. */
    static void flatten(List<Element> tooDeep) {
        // Outermost first: each unwrap lifts the next wrapper up one level, so each is a constant-time move.
        tooDeep.forEach(Element::unwrap);
    }
}
