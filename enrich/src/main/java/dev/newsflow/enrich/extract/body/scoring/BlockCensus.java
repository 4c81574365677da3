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
 * <p>Lengths count characters with each run of whitespace as one. Text inside nested textish or
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
        NodeTraversor.filter(census.new Counter(block, measured), block);
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

    private final class Counter implements NodeFilter {

        private final Element block;
        private final Map<Element, BlockCensus> measured;
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
            if (node instanceof TextNode text) {
                count(text.getWholeText());
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
                    trailingSpace = true;
                    continue;
                }
                if (length + counted == 0) {
                    startsHere(trailingSpace, headingDepth, textishDepth, listDepth, currentLinkWeight());
                } else if (trailingSpace) {
                    counted++;
                }
                trailingSpace = false;
                counted++;
                if (TextMeasures.isComma(c)) {
                    commas++;
                }
            }
            length += counted;
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
            commas += inner.commas;
            paragraphs += inner.paragraphs;
            images += inner.images;
            listItems += inner.listItems;
            inputs += inner.inputs;
            embeds += inner.embeds;
            hasVideo |= inner.hasVideo;
            if (inner.length == 0) {
                trailingSpace |= inner.trailingSpace;
                return;
            }
            boolean spaceBefore = trailingSpace || inner.leadingSpace;
            double innerFirstLinkWeight = linkDepth > 0 ? linkWeight : inner.firstLinkWeight;
            if (length == 0) {
                startsHere(spaceBefore, headingDepth + inner.firstHeadingDepth, textishDepth + inner.firstTextishDepth,
                        listDepth + inner.firstListDepth, innerFirstLinkWeight);
            }
            int joiningSpace = spaceBefore && length > 0 ? 1 : 0;
            int counted = inner.length + joiningSpace;
            length += counted;
            headingLength += inner.headingLength + joiningSpace * inner.firstHeadingDepth + counted * headingDepth;
            textishLength += inner.textishLength + joiningSpace * inner.firstTextishDepth + counted * textishDepth;
            listLength += inner.listLength + joiningSpace * inner.firstListDepth + counted * listDepth;
            linkLength += linkDepth > 0 ? counted * linkWeight : inner.linkLength + joiningSpace * inner.firstLinkWeight;
            trailingSpace = inner.trailingSpace;
        }

        private void startsHere(boolean spaceBefore, int headings, int textish, int lists, double link) {
            leadingSpace = spaceBefore;
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
