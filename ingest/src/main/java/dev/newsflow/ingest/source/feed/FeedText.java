package dev.newsflow.ingest.source.feed;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;

/** The text and HTML inside feed elements, as the formats define them. */
final class FeedText {

    private FeedText() {}

    /**
     * What an element holds, as a string: its inner markup when it holds elements ("naked" HTML),
     * else its text with XML entities and CDATA resolved, which for HTML-carrying elements is the
     * escaped HTML itself. Null when the element is null or blank.
     */
    static String raw(Element element) {
        if (element == null) {
            return null;
        }
        String value = hasChildElements(element) ? element.html() : element.wholeText();
        return value.isBlank() ? null : value.strip();
    }

    /** Plain text: HTML entities decoded and markup stripped, whitespace collapsed. Null when blank. */
    static String plain(String htmlOrText) {
        if (htmlOrText == null) {
            return null;
        }
        String text;
        if (htmlOrText.indexOf('<') >= 0) {
            text = Jsoup.parseBodyFragment(htmlOrText).text();
        } else {
            // No markup: decoding entities is all that is left, without the cost of an HTML parse.
            text = collapse(hasEntity(htmlOrText) ? Parser.unescapeEntities(htmlOrText, false) : htmlOrText);
        }
        return text.isBlank() ? null : text;
    }

    /** Whitespace runs (no-break spaces too) as one space, ends stripped. */
    static String collapse(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean pendingSpace = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00a0') {
                pendingSpace = out.length() > 0;
            } else {
                if (pendingSpace) {
                    out.append(' ');
                    pendingSpace = false;
                }
                out.append(c);
            }
        }
        return out.toString();
    }

    /** Whether an element holds elements; cheaper than {@code childrenSize()}, which builds a list. */
    static boolean hasChildElements(Element element) {
        return element.firstElementChild() != null;
    }

    /** Whether {@code text} holds something like an entity ("&amp;amp;", "&amp;#8217;"): a bare '&amp;' needs no decoding. */
    private static boolean hasEntity(String text) {
        for (int at = text.indexOf('&'); at >= 0; at = text.indexOf('&', at + 1)) {
            int end = at + 1;
            while (end < text.length() && end - at <= 32 && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '#')) {
                end++;
            }
            if (end > at + 1 && end < text.length() && text.charAt(end) == ';') {
                return true;
            }
        }
        return false;
    }

    /** Plain text of an element. */
    static String plain(Element element) {
        return plain(raw(element));
    }

    /** HTML for a plain-text value, so every content field holds HTML. */
    static String escape(String text) {
        return text == null ? null : Entities.escape(text);
    }

    /**
     * An Atom text construct as HTML (RFC 4287 §3.1; Atom 0.3's {@code mode}): {@code text} is
     * escaped, {@code html} is taken as is, {@code xhtml} is the markup inside its wrapping div,
     * base64 is decoded.
     */
    static String atomHtml(Element element) {
        if (element == null) {
            return null;
        }
        String type = element.attr("type").strip().toLowerCase(Locale.ROOT);
        String mode = element.attr("mode").strip().toLowerCase(Locale.ROOT);
        if (mode.equals("base64")) {
            String decoded = base64Text(element.wholeText());
            return decoded == null ? raw(element) : decoded.isBlank() ? null : decoded;
        }
        if (type.equals("xhtml") || type.equals("application/xhtml+xml") || mode.equals("xml")) {
            Element div = element.childrenSize() == 1 && XmlNames.local(element.child(0)).equals("div") ? element.child(0) : element;
            String html = div.html();
            return html.isBlank() ? null : html.strip();
        }
        if (type.isEmpty() || type.equals("text") || type.startsWith("text/") && !type.equals("text/html")) {
            if (hasChildElements(element) && mode.isEmpty() && type.isEmpty()) {
                return raw(element);
            }
            String text = element.wholeText();
            return text.isBlank() ? null : escape(text.strip());
        }
        if (type.equals("html") || type.equals("text/html") || mode.equals("escaped")) {
            return raw(element);
        }
        if (type.endsWith("+xml") || type.endsWith("/xml")) {
            String text = hasChildElements(element) ? element.html() : element.wholeText();
            return text.isBlank() ? null : escape(text.strip());
        }
        // Any other media type is base64 (RFC 4287 §4.1.3.3); what decodes to text is taken as the
        // HTML body, and what is not base64 after all is taken as plain text.
        String text = element.wholeText().strip();
        String decoded = base64Text(text);
        if (decoded != null) {
            return decoded.isBlank() ? null : decoded;
        }
        return text.isEmpty() ? null : escape(text);
    }

    private static String base64Text(String base64) {
        try {
            // The strict decoder: the MIME one skips what is not base64, and would "decode" any text.
            byte[] bytes = Base64.getDecoder().decode(collapse(base64).replace(" ", ""));
            return StandardCharsets.UTF_8.newDecoder().decode(java.nio.ByteBuffer.wrap(bytes)).toString();
        } catch (IllegalArgumentException | java.nio.charset.CharacterCodingException notText) {
            return null;
        }
    }

    /** An Atom text construct as plain text. */
    static String atomPlain(Element element) {
        if (element == null) {
            return null;
        }
        String type = element.attr("type").strip().toLowerCase(Locale.ROOT);
        if ((type.isEmpty() || type.equals("text")) && !hasChildElements(element) && !element.attr("mode").equalsIgnoreCase("base64")) {
            String text = collapse(element.wholeText());
            return text.isEmpty() ? null : text;
        }
        return plain(atomHtml(element));
    }
}
