package dev.newsflow.enrich.extract.body.scoring;

import dev.newsflow.enrich.extract.html.ParsedAttributes;
import dev.newsflow.enrich.extract.metadata.BylineElement;
import dev.newsflow.enrich.extract.metadata.TitleSimilarity;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The first phase of a {@link ContentScorer} attempt: one walk of the page that drops what is hidden,
 * the byline, a heading that repeats the title, empty wrappers and (when strict) elements whose
 * class, id or role say furniture, and turns divs that hold only inline content into paragraphs. It
 * changes the page, and answers with the elements to score, in document order.
 */
final class ScoringPreparation {

    private static final Set<String> TAGS_TO_SCORE = Set.of("section", "h2", "h3", "h4", "h5", "h6", "p", "td", "pre");
    private static final Set<String> UNLIKELY_ROLES = Set.of(
            "menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog");
    private static final Set<String> EMPTY_REMOVABLE_TAGS = Set.of("div", "section", "header", "h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> BLOCK_TAGS = Set.of("blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul");
    /** A div around a lone paragraph gives way to it unless a quarter of its text is links. */
    private static final double LONE_PARAGRAPH_LINK_DENSITY = 0.25;
    private static final double TITLE_SIMILARITY = 0.75;

    private final Strictness strictness;
    private final RuleUse used;
    private final String title;

    ScoringPreparation(Strictness strictness, RuleUse used, String title) {
        this.strictness = strictness;
        this.used = used;
        this.title = title;
    }

    /** Walks the page below {@code body}, changing it; the elements whose text is to be scored. */
    List<Element> paragraphsToScore(Element body) {
        List<Element> toScore = new ArrayList<>();
        boolean bylineSeen = false;
        Element node = body;
        while (node != null) {
            String tag = node.normalName();
            if (!Visibility.isProbablyVisible(node)
                    || (ParsedAttributes.value(node, "aria-modal").equals("true") && ParsedAttributes.value(node, "role").equals("dialog"))) {
                node = removeAndNext(node);
                continue;
            }
            if (!bylineSeen && BylineElement.isByline(node)) {
                bylineSeen = true;
                node = removeAndNext(node);
                continue;
            }
            if ((tag.equals("h1") || tag.equals("h2")) && repeatsTitle(node.text())) {
                node = removeAndNext(node);
                continue;
            }
            if (strictness.stripUnlikely() && isUnlikely(node, tag)) {
                used.strippedUnlikely = true;
                node = removeAndNext(node);
                continue;
            }
            if (EMPTY_REMOVABLE_TAGS.contains(tag) && isWithoutContent(node)) {
                node = removeAndNext(node);
                continue;
            }
            if (tag.equals("td") && LooseInlineContent.hasBreakRun(node)) {
                // A layout cell whose text is set apart by blank lines, the way pages laid out in tables
                // write paragraphs: its paragraphs are scored, so the cell, not the row with the menus
                // beside it, gathers their score.
                LooseInlineContent.wrapInParagraphs(node);
            } else if (TAGS_TO_SCORE.contains(tag)) {
                toScore.add(node);
            }
            if (tag.equals("div")) {
                LooseInlineContent.wrapInParagraphs(node);
                Element onlyParagraph = onlyParagraph(node);
                if (onlyParagraph != null && TextMeasures.linkDensity(node) < LONE_PARAGRAPH_LINK_DENSITY) {
                    node.replaceWith(onlyParagraph);
                    node = onlyParagraph;
                    toScore.add(node);
                } else if (!hasBlockInside(node)) {
                    node.tagName("p");
                    toScore.add(node);
                }
            }
            node = next(node, false);
        }
        return toScore;
    }

    private boolean isUnlikely(Element node, String tag) {
        if (UNLIKELY_ROLES.contains(ParsedAttributes.value(node, "role"))) {
            return true;
        }
        if (!ParsedAttributes.has(node, "class") && !ParsedAttributes.has(node, "id")) {
            return false;
        }
        return ClassWeight.named(node, ClassWeight.UNLIKELY)
                && !ClassWeight.named(node, ClassWeight.MAYBE_CANDIDATE)
                && !tag.equals("body") && !tag.equals("a")
                && !Ancestry.hasAncestor(node, "table", 3)
                && !Ancestry.hasAncestor(node, "code", 3);
    }

    /** Whether a heading repeats the page's title (its words mostly the title's): the title is a field of its own. */
    private boolean repeatsTitle(String heading) {
        return title != null && TitleSimilarity.of(heading, title) > TITLE_SIMILARITY;
    }

    /**
     * Looks at the first two element children directly: {@code childrenSize()} rebuilds Jsoup's list of
     * element children after every change to them, and this walk changes divs all the time.
     */
    private static Element onlyParagraph(Element div) {
        Element first = div.firstElementChild();
        if (first == null || first.nextElementSibling() != null || !first.nameIs("p")) {
            return null;
        }
        for (Node child : div.childNodes()) {
            if (child instanceof TextNode text && !text.isBlank()) {
                return null;
            }
        }
        return first;
    }

    /** Iterative, and stops at the first block: it runs for every div of the page. */
    private static boolean hasBlockInside(Element element) {
        boolean[] found = {false};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (depth > 0 && node instanceof Element descendant && BLOCK_TAGS.contains(descendant.normalName())) {
                    found[0] = true;
                    return FilterResult.STOP;
                }
                return FilterResult.CONTINUE;
            }
        }, element);
        return found[0];
    }

    /** Walks the children in place: {@code children()} copies them into a new list, for every div and heading of the page. */
    private static boolean isWithoutContent(Element element) {
        for (Element child = element.firstElementChild(); child != null; child = child.nextElementSibling()) {
            if (!child.nameIs("br") && !child.nameIs("hr")) {
                return false;
            }
        }
        return !TextMeasures.hasText(element);
    }

    private static Element removeAndNext(Element node) {
        Element next = next(node, true);
        node.remove();
        return next;
    }

    /** Depth-first order; {@code skipChildren} moves past the element's own subtree. */
    private static Element next(Element node, boolean skipChildren) {
        if (!skipChildren && node.firstElementChild() != null) {
            return node.firstElementChild();
        }
        for (Element at = node; at != null; at = at.parent()) {
            Element sibling = at.nextElementSibling();
            if (sibling != null) {
                return sibling;
            }
        }
        return null;
    }
}
