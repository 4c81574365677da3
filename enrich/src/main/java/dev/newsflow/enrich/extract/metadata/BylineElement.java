package dev.newsflow.enrich.extract.metadata;

import dev.newsflow.enrich.extract.html.ParsedAttributes;
import dev.newsflow.enrich.extract.names.NamePattern;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The visible byline of a page: a short element marked as the author by {@code rel=author},
 * {@code itemprop=author} or a class or id such as "byline", "author", "dateline". Both the
 * metadata reader (the authors, when the page declares none) and the body scorer (which keeps it out
 * of the text) ask the same question.
 *
 * <p>Pages without such marks, the older Chinese ones above all, still label their byline in the
 * text: {@code 作者：茉莉}, {@code 文/王小明}, {@code （记者 李华）}, a line {@code 2005-05-07 来源：新华社
 * 作者：茉莉}, or a lone "By" or "von" before a linked name. {@link #labelledText} finds those in the
 * text nodes the metadata reader's walk passes anyway.
 */
public final class BylineElement {

    /**
     * Asked about class and id apart, as the values they are (see {@link NamePattern}): no match holds
     * a space. "authorization" and "authorise" are login boxes, not bylines.
     */
    private static final NamePattern BYLINE_NAMES = NamePattern.compile(
            "byline|author(?!i[sz])|dateline|writtenby|p-author", Pattern.CASE_INSENSITIVE);

    private static final NamePattern COMMENT = NamePattern.compile("comment", Pattern.CASE_INSENSITIVE);

    private static final Evaluator ITEMPROP_NAME = QueryParser.parse("[itemprop=name]");

    /** Longer than a byline: an author's biography box, or a whole article marked "author". */
    private static final int MAX_LENGTH = 100;

    /** A text node that is a byline label and nothing else; the name follows in the next element. */
    private static final Set<String> LONE_LABELS = Set.of(
            "by", "von", "par", "por", "door", "av", "af", "di", "by:", "von:", "autor", "autor:", "autorin:", "autorin/autor",
            "autoren:", "author:", "authors:", "text:", "作者", "作者:", "作者：", "记者", "记者:", "记者：", "記者", "記者：",
            "文/", "文／", "文：", "撰文：", "撰文:", "筆者", "この記事の筆者");

    /** How every Latin-script label of {@link #LONE_LABELS} and {@link #WESTERN_LABEL} begins, in any case. */
    private static final List<String> LABEL_OPENINGS = List.of("by", "von", "par", "por", "door", "av", "af", "di", "autor", "author", "text");

    /** A byline that starts its text node in a Western language: "By Jane Roe", "Von Anna Schmidt". */
    private static final Pattern WESTERN_LABEL = Pattern.compile("^(?:By|Von|Par|Por|Door|Av) \\p{Lu}");

    /**
     * A Chinese or Japanese author label at the start of a line or after a space or bracket: 作者：,
     * 文/, 撰文：, 记者 (with a colon or a space after it).
     */
    private static final Pattern CJK_LABEL = Pattern.compile(
            "(?:^|[\\s　（(|｜])(?:(?:本报|本報|特约|特約)?(?:记者|記者)[\\s:：]|(?:作者|撰文|撰稿|筆者)\\s*[:：]|文\\s*[/／:：])");

    /** How far into a text node a dateline line's author label is looked for. */
    private static final int CJK_LABEL_REACH = 80;
    /** Longer than a dateline line: a paragraph that happens to mention a 作者. */
    private static final int MAX_LINE_LENGTH = 150;
    private static final int MAX_WESTERN_LENGTH = 60;

    private BylineElement() {}

    public static boolean isByline(Element element) {
        if (element.attributesSize() == 0) {
            return false;
        }
        boolean marked = isMarked(element);
        // "comment-author": who wrote a reader's comment, not the article.
        if (!marked || COMMENT.foundIn(ParsedAttributes.className(element)) || COMMENT.foundIn(ParsedAttributes.id(element))) {
            return false;
        }
        int length = element.text().length();
        return length > 0 && length < MAX_LENGTH;
    }

    private static boolean isMarked(Element element) {
        return element.attributesSize() > 0
                && (ParsedAttributes.value(element, "rel").equals("author")
                        || ParsedAttributes.value(element, "itemprop").contains("author")
                        || BYLINE_NAMES.foundIn(ParsedAttributes.className(element))
                        || BYLINE_NAMES.foundIn(ParsedAttributes.id(element)));
    }

    /**
     * The byline's text; a microdata {@code itemprop=name} inside it is the name alone, and so is the
     * one element inside it marked as the author ({@code <span class=byline>Posted by<span
     * class=author>Jane Roe</span></span>}), whose label or date around it would glue to the name.
     */
    public static String text(Element byline) {
        Element name = byline.selectFirst(ITEMPROP_NAME);
        if (name != null && !name.text().isBlank()) {
            return name.text();
        }
        Element only = onlyMarkedChild(byline);
        return only != null ? text(only) : byline.text();
    }

    /** The one descendant marked as a byline, outermost, when there is exactly one; else null. */
    private static Element onlyMarkedChild(Element byline) {
        Element found = null;
        for (Element child : byline.children()) {
            Element marked = isMarked(child) && !child.text().isBlank() ? child : onlyMarkedChild(child);
            if (marked != null) {
                if (found != null) {
                    return null;
                }
                found = marked;
            }
        }
        return found;
    }

    /**
     * The byline text that a labelled text node starts or holds, or null: the node's own text when
     * the label and names are in it, its parent's when the node is the label alone.
     */
    public static String labelledText(TextNode node) {
        if (!mayLabel(node.getWholeText())) {
            return null;
        }
        String text = node.text().strip();
        if (text.isEmpty() || text.length() > MAX_LINE_LENGTH) {
            return null;
        }
        if (text.length() <= 15 && LONE_LABELS.contains(text.toLowerCase(Locale.ROOT))) {
            return parentText(node, text);
        }
        if (text.length() <= MAX_WESTERN_LENGTH && WESTERN_LABEL.matcher(text).lookingAt() && !inLinkOrHeading(node)) {
            return text;
        }
        if (mayHoldCjkLabel(text) && CJK_LABEL.matcher(text.substring(0, Math.min(text.length(), CJK_LABEL_REACH))).find()) {
            return text.endsWith("：") || text.endsWith(":") || text.endsWith("/") ? parentText(node, text) : text;
        }
        return null;
    }

    /**
     * Whether the text is a link's or a heading's: "Von Iron Man zu Doctor Doom" as a teaser's kicker
     * reads like a byline, but a byline's label is never a link or a headline.
     */
    private static boolean inLinkOrHeading(TextNode node) {
        Element parent = node.parent();
        for (int level = 0; parent != null && level < 4; level++, parent = parent.parent()) {
            String name = parent.normalName();
            if (name.equals("a") || (name.length() == 2 && name.charAt(0) == 'h' && name.charAt(1) >= '1' && name.charAt(1) <= '6')) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether a text node may hold a byline label at all, asked of its raw text: its first visible
     * characters open a Western or a lone label ({@link #LABEL_OPENINGS}), or it holds a character
     * a Chinese or Japanese label is made of. Most text nodes are the space between tags or plain
     * prose, and normalising the text of each (a new string per node) made this walk 4 % of
     * extraction time. What is skipped here is exactly what {@link TextNode#text()} and
     * {@link String#strip()} remove before the first visible character.
     */
    private static boolean mayLabel(String raw) {
        int first = 0;
        while (first < raw.length() && isSpaceOrInvisible(raw.charAt(first))) {
            first++;
        }
        if (first == raw.length()) {
            return false;
        }
        for (String opening : LABEL_OPENINGS) {
            if (raw.regionMatches(true, first, opening, 0, opening.length())) {
                return true;
            }
        }
        for (int i = first; i < raw.length(); i++) {
            if (isCjkLabelCharacter(raw.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** Java's white space (what strip removes), and what Jsoup's text() reads as a space (no-break) or drops (zero-width space, soft hyphen). */
    private static boolean isSpaceOrInvisible(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u200B' || c == '\u00AD';
    }

    private static boolean isCjkLabelCharacter(char c) {
        return c == '作' || c == '记' || c == '記' || c == '文' || c == '撰' || c == '筆';
    }

    /** A character check before the regex: most text nodes hold none of these. */
    private static boolean mayHoldCjkLabel(String text) {
        int reach = Math.min(text.length(), CJK_LABEL_REACH);
        for (int i = 0; i < reach; i++) {
            if (isCjkLabelCharacter(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    /** The text of the nearest ancestor that holds more than the label, when it is short enough for a byline. */
    private static String parentText(TextNode node, String label) {
        Element parent = node.parent();
        for (int level = 0; parent != null && level < 3; level++, parent = parent.parent()) {
            String text = parent.text().strip();
            if (text.length() >= MAX_LENGTH) {
                return null;
            }
            if (text.length() > label.length()) {
                // "on March 10, 2015 by Jane Roe": the byline starts at its label.
                int at = text.indexOf(label);
                return at > 0 ? text.substring(at) : text;
            }
        }
        return null;
    }
}
