package dev.newsflow.enrich.extract.body.scoring;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/** Where an element stands among its ancestors, for the scorer and the cleaner, which move and remove elements as they go. */
final class Ancestry {

    private Ancestry() {}

    /** Whether {@code ancestor} is a proper ancestor of {@code element} (false for a null element, or one removed with its container). */
    static boolean isInside(Element element, Element ancestor) {
        for (Element at = element == null ? null : element.parent(); at != null; at = at.parent()) {
            if (at == ancestor) {
                return true;
            }
        }
        return false;
    }

    /** Whether one of the element's first {@code maxDepth} ancestors (all of them for 0 or less) is a {@code tag}. */
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

    /** The elements from below {@code top} down to {@code bottom}, top first; empty when they are the same. */
    static List<Element> pathDown(Element top, Element bottom) {
        List<Element> path = new ArrayList<>();
        for (Element at = bottom; at != null && at != top; at = at.parent()) {
            path.add(0, at);
        }
        return path;
    }
}
