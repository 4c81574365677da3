package dev.newsflow.ingest.source.charset;

import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the charset labels a document declares: the HTTP {@code Content-Type} and the XML declaration. */
final class DeclaredCharsets {

    private static final Pattern HTTP_CHARSET = Pattern.compile("(?i);\\s*charset\\s*=\\s*[\"']?([^\"';\\s]+)");
    private static final Pattern XML_ENCODING = Pattern.compile("^\\s*<\\?xml[^>]*?encoding\\s*=\\s*[\"']([A-Za-z0-9._:-]+)[\"']");

    /** An XML declaration sits at the very start; 512 bytes hold any real one. */
    private static final int DECLARATION_WINDOW = 512;

    private DeclaredCharsets() {}

    /** The charset label of a {@code Content-Type} header, or null. */
    static String fromContentType(String contentType) {
        if (contentType == null) {
            return null;
        }
        Matcher m = HTTP_CHARSET.matcher(contentType);
        return m.find() ? m.group(1) : null;
    }

    /** The {@code encoding} of the XML declaration at {@code offset}, or null (read as ASCII, which every candidate shares). */
    static String fromXmlDeclaration(byte[] bytes, int offset) {
        int length = Math.min(DECLARATION_WINDOW, bytes.length - offset);
        String head = new String(bytes, offset, Math.max(0, length), StandardCharsets.ISO_8859_1);
        Matcher m = XML_ENCODING.matcher(head);
        return m.find() ? m.group(1) : null;
    }
}
