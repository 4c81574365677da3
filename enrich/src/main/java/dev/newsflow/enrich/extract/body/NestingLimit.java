package dev.newsflow.enrich.extract.body;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

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

    static void apply(Document page) {
        List<Element> tooDeep = new ArrayList<>();
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (depth > MAX_DEPTH && node instanceof Element element && WRAPPERS.contains(element.normalName())) {
                    tooDeep.add(element);
                }
                return FilterResult.CONTINUE;
            }
        }, page);
        // Outermost first: each unwrap lifts the next wrapper up one level, so each is a constant-time move.
        tooDeep.forEach(Element::unwrap);
    }
}
