package dev.newsflow.ingest.source.feed;

import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * Names XML elements by vocabulary rather than by prefix: {@code dc:creator} is the Dublin Core
 * creator whatever prefix the feed bound to it. Jsoup's lenient XML parser keeps prefixes as written,
 * so the binding is looked up in the {@code xmlns} attributes of the element and its ancestors; a
 * prefix the feed forgot to declare (common: {@code content:encoded} without its namespace) is taken
 * at its conventional meaning.
 */
final class XmlNames {

    static final String ATOM = "atom";
    static final String DC = "dc";
    static final String CONTENT = "content";
    static final String MEDIA = "media";
    static final String ITUNES = "itunes";
    static final String RDF = "rdf";
    /** RSS's own elements: no namespace (0.9x / 2.0) or the RSS 1.0 / 0.90 namespace. */
    static final String RSS = "";
    static final String OTHER = "?";

    private static final Map<String, String> VOCABULARIES = Map.ofEntries(
            Map.entry("http://www.w3.org/2005/atom", ATOM),
            Map.entry("http://purl.org/atom/ns#", ATOM),
            Map.entry("http://purl.org/dc/elements/1.1/", DC),
            Map.entry("http://purl.org/dc/terms/", DC),
            Map.entry("http://purl.org/rss/1.0/modules/content/", CONTENT),
            Map.entry("http://search.yahoo.com/mrss/", MEDIA),
            Map.entry("http://search.yahoo.com/mrss", MEDIA),
            Map.entry("http://www.itunes.com/dtds/podcast-1.0.dtd", ITUNES),
            Map.entry("http://www.w3.org/1999/02/22-rdf-syntax-ns#", RDF),
            Map.entry("http://purl.org/rss/1.0/", RSS),
            Map.entry("http://my.netscape.com/rdf/simple/0.9/", RSS),
            Map.entry("http://backend.userland.com/rss2", RSS),
            Map.entry("http://backend.userland.com/rss", RSS));

    private static final Map<String, String> CONVENTIONAL_PREFIXES = Map.of(
            "atom", ATOM, "atom10", ATOM, "atom03", ATOM, "dc", DC, "dcterms", DC, "content", CONTENT, "media", MEDIA,
            "itunes", ITUNES, "rdf", RDF);

    private XmlNames() {}

    /** The element's local name, lower-cased. */
    static String local(Element element) {
        String name = element.normalName();
        int colon = name.indexOf(':');
        return colon < 0 ? name : name.substring(colon + 1);
    }

    /** The element's vocabulary: one of the constants above. */
    static String vocabulary(Element element) {
        String name = element.normalName();
        int colon = name.indexOf(':');
        String prefix = colon < 0 ? "" : name.substring(0, colon);
        String uri = namespaceUri(element, prefix);
        if (uri != null) {
            return VOCABULARIES.getOrDefault(uri.strip().toLowerCase(Locale.ROOT), OTHER);
        }
        return prefix.isEmpty() ? RSS : CONVENTIONAL_PREFIXES.getOrDefault(prefix, OTHER);
    }

    /** Whether {@code element} is {@code vocabulary}'s element {@code local}. */
    static boolean is(Element element, String vocabulary, String local) {
        return local(element).equals(local) && vocabulary(element).equals(vocabulary);
    }

    private static String namespaceUri(Element element, String prefix) {
        String attribute = prefix.isEmpty() ? "xmlns" : "xmlns:" + prefix;
        for (Element e = element; e != null; e = e.parent()) {
            if (e.hasAttr(attribute)) {
                return e.attr(attribute);
            }
        }
        return null;
    }
}
