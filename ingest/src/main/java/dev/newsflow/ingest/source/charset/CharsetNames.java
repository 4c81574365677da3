package dev.newsflow.ingest.source.charset;

import java.nio.charset.Charset;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Turns a declared charset label into the charset to decode with. Publishers declare the old name
 * while writing its superset (GB2312 pages hold GBK characters, "ISO-8859-1" pages hold curly
 * quotes from windows-1252, Shift_JIS pages hold Microsoft's extensions), so labels map to the
 * superset the way browsers do (WHATWG Encoding Standard).
 */
final class CharsetNames {

    private static final Map<String, String> SUPERSETS = Map.ofEntries(
            Map.entry("gb2312", "GBK"),
            Map.entry("gbk", "GBK"),
            Map.entry("x-gbk", "GBK"),
            Map.entry("euc-cn", "GBK"),
            Map.entry("iso-8859-1", "windows-1252"),
            Map.entry("latin1", "windows-1252"),
            Map.entry("us-ascii", "windows-1252"),
            Map.entry("ascii", "windows-1252"),
            Map.entry("shift_jis", "windows-31j"),
            Map.entry("shift-jis", "windows-31j"),
            Map.entry("sjis", "windows-31j"),
            Map.entry("x-sjis", "windows-31j"),
            Map.entry("euc-kr", "x-windows-949"),
            Map.entry("ks_c_5601-1987", "x-windows-949"),
            Map.entry("big5", "Big5-HKSCS"),
            Map.entry("x-big5", "Big5-HKSCS"));

    /** Charsets in which every byte sequence decodes: a clean decode proves nothing about them. */
    private static final Set<String> SINGLE_BYTE_PREFIXES = Set.of("windows-125", "iso-8859-", "koi8-", "x-mac", "ibm", "cp12");

    private CharsetNames() {}

    /** The charset for {@code label}, or null when Java knows no such charset. */
    static Charset forLabel(String label) {
        if (label == null || label.isBlank()) {
            return null;
        }
        String clean = label.trim().replace("\"", "").replace("'", "").toLowerCase(Locale.ROOT);
        String name = SUPERSETS.getOrDefault(clean, clean);
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    /** Whether {@code charset} is one of the Western Latin charsets (windows-1252 and the ISO-8859-1 it extends). */
    static boolean isLatin(Charset charset) {
        String name = charset.name().toLowerCase(Locale.ROOT);
        return name.equals("windows-1252") || name.equals("iso-8859-1") || name.equals("iso-8859-15");
    }

    static boolean isSingleByte(Charset charset) {
        String name = charset.name().toLowerCase(Locale.ROOT);
        return SINGLE_BYTE_PREFIXES.stream().anyMatch(name::startsWith);
    }
}
