package dev.newsflow.enrich.extract.body;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * Flattens elements nested deeper than any real page nests: broken or hostile markup can nest
 * thousands deep, and judging each level against everything inside it (its text, its link
 * density, its ancestors) costs the depth times the size of the page. Wrappers (divs, spans, font
 * and the like) go beyond {@value #MAX_DEPTH} levels; any other element that holds nodes
 * (paragraphs, headings, pre, unknown tags) keeps its meaning a little longer and goes beyond
 * {@value #MAX_DEPTH_OF_ANY}, so that no element of the page ends deeper than that. Text, images
 * and blocks stay, in order; only the elements flattened go. Depth counts the elements that stay:
 * a paragraph inside a hundred thousand divs is at depth {@value #MAX_DEPTH} + 1 once they are gone.
 */
final class NestingLimit {

    static final int MAX_DEPTH = 200;
    /** The body walk's own limit ({@link BlockWalker}): it takes anything deeper as one paragraph. */
    static final int MAX_DEPTH_OF_ANY = 256;

    private static final Set<String> WRAPPERS = Set.of(
            "div", "span", "section", "article", "main", "font", "center", "b", "i", "em", "strong", "u", "small",
            "big", "blockquote", "ul", "ol", "li", "table", "tbody", "tr", "td", "form", "a");

    private NestingLimit() {}

    /**
     * Whether an element is one to flatten.
     *
     * @param keptDepth its depth below the document, counting only the ancestors that stay
     */
    static boolean isTooDeep(Element element, int keptDepth) {
        return (keptDepth > MAX_DEPTH && WRAPPERS.contains(element.normalName()))
                || (keptDepth > MAX_DEPTH_OF_ANY && element.childNodeSize() > 0);
    }

    /**
     * Removes the elements {@link #isTooDeep} found, given in document order, each child taking its
     * parent's place: the tree {@link Element#unwrap() unwrapping} each in turn would leave. Not by
     * unwrapping: each unwrap moves the element's other children (the whitespace of an indented page,
     * text beside the next wrapper) into the element kept above it, and Jsoup renumbers that
     * element's children on every move, so a page nested 100,000 deep took half a minute. Here each
     * element kept above a run of flattened ones gets its new children in one step, and each node moves
     * once: linear in the size of the page, without recursion however deep they go.
     */
    static void flatten(List<Element> tooDeep) {
        Set<Element> flattened = Collections.newSetFromMap(new IdentityHashMap<>(tooDeep.size() * 2));
        flattened.addAll(tooDeep);
        Set<Element> keepers = Collections.newSetFromMap(new IdentityHashMap<>());
        List<Element> keepersInOrder = new ArrayList<>();
        for (Element element : tooDeep) {
            Element parent = element.parent();
            if (parent != null && !flattened.contains(parent) && keepers.add(parent)) {
                keepersInOrder.add(parent);
            }
        }
        keepersInOrder.forEach(keeper -> replaceChildren(keeper, flattened));
    }

    /** Gives the keeper its children with every flattened element below it replaced by what that element holds. */
    private static void replaceChildren(Element keeper, Set<Element> flattened) {
        List<Node> children = new ArrayList<>();
        List<Element> emptied = new ArrayList<>();
        Deque<Iterator<Node>> open = new ArrayDeque<>();
        open.push(keeper.childNodes().iterator());
        while (!open.isEmpty()) {
            Iterator<Node> level = open.peek();
            if (!level.hasNext()) {
                open.pop();
                continue;
            }
            Node node = level.next();
            if (node instanceof Element element && flattened.contains(element)) {
                emptied.add(element);
                open.push(element.childNodes().iterator());
            } else {
                children.add(node);
            }
        }
        // Detach every node from its old parent first: appending a node that still has a parent
        // removes it from that parent's list, a shift of its later siblings each time.
        emptied.forEach(Element::empty);
        keeper.empty();
        keeper.appendChildren(children);
    }
}
