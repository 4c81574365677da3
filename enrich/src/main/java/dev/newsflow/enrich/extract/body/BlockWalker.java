package dev.newsflow.enrich.extract.body;

import dev.newsflow.enrich.extract.image.Caption;
import dev.newsflow.enrich.extract.image.CaptionCredit;
import dev.newsflow.enrich.extract.image.CaptionFinder;
import dev.newsflow.enrich.extract.image.ImageProxyUnwrapper;
import dev.newsflow.enrich.extract.image.ImageSource;
import dev.newsflow.enrich.extract.link.Anchor;
import dev.newsflow.enrich.extract.url.ReferenceResolver;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.QueryParser;

/**
 * Walks the body's root in document order and cuts it into blocks, the way a reader sees it:
 * <ul>
 *   <li>paragraph-like elements ({@code p}, {@code li}, {@code blockquote}, {@code td}, …) without
 *       blocks inside are one paragraph each, links inline (a table cell is a paragraph of its own kind);</li>
 *   <li>text and inline elements that stand loose in a container ({@code <div>text<br>more</div>})
 *       are grouped into one paragraph per run between blocks;</li>
 *   <li>{@code h2}–{@code h6} and whole-bold paragraphs are headings; {@code h1} is the page title,
 *       which the metadata reader takes, and is not repeated in the body;</li>
 *   <li>each {@code <img>} is an image with the caption found after it (or in its {@code <figure>});
 *       that caption element is consumed, so its text never lands in a paragraph.</li>
 * </ul>
 * Stateless; each call keeps its own state.
 */
final class BlockWalker {

    /** Compiled once: String.split compiles its regex on every call, and this runs for every link of the body. */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final Set<String> PARAGRAPH_TAGS = Set.of(
            "p", "li", "dd", "dt", "blockquote", "pre", "td", "th", "address");
    private static final Set<String> CELL_TAGS = Set.of("td", "th");
    private static final Set<String> HEADING_TAGS = Set.of("h2", "h3", "h4", "h5", "h6");
    /** h1 is the title; a caption whose image is gone (an embed removed as boilerplate) is no body text. */
    private static final Set<String> SKIPPED_TAGS = Set.of("h1", "hr", "br", "figcaption", "caption");

    /**
     * Real articles nest a few dozen elements deep. Past this depth the walk stops recursing and
     * takes what is left as one paragraph, so that hostile markup cannot exhaust the stack.
     */
    private static final int MAX_DEPTH = 256;

    private static final Evaluator LINK = QueryParser.parse("a[href]");
    private static final Evaluator MACHINE_TIME = QueryParser.parse("time[datetime]");
    private static final Evaluator FIGCAPTION = QueryParser.parse("figcaption");
    private static final Evaluator IMG = QueryParser.parse("img");

    private final ImageProxyUnwrapper unwrapper;

    BlockWalker(ImageProxyUnwrapper unwrapper) {
        this.unwrapper = unwrapper;
    }

    List<Block> walk(Element root) {
        Walk walk = new Walk(root);
        walk.container(root, 0);
        return walk.blocks;
    }

    private final class Walk {

        private final Element root;
        private final List<Block> blocks = new ArrayList<>();
        /** Caption elements already attached to an image; Jsoup elements compare by identity here. */
        private final Set<Node> consumed = Collections.newSetFromMap(new IdentityHashMap<>());

        Walk(Element root) {
            this.root = root;
        }

        void container(Element element, int depth) {
            if (depth > MAX_DEPTH) {
                paragraph(element, element.childNodes());
                return;
            }
            List<Node> run = new ArrayList<>();
            for (Node child : element.childNodes()) {
                if (isInline(child) && !consumed.contains(child)) {
                    run.add(child);
                    continue;
                }
                looseRun(element, run);
                run.clear();
                if (child instanceof Element block && !consumed.contains(block)) {
                    block(block, depth + 1);
                }
            }
            looseRun(element, run);
        }

        private void block(Element element, int depth) {
            String tag = element.normalName();
            if (SKIPPED_TAGS.contains(tag)) {
                return;
            }
            if (tag.equals("img")) {
                image(element, CaptionFinder.captionFor(element, root));
            } else if (tag.equals("figure")) {
                figure(element);
            } else if (HEADING_TAGS.contains(tag)) {
                text(TextBlock.Kind.HEADING, element, element.childNodes());
            } else if (PARAGRAPH_TAGS.contains(tag) && !holdsBlocksOrImages(element)) {
                TextBlock.Kind kind = kindOf(element.childNodes());
                text(kind == TextBlock.Kind.PARAGRAPH && CELL_TAGS.contains(tag) ? TextBlock.Kind.CELL : kind, element,
                        element.childNodes());
            } else {
                container(element, depth);
            }
        }

        private void figure(Element figure) {
            Element caption = figure.selectFirst(FIGCAPTION);
            boolean first = true;
            for (Element img : figure.select(IMG)) {
                image(img, first ? caption : null);
                first = false;
            }
        }

        private void image(Element img, Element captionElement) {
            String source = ImageSource.of(img);
            if (source == null) {
                return;
            }
            Caption caption = Caption.NONE;
            if (captionElement != null) {
                consumed.add(captionElement);
                caption = CaptionCredit.split(captionElement);
            }
            String url = unwrapper.unwrap(source);
            blocks.add(new BodyImage(url, url.equals(source) ? null : source, caption.text(), caption.credit()));
        }

        /**
         * Inline nodes standing loose in a container make one paragraph. When they are all the container
         * holds, the container itself gives the text; otherwise a detached copy of the run does.
         */
        private void looseRun(Element parent, List<Node> run) {
            if (run.stream().allMatch(BlockWalker::isBlank)) {
                return;
            }
            if (run.size() == parent.childNodeSize()) {
                paragraph(parent, run);
                return;
            }
            // Element.text() knows how to space text around inline elements and <br>; give it a copy of the run.
            Element copy = new Element("p");
            run.forEach(node -> copy.appendChild(node.clone()));
            text(kindOf(run), copy, run);
        }

        private void paragraph(Element textSource, List<Node> nodes) {
            text(kindOf(nodes), textSource, nodes);
        }

        private void text(TextBlock.Kind kind, Element textSource, List<Node> nodes) {
            String text = textSource.text();
            String unindented = withoutIndent(text);
            if (!unindented.isEmpty()) {
                blocks.add(new TextBlock(kind, unindented, anchors(nodes), datetime(textSource, text)));
            }
        }
    }

    /**
     * Without the spaces Jsoup leaves at the ends: ideographic spaces ({@code "　　"}, how Chinese and
     * Japanese pages indent a paragraph) and no-break spaces ({@code &nbsp;&nbsp;}) are layout, not text.
     */
    private static String withoutIndent(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isSpace(text.charAt(start))) {
            start++;
        }
        while (end > start && isSpace(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end);
    }

    private static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static TextBlock.Kind kindOf(List<Node> nodes) {
        return BoldParagraphHeading.isHeading(nodes) ? TextBlock.Kind.HEADING : TextBlock.Kind.PARAGRAPH;
    }

    /** Anchors come from the original nodes, which know the page's URL to resolve against. */
    private static List<Anchor> anchors(List<Node> nodes) {
        List<Anchor> anchors = new ArrayList<>();
        for (Node node : nodes) {
            // A leaf that is no link holds none: most inline nodes are <b>, <em>, <span> around words alone.
            if (node instanceof Element element && (element.childrenSize() > 0 || element.nameIs("a"))) {
                for (Element link : element.select(LINK)) {
                    String url = absoluteHref(link);
                    if (!url.isEmpty()) {
                        anchors.add(new Anchor(url, link.text(), relTokens(link)));
                    }
                }
            }
        }
        return anchors;
    }

    private static String absoluteHref(Element link) {
        return ReferenceResolver.absolute(link, "href");
    }

    private static Set<String> relTokens(Element link) {
        String rel = link.attr("rel").strip().toLowerCase(Locale.ROOT);
        return rel.isEmpty() ? Set.of() : new LinkedHashSet<>(Arrays.asList(SPACES.split(rel)));
    }

    private static String datetime(Element textSource, String text) {
        Element time = textSource.selectFirst(MACHINE_TIME);
        return time != null && time.text().equals(text) ? time.attr("datetime") : null;
    }

    private static boolean isInline(Node node) {
        if (node instanceof TextNode) {
            return true;
        }
        return node instanceof Element element
                && !element.isBlock()
                && !element.nameIs("img")
                && !element.nameIs("br")
                && !holdsBlocksOrImages(element);
    }

    /**
     * Whether a paragraph-like or inline element has structure inside that the walk must see. Asked of
     * every inline node and paragraph, so it stops at the first such descendant and lists none.
     */
    private static boolean holdsBlocksOrImages(Element element) {
        boolean[] found = {false};
        NodeTraversor.filter(new NodeFilter() {
            @Override
            public FilterResult head(Node node, int depth) {
                if (depth > 0 && node instanceof Element descendant && (descendant.isBlock() || descendant.nameIs("img"))) {
                    found[0] = true;
                    return FilterResult.STOP;
                }
                return FilterResult.CONTINUE;
            }
        }, element);
        return found[0];
    }

    private static boolean isBlank(Node node) {
        return node instanceof TextNode text ? text.isBlank() : node instanceof Element element && element.text().isBlank();
    }
}
