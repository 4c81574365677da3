package dev.newsflow.enrich.extract.body;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import dev.newsflow.enrich.extract.html.ParsedAttributes;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Readies a parsed page for the body's search: puts late-streamed segments where the page's script
 * would ({@link StreamedSegments}), removes the {@link Boilerplate} and flattens absurd nesting
 * ({@link NestingLimit}) and other articles appended below the page's own ({@link AppendedArticles}), and
 * notes the {@link Standfirst} on the way, in one walk of the page, which runs on every page and every
 * attempt at it. Furniture goes whole, so the walk skips what is inside it; the wrappers too deep
 * are unwrapped once the furniture is gone, as they would be by a walk of their own.
 */
final class PagePreparation {

    private PagePreparation() {}

    static Document prepared(Document page) {
        return prepared(page, null);
    }

    /** As {@link #prepared(Document)}, looking for the page's {@link Standfirst} on the way (may be null). */
    static Document prepared(Document page, Standfirst standfirst) {
        AppendedArticles appendedArticles = AppendedArticles.of(page);
        List<Element> furniture = new ArrayList<>();
        List<Element> tooDeep = new ArrayList<>();
        List<Element> segments = new ArrayList<>();
        List<Element> places = new ArrayList<>();
        // The too-deep ancestors of the node at hand, innermost first: they do not count in its depth.
        Deque<Element> tooDeepAbove = new ArrayDeque<>();
        // The element marked as the article's body that the node at hand stands in, if any.
        Element[] articleBody = {null};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (!(node instanceof Element element)) {
                    if (standfirst != null && node instanceof TextNode text) {
                        standfirst.look(text);
                    }
                    return FilterResult.CONTINUE;
                }
                if (articleBody[0] == null && ParsedAttributes.value(element, "itemprop").equals("articleBody")) {
                    articleBody[0] = element;
                }
                if (StreamedSegments.isSegment(element)) {
                    segments.add(element);
                } else if (Boilerplate.isFurniture(element) && !(articleBody[0] != null && element.nameIs("header"))) {
                    if (StreamedSegments.isPlace(element)) {
                        places.add(element);
                    }
                    if (standfirst != null) {
                        standfirst.lookInside(element);
                    }
                    if (appendedArticles != null) {
                        appendedArticles.enterSkipped(element);
                    }
                    furniture.add(element);
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (appendedArticles != null) {
                    appendedArticles.enter(element);
                }
                if (NestingLimit.isTooDeep(element, depth - tooDeepAbove.size())) {
                    tooDeep.add(element);
                    tooDeepAbove.push(element);
                }
                return FilterResult.CONTINUE;
            }

            @Override
            public FilterResult tail(Node node, int depth) {
                if (tooDeepAbove.peek() == node) {
                    tooDeepAbove.pop();
                }
                if (articleBody[0] == node) {
                    articleBody[0] = null;
                }
                if (appendedArticles != null && node instanceof Element element) {
                    appendedArticles.leave(element);
                }
                return FilterResult.CONTINUE;
            }
        }, page);
        if (!segments.isEmpty()) {
            furniture.addAll(StreamedSegments.moveIntoPlace(segments, places));
        }
        if (appendedArticles != null) {
            furniture.addAll(appendedArticles.appended());
        }
        furniture.forEach(Element::remove);
        NestingLimit.flatten(tooDeep);
        return page;
    }
}
