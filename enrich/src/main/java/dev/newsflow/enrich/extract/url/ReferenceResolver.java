package dev.newsflow.enrich.extract.url;

import java.net.MalformedURLException;
import java.net.URL;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Tag;

/**
 * Resolves a URL reference the way Jsoup resolves {@code href}s (which copes with the sloppy URLs
 * real pages carry), for links and images in the body and for references found where Jsoup does not
 * look: {@code <meta content>}, JSON-LD, {@code srcset}.
 *
 * <p>The answers are Jsoup's, but not its code path: Jsoup first strips control characters from
 * both the base and the reference with a regular expression that matches the empty string at every
 * position, and parses the base again for each reference. Profiling put nine tenths of resolving
 * in that stripping, and resolving at a tenth of extraction. Here the base is parsed once, and a
 * reference without control characters (nearly all) goes straight to {@link URL}, with Jsoup's own
 * steps after it; the rare one with control characters is left to Jsoup.
 */
public final class ReferenceResolver {

    /**
     * Schemes pages link with ({@code javascript:void(0)}, inline {@code data:} images, phone links)
     * for which {@link URL} has no handler here, found out once. For each such reference URL first
     * looks for a handler class, fails, and throws; Jsoup then keeps the reference as it stands. Asked
     * hundreds of times per pass over the corpus, that cost more than resolving.
     */
    private static final List<String> SCHEMES_URL_CANNOT_HANDLE = Stream.of("javascript", "data", "tel", "sms", "whatsapp")
            .filter(scheme -> !urlHandles(scheme))
            .map(scheme -> scheme + ":")
            .toList();

    /** The base last resolved against; pages resolve hundreds of references against one base. */
    private static volatile ParsedBase lastBase = new ParsedBase("", null, null);

    private ReferenceResolver() {}

    /**
     * The absolute URL an element's attribute names, as {@link Element#absUrl} gives it, or "" when it
     * has none. Most {@code src}s and many {@code href}s are absolute already: a plain absolute
     * http(s) URL, of printable ASCII without dot segments, is what Jsoup would return anyway.
     */
    public static String absolute(Element element, String attribute) {
        if (!element.hasAttr(attribute)) {
            return "";
        }
        String reference = element.attr(attribute);
        String value = reference.strip();
        return isPlainAbsolute(value) ? value : asJsoupResolves(element.baseUri(), reference);
    }

    private static boolean isPlainAbsolute(String value) {
        String start = value.length() < 8 ? value : value.substring(0, 8).toLowerCase(Locale.ROOT);
        if (!start.startsWith("https://") && !start.startsWith("http://")) {
            return false;
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c <= ' ' || c >= 0x7f || c == '\\') {
                return false;
            }
        }
        return !value.contains("/.");
    }

    /** The absolute URL, or null when {@code reference} is blank or cannot be made absolute. */
    public static String resolve(String baseUri, String reference) {
        if (reference == null || reference.isBlank()) {
            return null;
        }
        String absolute = asJsoupResolves(baseUri == null ? "" : baseUri, reference.strip());
        return absolute.isEmpty() ? null : absolute;
    }

    /** What {@link Element#absUrl} answers for {@code reference} on an element of a page at {@code baseUri}. */
    static String asJsoupResolves(String baseUri, String reference) {
        if (hasControlCharacters(baseUri) || hasControlCharacters(reference)) {
            return new Element(Tag.valueOf("a"), baseUri).attr("href", reference).absUrl("href");
        }
        for (String scheme : SCHEMES_URL_CANNOT_HANDLE) {
            if (reference.startsWith(scheme)) {
                return reference;
            }
        }
        ParsedBase base = lastBase;
        if (!base.text().equals(baseUri)) {
            base = ParsedBase.of(baseUri);
            lastBase = base;
        }
        if (base.origin() != null && isPlainRootRelative(reference)) {
            return base.origin() + reference;
        }
        try {
            return base.url() == null ? new URL(reference).toExternalForm() : against(base.url(), reference);
        } catch (MalformedURLException e) {
            // Jsoup keeps a reference it cannot resolve when it names a scheme of its own (mailto:, data:, tel:).
            return hasScheme(reference) ? reference : "";
        }
    }

    private static boolean urlHandles(String scheme) {
        try {
            new URL(scheme, "", "");
            return true;
        } catch (MalformedURLException e) {
            return false;
        }
    }

    /**
     * Jsoup's steps after {@link URL}'s own resolution: a query-only reference keeps the base's path,
     * and dot segments that would climb above the root are dropped, as browsers do.
     */
    private static String against(URL base, String reference) throws MalformedURLException {
        URL resolved = new URL(base, reference.startsWith("?") ? base.getPath() + reference : reference);
        String file = withoutLeadingDotSegments(resolved.getFile());
        if (resolved.getRef() != null) {
            file = file + "#" + resolved.getRef();
        }
        return new URL(resolved.getProtocol(), resolved.getHost(), resolved.getPort(), file).toExternalForm();
    }

    /**
     * A path from the site's root ({@code /a/b?c#d}) of printable ASCII without dot segments: {@link URL}
     * keeps it as it stands after the base's scheme, host and port, and Jsoup's steps change nothing.
     */
    private static boolean isPlainRootRelative(String reference) {
        if (reference.length() < 2 || reference.charAt(0) != '/' || reference.charAt(1) == '/') {
            return false;
        }
        for (int i = 0; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (c <= ' ' || c >= 0x7f || c == '\\') {
                return false;
            }
        }
        return !reference.contains("/.");
    }

    /** {@code /../../a} and {@code /./a} become {@code /a}. */
    private static String withoutLeadingDotSegments(String file) {
        if (!file.startsWith("/")) {
            return file;
        }
        int at = 1;
        while (true) {
            if (file.startsWith("../", at)) {
                at += 3;
            } else if (file.startsWith("./", at)) {
                at += 2;
            } else {
                break;
            }
        }
        return at == 1 ? file : "/" + file.substring(at);
    }

    private static boolean hasControlCharacters(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) < 0x20) {
                return true;
            }
        }
        return false;
    }

    /** A letter, then letters, digits and {@code + , - .}, then a colon: Jsoup's test for a URI scheme. */
    private static boolean hasScheme(String reference) {
        if (reference.isEmpty() || !isAsciiLetter(reference.charAt(0))) {
            return false;
        }
        for (int i = 1; i < reference.length(); i++) {
            char c = reference.charAt(i);
            if (c == ':') {
                return true;
            }
            if (!isAsciiLetter(c) && !(c >= '0' && c <= '9') && !(c >= '+' && c <= '.')) {
                return false;
            }
        }
        return false;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    /**
     * A base URI and its parse; {@code url} is null when the base is no URL (a fragment without a page).
     * {@code origin} is what a root-relative reference is appended to: scheme, host and port as Jsoup
     * writes them back (without user info), for a plain http(s) base; else null.
     */
    private record ParsedBase(String text, URL url, String origin) {

        static ParsedBase of(String text) {
            try {
                URL url = new URL(text);
                return new ParsedBase(text, url, originOf(url));
            } catch (MalformedURLException e) {
                return new ParsedBase(text, null, null);
            }
        }

        private static String originOf(URL url) {
            String protocol = url.getProtocol();
            String host = url.getHost();
            if (!(protocol.equals("http") || protocol.equals("https")) || host.isEmpty() || url.getUserInfo() != null
                    || !isPlainHost(host)) {
                return null;
            }
            return protocol + "://" + host + (url.getPort() == -1 ? "" : ":" + url.getPort());
        }

        private static boolean isPlainHost(String host) {
            for (int i = 0; i < host.length(); i++) {
                char c = host.charAt(i);
                if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '.' || c == '-')) {
                    return false;
                }
            }
            return true;
        }
    }
}
