package dev.newsflow.enrich.extract.body.scoring;

import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Everything the {@link ArticleCleaner} weighs about one block, counted in a single walk of it (the
 * cleaner judges every div, list and table of the article, nested ones included, so separate
 * queries per measure would walk each subtree a dozen times).
 *
 * <p>Lengths count characters with each run of whitespace as one. Text inside nested textish or
 * heading elements counts once per such element, as Readability's sum over those elements does.
 */
final class BlockCensus {

    private static final Set<String> EMBED_TAGS = Set.of("object", "embed", "iframe");
    private static final Pattern VIDEO_HOSTS = Pattern.compile(
            "//(www\\.)?((dailymotion|youtube|youtube-nocookie|player\\.vimeo|v\\.qq|bilibili|live\\.bilibili)\\.com"
                    + "|(archive|upload\\.wikimedia)\\.org|player\\.twitch\\.tv)",
            Pattern.CASE_INSENSITIVE);

    int length;
    double linkLength;
    int headingLength;
    int textishLength;
    int listLength;
    int commas;
    int paragraphs;
    int images;
    int listItems;
    int inputs;
    int embeds;
    boolean hasVideo;

    static BlockCensus of(Element block) {
        BlockCensus census = new BlockCensus();
        NodeTraversor.traverse(census.new Counter(block), block);
        return census;
    }

    double linkDensity() {
        return length == 0 ? 0 : linkLength / length;
    }

    double headingDensity() {
        return length == 0 ? 0 : (double) headingLength / length;
    }

    double textDensity() {
        return length == 0 ? 0 : (double) textishLength / length;
    }

    double listShare() {
        return length == 0 ? 0 : (double) listLength / length;
    }

    private final class Counter implements NodeVisitor {

        private final Element block;
        private int headingDepth;
        private int textishDepth;
        private int listDepth;
        private double linkWeight;
        private int linkDepth;
        private boolean pendingSpace;

        Counter(Element block) {
            this.block = block;
        }

        @Override
        public void head(Node node, int depth) {
            if (node instanceof TextNode text) {
                count(text.getWholeText());
                return;
            }
            if (!(node instanceof Element element) || element == block) {
                return;
            }
            String tag = element.normalName();
            enter(tag, element, 1);
            switch (tag) {
                case "p" -> paragraphs++;
                case "img" -> images++;
                case "li" -> listItems++;
                case "input" -> inputs++;
                default -> { }
            }
            if (EMBED_TAGS.contains(tag)) {
                embeds++;
                hasVideo |= isVideo(element);
            }
        }

        @Override
        public void tail(Node node, int depth) {
            if (node instanceof Element element && element != block) {
                enter(element.normalName(), element, -1);
            }
        }

        /**
         * Heading, textish (as Readability counts them), list and link depths; one switch, as this runs
         * twice for every element of every block judged.
         */
        private void enter(String tag, Element element, int step) {
            switch (tag) {
                case "h1", "h2", "h3", "h4", "h5", "h6" -> headingDepth += step;
                case "ul", "ol" -> {
                    textishDepth += step;
                    listDepth += step;
                }
                case "span", "li", "td", "blockquote", "dl", "div", "img", "p", "pre", "table" -> textishDepth += step;
                case "a" -> {
                    linkDepth += step;
                    if (step > 0 && linkDepth == 1) {
                        linkWeight = TextLengths.linkWeight(element);
                    }
                }
                default -> { }
            }
        }

        private void count(String text) {
            int counted = 0;
            for (int i = 0; i < text.length(); i++) {
                char c = text.charAt(i);
                if (Character.isWhitespace(c) || c == '\u00A0') {
                    pendingSpace = true;
                    continue;
                }
                if (pendingSpace && length + counted > 0) {
                    counted++;
                }
                pendingSpace = false;
                counted++;
                if (TextMeasures.isComma(c)) {
                    commas++;
                }
            }
            length += counted;
            headingLength += counted * headingDepth;
            textishLength += counted * textishDepth;
            listLength += counted * listDepth;
            if (linkDepth > 0) {
                linkLength += counted * linkWeight;
            }
        }

        private boolean isVideo(Element embed) {
            for (Attribute attribute : embed.attributes()) {
                if (VIDEO_HOSTS.matcher(attribute.getValue()).find()) {
                    return true;
                }
            }
            return embed.nameIs("object") && VIDEO_HOSTS.matcher(embed.html()).find();
        }
    }
}
