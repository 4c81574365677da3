package dev.newsflow.ingest.source.feed;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Refuses feeds whose DOCTYPE declares the entities of an XML attack: an external entity (XXE, which
 * in a resolving parser reads local files or reaches internal hosts), a parameter entity (only of use
 * for DTD tricks), or an entity built from other entities (entity expansion, "billion laughs").
 *
 * <p>Jsoup's XML parser never resolves a DTD or expands a declared entity, so these feeds could not
 * hurt us; they are refused anyway, with a reason naming the entity, because a feed that carries one
 * is either an attack or broken, and its items would silently show {@code &xxe;} where text should be.
 * The operator learns of it from the dead letter. The public DOCTYPEs real feeds carry (Netscape's RSS
 * 0.91 DTD) and plain internal entities ({@code <!ENTITY copy "&#169;">}) pass.
 *
 * <p>The whole prolog is read, however long (padding must not hide a DOCTYPE), and nothing after it:
 * comments, processing instructions, CDATA and the junk a feed may carry before its root element (a
 * PHP warning) are stepped over, and the scan stops at the root element, so item content is never
 * read. Inside the DOCTYPE, quoted literals and comments are stepped over too, so a {@code ]} or
 * {@code >} in an entity's value does not end the subset early. Every step moves forward and nothing
 * is copied but entity names: linear in the prolog, whatever it holds.
 *
 * <p>Written by hand because no parser offers "tell me what the internal subset declares" without
 * being a DTD-processing parser, which is exactly what must not run on untrusted input.
 */
final class DoctypeGuard {

    /** Local names of feed roots, any prefix ({@code rdf:RDF}, {@code atom:feed}). */
    private static final Set<String> ROOTS = Set.of("rss", "rdf", "feed");

    private DoctypeGuard() {}

    /** Throws with the reason when the document's internal DTD subset declares an attack entity. */
    static void check(String text) throws FeedParseException {
        int doctype = prologDoctype(text);
        if (doctype >= 0) {
            new Subset(text).check(doctype + "<!DOCTYPE".length());
        }
    }

    /** Where the prolog's {@code <!DOCTYPE} starts, or -1 when the root element comes first or there is none. */
    private static int prologDoctype(String text) {
        int at = text.indexOf('<');
        while (at >= 0) {
            if (text.startsWith("<!--", at)) {
                at = next(text, after(text, "-->", at + 4));
            } else if (text.startsWith("<?", at)) {
                at = next(text, after(text, "?>", at + 2));
            } else if (text.startsWith("<![CDATA[", at)) {
                at = next(text, after(text, "]]>", at + 9));
            } else if (text.regionMatches(true, at, "<!DOCTYPE", 0, 9)) {
                return at;
            } else if (isRootStartTag(text, at + 1)) {
                return -1;
            } else {
                at = next(text, at + 1);
            }
        }
        return -1;
    }

    /** The next {@code <} from {@code from} on, or -1. */
    private static int next(String text, int from) {
        return from < 0 || from >= text.length() ? -1 : text.indexOf('<', from);
    }

    /** The position after {@code end} found from {@code from}, or -1 when it never comes. */
    private static int after(String text, String end, int from) {
        int found = text.indexOf(end, from);
        return found < 0 ? -1 : found + end.length();
    }

    /** Whether a feed root's start tag ({@code rss}, {@code rdf:RDF}, {@code atom:feed}, any case) begins at {@code at}. */
    private static boolean isRootStartTag(String text, int at) {
        int end = at;
        while (end < text.length() && isNameCharacter(text.charAt(end))) {
            end++;
        }
        if (end == at || (end < text.length() && !isTagNameEnd(text.charAt(end)))) {
            return false;
        }
        int colon = text.lastIndexOf(':', end - 1);
        int local = colon >= at ? colon + 1 : at;
        return end - local <= 4 && ROOTS.contains(text.substring(local, end).toLowerCase(Locale.ROOT));
    }

    private static boolean isNameCharacter(char c) {
        return Character.isLetterOrDigit(c) || c == ':' || c == '-' || c == '_' || c == '.';
    }

    private static boolean isTagNameEnd(char c) {
        return c == '>' || c == '/' || Character.isWhitespace(c);
    }

    /** One walk through a DOCTYPE: its external id, then the declarations of its internal subset. */
    private static final class Subset {

        private final String text;
        private final Set<String> declared = new HashSet<>();
        private int at;

        Subset(String text) {
            this.text = text;
        }

        void check(int start) throws FeedParseException {
            at = start;
            // The name and external id, up to the subset's "[" or the DOCTYPE's end.
            while (at < text.length()) {
                char c = text.charAt(at);
                if (c == '>') {
                    return;
                }
                if (c == '[') {
                    at++;
                    declarations();
                    return;
                }
                if (c == '"' || c == '\'') {
                    skipLiteral(c);
                } else {
                    at++;
                }
            }
        }

        /** Reads to the subset's closing {@code ]}; an unterminated subset is judged on what there is. */
        private void declarations() throws FeedParseException {
            while (at < text.length()) {
                char c = text.charAt(at);
                if (c == ']') {
                    return;
                }
                if (text.startsWith("<!--", at)) {
                    skipPast("-->", at + 4);
                } else if (text.startsWith("<?", at)) {
                    skipPast("?>", at + 2);
                } else if (text.startsWith("<!ENTITY", at)) {
                    entity();
                } else if (text.startsWith("<!", at)) {
                    declarationEnd(at + 2);
                } else if (c == '"' || c == '\'') {
                    skipLiteral(c);
                } else {
                    at++;
                }
            }
        }

        private void entity() throws FeedParseException {
            at += "<!ENTITY".length();
            if (!skipWhitespace()) {
                declarationEnd(at);
                return;
            }
            boolean parameter = text.charAt(at) == '%';
            if (parameter) {
                at++;
                skipWhitespace();
            }
            String name = name();
            if (parameter) {
                throw new FeedParseException("refused: the DOCTYPE declares the parameter entity '" + name
                        + "', which no feed needs and DTD attacks use");
            }
            skipWhitespace();
            for (String keyword : new String[] {"SYSTEM", "PUBLIC"}) {
                if (text.startsWith(keyword, at) && !isNameCharacterAt(at + keyword.length())) {
                    throw new FeedParseException("refused: the DOCTYPE declares the external entity '" + name + "' ("
                            + keyword + "), an XXE attempt to read files or reach other hosts");
                }
            }
            if (at < text.length() && (text.charAt(at) == '"' || text.charAt(at) == '\'')) {
                char quote = text.charAt(at);
                int valueStart = at + 1;
                int valueEnd = text.indexOf(quote, valueStart);
                checkReferences(name, valueStart, valueEnd < 0 ? text.length() : valueEnd);
                at = valueEnd < 0 ? text.length() : valueEnd + 1;
            }
            declared.add(name);
            declarationEnd(at);
        }

        /** Refuses a value that refers to an entity declared before it: the building block of entity expansion. */
        private void checkReferences(String name, int start, int end) throws FeedParseException {
            int i = start;
            while (i < end) {
                char c = text.charAt(i);
                if (c != '&' && c != '%') {
                    i++;
                    continue;
                }
                int nameEnd = i + 1;
                while (nameEnd < end && !isReferenceEnd(text.charAt(nameEnd))) {
                    nameEnd++;
                }
                if (nameEnd < end && text.charAt(nameEnd) == ';' && nameEnd > i + 1) {
                    String referenced = text.substring(i + 1, nameEnd);
                    if (declared.contains(referenced)) {
                        throw new FeedParseException("refused: the DOCTYPE declares the entity '" + name + "' built from the entity '"
                                + referenced + "', an entity-expansion (\"billion laughs\") attack");
                    }
                    nameEnd++;
                }
                i = nameEnd;
            }
        }

        private static boolean isReferenceEnd(char c) {
            return c == ';' || c == '&' || c == '%' || Character.isWhitespace(c);
        }

        /** The entity's name: up to whitespace, a quote or the declaration's end. */
        private String name() {
            int start = at;
            while (at < text.length()) {
                char c = text.charAt(at);
                if (Character.isWhitespace(c) || c == '"' || c == '\'' || c == '>') {
                    break;
                }
                at++;
            }
            return text.substring(start, at);
        }

        /** Moves past the declaration's closing {@code >}, stepping over quoted literals; stops at the subset's end. */
        private void declarationEnd(int from) {
            at = from;
            while (at < text.length()) {
                char c = text.charAt(at);
                if (c == '>') {
                    at++;
                    return;
                }
                if (c == ']') {
                    return;
                }
                if (c == '"' || c == '\'') {
                    skipLiteral(c);
                } else {
                    at++;
                }
            }
        }

        private void skipLiteral(char quote) {
            int end = text.indexOf(quote, at + 1);
            at = end < 0 ? text.length() : end + 1;
        }

        private void skipPast(String end, int from) {
            int found = text.indexOf(end, from);
            at = found < 0 ? text.length() : found + end.length();
        }

        /** Skips whitespace; whether there was any and text follows. */
        private boolean skipWhitespace() {
            int start = at;
            while (at < text.length() && Character.isWhitespace(text.charAt(at))) {
                at++;
            }
            return at > start && at < text.length();
        }

        private boolean isNameCharacterAt(int i) {
            return i < text.length() && isNameCharacter(text.charAt(i));
        }
    }
}
