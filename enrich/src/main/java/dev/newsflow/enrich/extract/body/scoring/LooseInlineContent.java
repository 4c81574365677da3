package dev.newsflow.enrich.extract.body.scoring;

import java.util.ArrayList;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Inline content standing loose in a block beside other blocks, made into paragraphs of its own to
 * be scored. Two or more line breaks in a row end a paragraph, as Readability reads them: pages without
 * {@code <p>} (forums, old table layouts, many legacy Chinese sites) write paragraphs that way.
 */
final class LooseInlineContent {

    private static final Set<String> PHRASING_TAGS = Set.of(
            "abbr", "audio", "b", "bdo", "br", "button", "cite", "code", "data", "datalist", "dfn", "em", "embed", "i",
            "img", "input", "kbd", "label", "mark", "math", "meter", "noscript", "object", "output", "progress", "q",
            "ruby", "samp", "script", "select", "small", "span", "strong", "sub", "sup", "textarea", "time", "var", "wbr");

    private LooseInlineContent() {}

    /** Wraps each run of the block's loose inline children in a {@code <p>}, its trailing whitespace and breaks left out. */
    static void wrapInParagraphs(Element block) {
        Element paragraph = null;
        for (Node child : new ArrayList<>(block.childNodes())) {
            if (paragraph != null && isBreakRun(child)) {
                trimTrailingWhitespace(paragraph);
                paragraph = null;
            } else if (isPhrasing(child)) {
                if (paragraph != null) {
                    paragraph.appendChild(child);
                } else if (!isWhitespace(child)) {
                    paragraph = new Element("p");
                    child.before(paragraph);
                    paragraph.appendChild(child);
                }
            } else if (paragraph != null) {
                trimTrailingWhitespace(paragraph);
                paragraph = null;
            }
        }
        if (paragraph != null) {
            trimTrailingWhitespace(paragraph);
        }
    }

    /** Whether an element's own children hold a blank line: two line breaks with only white space between. */
    static boolean hasBreakRun(Element element) {
        for (Element child = element.firstElementChild(); child != null; child = child.nextElementSibling()) {
            if (child.nameIs("br") && isBreakRun(child)) {
                return true;
            }
        }
        return false;
    }

    /** A {@code <br>} followed, past white space, by another: a blank line. */
    private static boolean isBreakRun(Node node) {
        if (!(node instanceof Element element) || !element.nameIs("br")) {
            return false;
        }
        for (Node next = node.nextSibling(); next != null; next = next.nextSibling()) {
            if (next instanceof Element br && br.nameIs("br")) {
                return true;
            }
            if (!isWhitespace(next)) {
                return false;
            }
        }
        return false;
    }

    private static void trimTrailingWhitespace(Element paragraph) {
        while (paragraph.childNodeSize() > 0 && isWhitespace(paragraph.childNode(paragraph.childNodeSize() - 1))) {
            paragraph.childNode(paragraph.childNodeSize() - 1).remove();
        }
    }

    private static boolean isPhrasing(Node node) {
        if (node instanceof TextNode) {
            return true;
        }
        if (!(node instanceof Element element)) {
            return false;
        }
        String tag = element.normalName();
        if (PHRASING_TAGS.contains(tag)) {
            return true;
        }
        return (tag.equals("a") || tag.equals("del") || tag.equals("ins"))
                && element.childNodes().stream().allMatch(LooseInlineContent::isPhrasing);
    }

    private static boolean isWhitespace(Node node) {
        return (node instanceof TextNode text && text.isBlank()) || (node instanceof Element element && element.nameIs("br"));
    }
}
