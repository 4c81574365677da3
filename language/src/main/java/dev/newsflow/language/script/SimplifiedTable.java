package dev.newsflow.language.script;

import com.ibm.icu.text.Transliterator;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Traditional→Simplified Chinese from a table: the rules of ICU's {@code Traditional-Simplified}
 * transliterator (Unicode CLDR data: 4,177 rules in ICU 78, word rules such as {@code 著名 > 著名}
 * before the character rules), read out once at build time and applied here as ICU applies them: at
 * each position the first rule, in the table's order, whose source the text holds there; its target
 * is written and the text resumes after the source. The same output as the transliterator, without
 * its rule engine, which was the single largest cost of enriching a Chinese item (JFR: half of the
 * enrich stream thread). Immutable and safe to share between threads.
 */
public final class SimplifiedTable {

    /** The resource's first line: what it is, and its format's version. */
    public static final String HEADER = "newsflow traditional-to-simplified 1";

    /** One rule of the transliterator's source: {@code 于飛 > 于飞;}. */
    private static final Pattern RULE = Pattern.compile("^\\s*([^\\s>;{}|$:]+)\\s*>\\s*([^\\s>;{}|$:]*)\\s*;\\s*$");

    /** Per first code point, the rules starting with it, in the table's order. */
    private final Map<Integer, Rule[]> byFirst;

    /** @param keeps whether the target is the source: a word both standards write alike, which only shields its characters */
    private record Rule(String source, String target, boolean keeps) {

        Rule(String source, String target) {
            this(source, target, source.equals(target));
        }
    }

    private SimplifiedTable(Map<Integer, Rule[]> byFirst) {
        this.byFirst = byFirst;
    }

    /** The table from its rules, each a source and its target, in the order they apply. */
    static SimplifiedTable of(List<String[]> rules) {
        Map<Integer, List<Rule>> grouped = new HashMap<>();
        for (String[] rule : rules) {
            grouped.computeIfAbsent(rule[0].codePointAt(0), first -> new ArrayList<>()).add(new Rule(rule[0], rule[1]));
        }
        Map<Integer, Rule[]> byFirst = new HashMap<>();
        grouped.forEach((first, list) -> byFirst.put(first, list.toArray(Rule[]::new)));
        return new SimplifiedTable(byFirst);
    }

    /**
     * ICU's rules, read out of its transliterator (build time: loading them takes about a second).
     *
     * @throws IllegalStateException if a rule is not a plain {@code SOURCE > TARGET;}, which this table cannot apply
     */
    public static List<String[]> rulesFromIcu() {
        List<String[]> rules = new ArrayList<>();
        for (String line : Transliterator.getInstance(ChineseScripts.TRADITIONAL_TO_SIMPLIFIED).toRules(false).split("\n")) {
            if (line.isBlank()) {
                continue;
            }
            Matcher rule = RULE.matcher(line);
            if (!rule.matches()) {
                throw new IllegalStateException("not a plain rule, which the table cannot apply as ICU does: " + line);
            }
            rules.add(new String[] {rule.group(1), rule.group(2)});
        }
        return rules;
    }

    /** Writes {@code rules} as the resource {@link #read} reads: the header, then one {@code SOURCE<TAB>TARGET} line each. */
    public static void write(List<String[]> rules, Writer out) throws IOException {
        out.write(HEADER + "\n");
        for (String[] rule : rules) {
            out.write(rule[0] + "\t" + rule[1] + "\n");
        }
    }

    /** Reads what {@link #write} wrote. */
    public static SimplifiedTable read(InputStream in) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        String header = lines.readLine();
        if (!HEADER.equals(header)) {
            throw new IOException("not a traditional-to-simplified table of this version: " + header);
        }
        List<String[]> rules = new ArrayList<>();
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            int tab = line.indexOf('\t');
            rules.add(new String[] {line.substring(0, tab), line.substring(tab + 1)});
        }
        return of(rules);
    }

    /** {@code traditional} in Simplified characters, as ICU's {@code Traditional-Simplified} writes it. */
    public String toSimplified(String traditional) {
        StringBuilder simplified = null;
        int copiedUpTo = 0;
        for (int at = 0; at < traditional.length(); ) {
            int codePoint = traditional.codePointAt(at);
            Rule[] rules = byFirst.get(codePoint);
            Rule matched = rules == null ? null : firstMatching(rules, traditional, at);
            if (matched == null || matched.keeps()) {
                at += matched == null ? Character.charCount(codePoint) : matched.source().length();
                continue;
            }
            if (simplified == null) {
                simplified = new StringBuilder(traditional.length());
            }
            simplified.append(traditional, copiedUpTo, at).append(matched.target());
            at += matched.source().length();
            copiedUpTo = at;
        }
        return simplified == null ? traditional : simplified.append(traditional, copiedUpTo, traditional.length()).toString();
    }

    private static Rule firstMatching(Rule[] rules, String text, int at) {
        for (Rule rule : rules) {
            if (text.startsWith(rule.source(), at)) {
                return rule;
            }
        }
        return null;
    }
}
