package dev.newsflow.enrich.extract.html;

import org.jsoup.nodes.Element;

/**
 * Attribute values of elements parsed as HTML, looked up by their exact, lower-case names. Jsoup's
 * HTML parser lower-cases attribute names, so an exact match finds what {@link Element#attr} finds,
 * without its case-insensitive comparison of every name: extraction asks a dozen attributes of
 * every element of a page (visibility, roles, class and id for the name patterns), and those
 * comparisons were 2 % of its time.
 */
public final class ParsedAttributes {

    private ParsedAttributes() {}

    /** The value, or "" when the element has no such attribute. */
    public static String value(Element element, String lowerCaseName) {
        // attributesSize() is 0 without creating the attribute set of an element that has none.
        return element.attributesSize() == 0 ? "" : element.attributes().get(lowerCaseName);
    }

    public static boolean has(Element element, String lowerCaseName) {
        return element.attributesSize() != 0 && element.attributes().hasKey(lowerCaseName);
    }

    /** {@link Element#className()}: the class attribute, trimmed. */
    public static String className(Element element) {
        return value(element, "class").trim();
    }

    /** {@link Element#id()}. */
    public static String id(Element element) {
        return value(element, "id");
    }
}
