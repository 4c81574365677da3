package dev.newsflow.enrich.extract.metadata;

import dev.newsflow.enrich.extract.html.ParsedAttributes;
import dev.newsflow.enrich.extract.names.NamePattern;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The visible byline of a page: a short element marked as the author by {@code rel=author},
 * {@code itemprop=author} or a class or id such as "byline", "author", "dateline". Both the
 * metadata reader (the authors, when the page declares none) and the body scorer (which keeps it out
 * of the text) ask the same question.
 */
public final class BylineElement {

    /** Asked about class and id apart, as the values they are (see {@link NamePattern}): no match holds a space. */
    private static final NamePattern BYLINE_NAMES = NamePattern.compile(
            "byline|author|dateline|writtenby|p-author", Pattern.CASE_INSENSITIVE);

    private static final Evaluator ITEMPROP_NAME = QueryParser.parse("[itemprop=name]");

    /** Longer than a byline: an author's biography box, or a whole article marked "author". */
    private static final int MAX_LENGTH = 100;

    private BylineElement() {}

    public static boolean isByline(Element element) {
        if (element.attributesSize() == 0) {
            return false;
        }
        boolean marked = ParsedAttributes.value(element, "rel").equals("author")
                || ParsedAttributes.value(element, "itemprop").contains("author")
                || BYLINE_NAMES.foundIn(ParsedAttributes.className(element))
                || BYLINE_NAMES.foundIn(ParsedAttributes.id(element));
        if (!marked) {
            return false;
        }
        int length = element.text().length();
        return length > 0 && length < MAX_LENGTH;
    }

    /** The byline's text; a microdata {@code itemprop=name} inside it is the name alone. */
    public static String text(Element byline) {
        Element name = byline.selectFirst(ITEMPROP_NAME);
        return name != null && !name.text().isBlank() ? name.text() : byline.text();
    }
}
