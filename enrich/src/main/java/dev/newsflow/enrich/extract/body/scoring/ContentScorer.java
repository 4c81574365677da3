package dev.newsflow.enrich.extract.body.scoring;

import dev.newsflow.enrich.extract.html.ParsedAttributes;
import dev.newsflow.enrich.extract.body.SemanticContentLocator;
import dev.newsflow.enrich.extract.metadata.BylineElement;
import dev.newsflow.enrich.extract.metadata.TitleSimilarity;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * One attempt at finding the article in a page, after Mozilla Readability's {@code grabArticle}:
 * <ol>
 *   <li>walk the page, dropping what is hidden, the byline, a heading that repeats the title and
 *       (when strict) elements whose class, id or role say furniture; turn divs that hold only
 *       inline content into paragraphs;</li>
 *   <li>score each paragraph by its length and commas, and credit the score to its ancestors (the
 *       parent fully, the grandparent half, farther ones less);</li>
 *   <li>discount each candidate by its link density and take the best, moving up to a common
 *       ancestor when several good candidates share one;</li>
 *   <li>gather the best candidate's siblings that score well or read like prose.</li>
 * </ol>
 * It changes the document it is given.
 */
final class ContentScorer {

    private static final Set<String> TAGS_TO_SCORE = Set.of("section", "h2", "h3", "h4", "h5", "h6", "p", "td", "pre");
    private static final Set<String> UNLIKELY_ROLES = Set.of(
            "menu", "menubar", "complementary", "navigation", "alert", "alertdialog", "dialog");
    private static final Set<String> EMPTY_REMOVABLE_TAGS = Set.of("div", "section", "header", "h1", "h2", "h3", "h4", "h5", "h6");
    static final Set<String> BLOCK_TAGS = Set.of("blockquote", "dl", "div", "img", "ol", "p", "pre", "table", "ul");
    private static final Set<String> PHRASING_TAGS = Set.of(
            "abbr", "audio", "b", "bdo", "br", "button", "cite", "code", "data", "datalist", "dfn", "em", "embed", "i",
            "img", "input", "kbd", "label", "mark", "math", "meter", "noscript", "object", "output", "progress", "q",
            "ruby", "samp", "script", "select", "small", "span", "strong", "sub", "sup", "textarea", "time", "var", "wbr");
    private static final Set<String> KEPT_SIBLING_TAGS = Set.of("div", "article", "section", "p", "ol", "ul");

    private static final SemanticContentLocator SEMANTIC = new SemanticContentLocator();
    private static final int MIN_PARAGRAPH_LENGTH = 25;
    /** A paragraph earns a point per hundred characters, up to three. */
    private static final int LENGTH_BONUS_CAP = 300;
    private static final int ANCESTOR_LEVELS = 5;
    private static final int TOP_CANDIDATES = 5;
    /** How many of the good runners-up must share an ancestor for it to replace the best candidate. */
    private static final int MIN_SHARING_CANDIDATES = 3;
    private static final double RUNNER_UP_RATIO = 0.75;
    private static final double SIBLING_SCORE_RATIO = 0.2;
    private static final int MIN_SIBLING_SCORE = 10;
    private static final int PROSE_SIBLING_LENGTH = 80;
    private static final double PROSE_LINK_DENSITY = 0.25;
    private static final double TITLE_SIMILARITY = 0.75;
    /** How far above the best candidate the wrappers of an article's parts are looked for. */
    private static final int MAX_PART_LEVELS = 3;

    private final Strictness strictness;
    private final RuleUse used;
    private final String title;
    private final Map<Element, Double> scores = new IdentityHashMap<>();
    /** The best candidate before it gave way to the wrappers around it. */
    private Element wrappedBest;
    /** Measured once the walk has reshaped the page, before scoring; scoring only reads it. */
    private TextLengths lengths;

    ContentScorer(Strictness strictness, RuleUse used, String title) {
        this.strictness = strictness;
        this.used = used;
        this.title = title;
    }

    /** A new div, attached to the page's body, holding the article. */
    Element grab(Document page) {
        List<Element> paragraphs = prepare(page.body());
        lengths = new TextLengths(page.body());
        List<Element> candidates = score(paragraphs);
        Element top = topCandidate(page, candidates);
        Element article = new Element("div");
        gatherSiblings(top, article, page.body());
        page.body().appendChild(article);
        return article;
    }

    private List<Element> prepare(Element body) {
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
            if (tag.equals("td") && hasBreakRun(node)) {
                // A layout cell whose text is set apart by blank lines, the way pages laid out in tables
                // write paragraphs: its paragraphs are scored, so the cell, not the row with the menus
                // beside it, gathers their score.
                wrapLooseInlineContent(node);
            } else if (TAGS_TO_SCORE.contains(tag)) {
                toScore.add(node);
            }
            if (tag.equals("div")) {
                wrapLooseInlineContent(node);
                Element onlyParagraph = onlyParagraph(node);
                if (onlyParagraph != null && TextMeasures.linkDensity(node) < PROSE_LINK_DENSITY) {
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
                && !TextMeasures.hasAncestor(node, "table", 3)
                && !TextMeasures.hasAncestor(node, "code", 3);
    }

    private List<Element> score(List<Element> paragraphs) {
        List<Element> candidates = new ArrayList<>();
        for (Element paragraph : paragraphs) {
            if (paragraph.parent() == null) {
                continue;
            }
            int length;
            int commas;
            if (lengths.textSurelyAsLongAs(paragraph, LENGTH_BONUS_CAP)) {
                // Most scored paragraphs are long: no need to build their text, its length counts only up to the cap.
                length = LENGTH_BONUS_CAP;
                commas = lengths.commas(paragraph);
            } else {
                String text = paragraph.text();
                length = text.length();
                commas = TextMeasures.commas(text);
            }
            if (length < MIN_PARAGRAPH_LENGTH) {
                continue;
            }
            double score = 1 + commas + Math.min(length / 100, 3);
            int level = 0;
            for (Element ancestor = paragraph.parent();
                    ancestor != null && !(ancestor instanceof Document) && level < ANCESTOR_LEVELS;
                    ancestor = ancestor.parent(), level++) {
                if (!scores.containsKey(ancestor)) {
                    scores.put(ancestor, initialScore(ancestor));
                    candidates.add(ancestor);
                }
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores.merge(ancestor, score / divider, Double::sum);
            }
        }
        for (Element candidate : candidates) {
            scores.put(candidate, scores.get(candidate) * (1 - lengths.linkDensity(candidate)));
        }
        return candidates;
    }

    private double initialScore(Element element) {
        double score = switch (element.normalName()) {
            case "div" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return score + classWeight(element);
    }

    private int classWeight(Element element) {
        return used.classWeight(strictness, element);
    }

    private Element topCandidate(Document page, List<Element> candidates) {
        List<Element> top = candidates.stream()
                .sorted((a, b) -> Double.compare(scores.get(b), scores.get(a)))
                .limit(TOP_CANDIDATES)
                .toList();
        Element body = page.body();
        if (top.isEmpty() || !isInside(top.get(0), body)) {
            // Nothing stands out (a short page or fragment): trust the page's own markup, else take the whole body.
            Element declared = SEMANTIC.locate(page);
            if (declared != body) {
                scores.computeIfAbsent(declared, this::initialScore);
                return declared;
            }
            Element all = new Element("div");
            all.appendChildren(new ArrayList<>(body.childNodes()));
            body.appendChild(all);
            scores.put(all, initialScore(all));
            return all;
        }
        Element best = top.get(0);
        best = sharedAncestorOfRunnersUp(best, top, body);
        scores.computeIfAbsent(best, this::initialScore);
        best = betterScoringParent(best, body);
        // A lone child says nothing its parent does not: take the parent, which may hold a caption or a title.
        wrappedBest = best;
        while (isInside(best.parent(), body) && best.parent().childrenSize() == 1) {
            best = best.parent();
        }
        scores.computeIfAbsent(best, this::initialScore);
        return best;
    }

    /** When three of the runners-up scoring close to the best sit in one ancestor of it, that ancestor holds the article. */
    private Element sharedAncestorOfRunnersUp(Element best, List<Element> top, Element body) {
        List<List<Element>> runnerUpAncestors = new ArrayList<>();
        for (Element candidate : top.subList(1, top.size())) {
            if (scores.get(candidate) / scores.get(best) >= RUNNER_UP_RATIO) {
                runnerUpAncestors.add(candidate.parents());
            }
        }
        if (runnerUpAncestors.size() < MIN_SHARING_CANDIDATES) {
            return best;
        }
        for (Element parent = best.parent(); isInside(parent, body); parent = parent.parent()) {
            int sharing = 0;
            for (List<Element> ancestors : runnerUpAncestors) {
                if (containsSame(ancestors, parent)) {
                    sharing++;
                }
            }
            if (sharing >= MIN_SHARING_CANDIDATES) {
                return parent;
            }
        }
        return best;
    }

    /**
     * Whether an element lies strictly inside the body: the body itself, {@code <html>} and the
     * document (a paragraph's ancestors score too) are never the article, and climbing past the body
     * would gather the document into itself.
     */
    private static boolean isInside(Element element, Element body) {
        return TextMeasures.isInside(element, body);
    }

    /** Jsoup elements are equal when their content is; an ancestor must be the very element. */
    private static boolean containsSame(List<Element> elements, Element wanted) {
        for (Element element : elements) {
            if (element == wanted) {
                return true;
            }
        }
        return false;
    }

    /** Climbs while the scores of the parents stay high: an article split over several divs. */
    private Element betterScoringParent(Element best, Element body) {
        double lastScore = scores.get(best);
        double threshold = lastScore / 3;
        for (Element parent = best.parent(); isInside(parent, body); parent = parent.parent()) {
            Double parentScore = scores.get(parent);
            if (parentScore == null) {
                continue;
            }
            if (parentScore < threshold) {
                break;
            }
            if (parentScore > lastScore) {
                return parent;
            }
            lastScore = parentScore;
        }
        return best;
    }

    private void gatherSiblings(Element best, Element article, Element body) {
        Element holder = partsHolder(best, body);
        if (holder != best) {
            // The article's parts are the holder and its twins; what else stands beside the holder is not.
            for (Element sibling : new ArrayList<>(holder.parent().children())) {
                if (sibling == holder || isTwinPart(sibling, holder)) {
                    article.appendChild(sibling);
                }
            }
            return;
        }
        double bestScore = scores.get(best);
        double threshold = Math.max(MIN_SIBLING_SCORE, bestScore * SIBLING_SCORE_RATIO);
        Element parent = best.parent();
        List<Element> siblings = parent == null ? List.of(best) : new ArrayList<>(parent.children());
        for (Element sibling : siblings) {
            if (sibling == best || belongsToArticle(sibling, best, bestScore, threshold)) {
                if (!KEPT_SIBLING_TAGS.contains(sibling.normalName())) {
                    sibling.tagName("div");
                }
                article.appendChild(sibling);
            }
        }
    }

    private boolean belongsToArticle(Element sibling, Element best, double bestScore, double threshold) {
        double bonus = !best.className().isEmpty() && sibling.className().equals(best.className()) ? bestScore * SIBLING_SCORE_RATIO : 0;
        Double score = scores.get(sibling);
        if ((score != null && score + bonus >= threshold) || isTwinPart(sibling, best)) {
            return true;
        }
        if (!sibling.nameIs("p")) {
            return false;
        }
        String text = sibling.text();
        double linkDensity = lengths.linkDensity(sibling);
        if (text.length() > PROSE_SIBLING_LENGTH) {
            return linkDensity < PROSE_LINK_DENSITY;
        }
        return !text.isEmpty() && linkDensity == 0 && endsASentence(text);
    }

    /**
     * The element whose like-named siblings hold the rest of the article: the best candidate or one of
     * its first {@value #MAX_PART_LEVELS} ancestors, the lowest that has a {@linkplain #isTwinPart twin
     * part}; else the best candidate. CMSs cut long articles into parts wrapped alike
     * ({@code div.story-v2-block} after {@code div.story-v2-block}, or ARD's {@code div.con > div.modCon >
     * div.mod > div.boxCon > div.box}, the parts one after the other), and the wrappers of the parts
     * beside the best one score little or nothing: paragraphs credit five levels of ancestors, less
     * with each, so the other parts fell below the bar for siblings, or stood beside an ancestor.
     */
    private Element partsHolder(Element best, Element body) {
        Element at = best;
        for (int level = 0; level <= MAX_PART_LEVELS && isInside(at, body); level++, at = at.parent()) {
            if (at.className().isEmpty()) {
                continue;
            }
            for (Element sibling = at.parent().firstElementChild(); sibling != null; sibling = sibling.nextElementSibling()) {
                if (isTwinPart(sibling, at)) {
                    return at;
                }
            }
        }
        return best;
    }

    /**
     * Whether a sibling is another part of the article cut like {@code part}: the same tag and class,
     * little of its text in links, and inside it the same skeleton (tags and classes) down to where the
     * best candidate stands in {@code part}, with content there that scores as a sibling of the best
     * candidate would have to. Grid classes ("row", "g6") repeat all over a page around deals boxes
     * and subscription offers; the skeleton of the article's own part does not.
     */
    private boolean isTwinPart(Element sibling, Element part) {
        if (sibling == part || !sibling.normalName().equals(part.normalName()) || !sibling.className().equals(part.className())
                || lengths.linkDensity(sibling) >= PROSE_LINK_DENSITY || (wrappedBest != part && !isInside(wrappedBest, part))) {
            return false;
        }
        Element counterpart = sibling;
        for (Element step : pathDown(part, wrappedBest)) {
            counterpart = childLike(counterpart, step);
            if (counterpart == null) {
                return false;
            }
        }
        Double wrappedScore = scores.get(wrappedBest);
        double bar = Math.max(MIN_SIBLING_SCORE, (wrappedScore == null ? 0 : wrappedScore) * SIBLING_SCORE_RATIO);
        for (Element inside : counterpart.getAllElements()) {
            Double score = scores.get(inside);
            if (score != null && score >= bar) {
                return true;
            }
        }
        return false;
    }

    /** The elements from below {@code top} down to {@code bottom}, top first; empty when they are the same. */
    private static List<Element> pathDown(Element top, Element bottom) {
        List<Element> path = new ArrayList<>();
        for (Element at = bottom; at != null && at != top; at = at.parent()) {
            path.add(0, at);
        }
        return path;
    }

    private static Element childLike(Element parent, Element model) {
        for (Element child = parent.firstElementChild(); child != null; child = child.nextElementSibling()) {
            if (child.normalName().equals(model.normalName()) && child.className().equals(model.className())) {
                return child;
            }
        }
        return null;
    }

    private static boolean endsASentence(String text) {
        return text.endsWith(".") || text.contains(". ");
    }

    /** Whether a heading repeats the page's title (its words mostly the title's): the title is a field of its own. */
    private boolean repeatsTitle(String heading) {
        return title != null && TitleSimilarity.of(heading, title) > TITLE_SIMILARITY;
    }

    /**
     * Inline content standing loose in a div beside blocks becomes paragraphs of its own, to be scored.
     * Two or more line breaks in a row end a paragraph, as Readability reads them: pages without
     * {@code <p>} (forums, old table layouts, many legacy Chinese sites) write paragraphs that way.
     */
    private static void wrapLooseInlineContent(Element div) {
        Element paragraph = null;
        for (Node child : new ArrayList<>(div.childNodes())) {
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

    /** Whether an element's own children hold a blank line: two line breaks with only white space between. */
    private static boolean hasBreakRun(Element element) {
        for (Element child = element.firstElementChild(); child != null; child = child.nextElementSibling()) {
            if (child.nameIs("br") && isBreakRun(child)) {
                return true;
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
                && element.childNodes().stream().allMatch(ContentScorer::isPhrasing);
    }

    private static boolean isWhitespace(Node node) {
        return (node instanceof TextNode text && text.isBlank()) || (node instanceof Element element && element.nameIs("br"));
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
