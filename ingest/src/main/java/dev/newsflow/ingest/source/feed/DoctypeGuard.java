package dev.newsflow.ingest.source.feed;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * <p>Written by hand because no parser offers "tell me what the internal subset declares" without
 * being a DTD-processing parser, which is exactly what must not run on untrusted input.
 */
final class DoctypeGuard {

    /** The DOCTYPE sits in the prolog; a feed never needs more than this before its root element. */
    private static final int PROLOG_WINDOW = 256 * 1024;
    private static final Pattern ENTITY = Pattern.compile(
            "<!ENTITY\\s+(%\\s+)?([^\\s\"'>]+)\\s+(?:(SYSTEM|PUBLIC)\\b|\"([^\"]*)\"|'([^']*)')");
    /** Start tags of feed roots (any prefix of {@code rdf:RDF} is enough here). */
    private static final List<String> ROOTS = List.of("rss", "rdf", "feed");
    private static final Pattern REFERENCE = Pattern.compile("[&%]([^\\s;&%]+);");

    private DoctypeGuard() {}

    /** Throws with the reason when the document's internal DTD subset declares an attack entity. */
    static void check(String text) throws FeedParseException {
        String subset = internalSubset(text);
        if (subset == null) {
            return;
        }
        Set<String> declared = new HashSet<>();
        Matcher entity = ENTITY.matcher(subset);
        while (entity.find()) {
            String name = entity.group(2);
            if (entity.group(3) != null) {
                throw new FeedParseException("refused: the DOCTYPE declares the external entity '" + name + "' ("
                        + entity.group(3) + "), an XXE attempt to read files or reach other hosts");
            }
            if (entity.group(1) != null) {
                throw new FeedParseException("refused: the DOCTYPE declares the parameter entity '" + name
                        + "', which no feed needs and DTD attacks use");
            }
            String value = entity.group(4) != null ? entity.group(4) : entity.group(5);
            Matcher reference = REFERENCE.matcher(value);
            while (reference.find()) {
                if (declared.contains(reference.group(1))) {
                    throw new FeedParseException("refused: the DOCTYPE declares the entity '" + name + "' built from the entity '"
                            + reference.group(1) + "', an entity-expansion (\"billion laughs\") attack");
                }
            }
            declared.add(name);
        }
    }

    private static boolean startsRoot(String text, int at) {
        for (String root : ROOTS) {
            if (text.regionMatches(true, at, root, 0, root.length())) {
                return true;
            }
        }
        return false;
    }

    /** The text between {@code [} and {@code ]>} of a prolog DOCTYPE, or null when there is none. */
    private static String internalSubset(String text) {
        int limit = Math.min(text.length(), PROLOG_WINDOW);
        int doctype = -1;
        // Only the prolog is searched: the scan stops at the feed's root element, so item content is never read.
        for (int at = text.indexOf('<'); at >= 0 && at < limit; at = text.indexOf('<', at + 1)) {
            if (text.regionMatches(true, at, "<!DOCTYPE", 0, 9)) {
                doctype = at;
                break;
            }
            if (startsRoot(text, at + 1)) {
                return null;
            }
        }
        if (doctype < 0) {
            return null;
        }
        int open = -1;
        for (int i = doctype; i < limit; i++) {
            char c = text.charAt(i);
            if (c == '>') {
                return null;
            }
            if (c == '[') {
                open = i;
                break;
            }
        }
        if (open < 0) {
            return null;
        }
        int close = text.indexOf(']', open);
        // An unterminated subset is judged on what there is: an attack does not get a pass by omitting "]>".
        return text.substring(open + 1, close < 0 || close > limit ? limit : close);
    }
}
