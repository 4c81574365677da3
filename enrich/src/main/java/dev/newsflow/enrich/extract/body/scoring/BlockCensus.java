package dev.newsflow.enrich.extract.body.scoring;

import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Everything the {@link ArticleCleaner} weighs about one block, counted in a single walk of it (the
 * cleaner judges every div, list and table of the article, nested ones included, so separate
 * queries per measure would walk each subtree a dozen times).
 *
 * <p>Lengths are {@link CollapsedText}'s over the block. Text inside nested textish or
 * heading elements counts once per such element, as Readability's sum over those elements does.
 *
 * <p>A census can take in the census of a block nested in it instead of walking that block again
 * ({@link #of(Element, Map)}): the cleaner judges nested divs innermost first, and walking each
 * one's whole subtree again for every div around it made the census a fourteenth of extraction
 * time on deeply nested pages. For that, a census also keeps what its neighbours change about its
 * count: whether whitespace comes before its first and after its last character, and the nesting
 * around its first character (a space joining it to earlier text is counted there).
 */
final class BlockCensus {

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

    /** Whitespace came before the first character counted. */
    private boolean leadingSpace;
    /** Whitespace came after the last character counted (or, with none counted, anywhere). */
    private boolean trailingSpace;
    /** Heading, textish and list elements around the first character counted, and the weight of its link (0 outside links). */
    private int firstHeadingDepth;
    private int firstTextishDepth;
    private int firstListDepth;
    private double firstLinkWeight;

    static BlockCensus of(Element block) {
        return of(block, Map.of());
    }

    /**
     * The census of {@code block}, taking that of any element in {@code measured} found inside it
     * rather than walking it. Those censuses must still hold: their elements unchanged since.
     */
    static BlockCensus of(Element block, Map<Element, BlockCensus> measured) {
        BlockCensus census = new BlockCensus();
        Counter counter = census.new Counter(block, measured);
        NodeTraversor.filter(counter, block);
        counter.finish();
        return census;
    }

    double linkDensity() {
        return TextMeasures.share(linkLength, length);
    }

    double headingDensity() {
        return TextMeasures.share(headingLength, length);
    }

    double textDensity() {
        return TextMeasures.share(textishLength, length);
    }

    double listShare() {
        return TextMeasures.share(listLength, length);
    }

    private final class Counter implements NodeFilter {

        private final Element block;
        private final Map<Element, BlockCensus> measured;
        /** The block's text so far: its length, commas and the whitespace around it. */
        private final CollapsedText text = new CollapsedText();
        private int headingDepth;
        private int textishDepth;
        private int listDepth;
        private double linkWeight;
        private int linkDepth;

        Counter(Element block, Map<Element, BlockCensus> measured) {
            this.block = block;
            this.measured = measured;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode textNode) {
                count(textNode.getWholeText());
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element element) || element == block) {
                return FilterResult.CONTINUE;
            }
            String tag = element.normalName();
            countElement(tag, element);
            BlockCensus inner = measured.get(element);
            if (inner != null) {
                enter(tag, element, 1);
                add(inner);
                enter(tag, element, -1);
                return FilterResult.SKIP_ENTIRELY;
            }
            enter(tag, element, 1);
            return FilterResult.CONTINUE;
        }

        @Override
        public FilterResult tail(Node node, int depth) {
            if (node instanceof Element element && element != block) {
                enter(element.normalName(), element, -1);
            }
            return FilterResult.CONTINUE;
        }

        private void countElement(String tag, Element element) {
            switch (tag) {
                case "p" -> paragraphs++;
                case "img" -> images++;
                case "li" -> listItems++;
                case "input" -> inputs++;
                case "object", "embed", "iframe" -> {
                    embeds++;
                    hasVideo |= isVideo(element);
                }
                default -> { }
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
                        linkWeight = TextMeasures.linkWeight(element);
                    }
                }
                default -> { }
            }
        }

        private void count(String piece) {
            int before = text.length;
            text.read(piece);
            int counted = text.length - before;
            if (before == 0 && counted > 0) {
                startsHere(headingDepth, textishDepth, listDepth, currentLinkWeight());
            }
            headingLength += counted * headingDepth;
            textishLength += counted * textishDepth;
            listLength += counted * listDepth;
            linkLength += counted * currentLinkWeight();
        }

        /**
         * Counts a nested block from its census, as walking it would have: its characters at the depths
         * here plus its own, and the space that joins its first character to the text before.
         */
        private void add(BlockCensus inner) {
            text.commas += inner.commas;
            paragraphs += inner.paragraphs;
            images += inner.images;
            listItems += inner.listItems;
            inputs += inner.inputs;
            embeds += inner.embeds;
            hasVideo |= inner.hasVideo;
            if (inner.length == 0) {
                text.pendingSpace |= inner.trailingSpace;
                return;
            }
            boolean spaceBefore = text.pendingSpace || inner.leadingSpace;
            double innerFirstLinkWeight = linkDepth > 0 ? linkWeight : inner.firstLinkWeight;
            if (text.length == 0) {
                text.leadingSpace = spaceBefore;
                startsHere(headingDepth + inner.firstHeadingDepth, textishDepth + inner.firstTextishDepth,
                        listDepth + inner.firstListDepth, innerFirstLinkWeight);
            }
            int joiningSpace = spaceBefore && text.length > 0 ? 1 : 0;
            int counted = inner.length + joiningSpace;
            text.length += counted;
            headingLength += inner.headingLength + joiningSpace * inner.firstHeadingDepth + counted * headingDepth;
            textishLength += inner.textishLength + joiningSpace * inner.firstTextishDepth + counted * textishDepth;
            listLength += inner.listLength + joiningSpace * inner.firstListDepth + counted * listDepth;
            linkLength += linkDepth > 0 ? counted * linkWeight : inner.linkLength + joiningSpace * inner.firstLinkWeight;
            text.pendingSpace = inner.trailingSpace;
        }

        /** Keeps what the walk counted in the census. */
        void finish() {
            length = text.length;
            commas = text.commas;
            leadingSpace = text.leadingSpace;
            trailingSpace = text.pendingSpace;
        }

        private void startsHere(int headings, int textish, int lists, double link) {
            firstHeadingDepth = headings;
            firstTextishDepth = textish;
            firstListDepth = lists;
            firstLinkWeight = link;
        }

        private double currentLinkWeight() {
            return linkDepth > 0 ? linkWeight : 0;
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
