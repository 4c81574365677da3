package dev.newsflow.ingest.source.feed;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** Resolves the links of a feed: against {@code xml:base} on the element and its ancestors, then the feed's own address. */
final class Links {

    private static final Pattern SCHEME = Pattern.compile("[A-Za-z][A-Za-z0-9+.-]*");

    private Links() {}

    /** {@code href} resolved for {@code context}, or the href as given when it cannot be resolved; null when blank. */
    static String resolve(String href, Element context, String documentBase) {
        if (href == null || href.isBlank()) {
            return null;
        }
        String base = base(context, documentBase);
        return resolve(href.strip(), base);
    }

    /** {@code href} resolved against {@code base}; the href as given when either is no URI. */
    static String resolve(String href, String base) {
        if (href == null || href.isBlank()) {
            return null;
        }
        String clean = href.strip();
        if (base == null || isAbsolute(clean)) {
            return clean;
        }
        try {
            return new URI(base.strip()).resolve(new URI(clean.replace(" ", "%20"))).toString();
        } catch (URISyntaxException | IllegalArgumentException unresolvable) {
            return clean;
        }
    }

    /** Whether {@code link} is an absolute http(s) URL, the only kind an article id can be made of. */
    static boolean isWebUrl(String link) {
        if (link == null) {
            return false;
        }
        int hostStart = link.regionMatches(true, 0, "http://", 0, 7) ? 7 : link.regionMatches(true, 0, "https://", 0, 8) ? 8 : -1;
        return hostStart > 0 && link.length() > hostStart;
    }

    private static boolean isAbsolute(String href) {
        int colon = href.indexOf(':');
        return colon > 0 && SCHEME.matcher(href).region(0, colon).matches();
    }

    /** The base URL in force at {@code element}: nested {@code xml:base} values resolve against each other. */
    static String baseOf(Element element, String documentBase) {
        return base(element, documentBase);
    }

    private static String base(Element element, String documentBase) {
        if (element == null) {
            return documentBase;
        }
        String parentBase = base(element.parent(), documentBase);
        String own = element.attr("xml:base");
        return own.isBlank() ? parentBase : resolve(own, parentBase);
    }
}
