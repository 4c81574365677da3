package dev.newsflow.enrich.extract.names;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A pattern matched against {@code class} and {@code id} names, remembering its answer for each
 * distinct string. Pages repeat a handful of class names on thousands of elements, and pages of one
 * site share them, while a long alternation like Readability's word lists costs a scan per word and
 * position: profiling put these matches at a third of extraction time. The memory is bounded (it
 * starts over when full) and safe to share between threads.
 */
public final class NamePattern {

    /** Distinct names remembered before starting over: a few sites' worth, a few hundred KB at most. */
    static final int MAX_REMEMBERED = 8192;

    private final Pattern pattern;
    private final Map<String, Boolean> answers = new ConcurrentHashMap<>();

    public NamePattern(Pattern pattern) {
        this.pattern = pattern;
    }

    public static NamePattern compile(String regex) {
        return new NamePattern(Pattern.compile(regex));
    }

    public static NamePattern compile(String regex, int flags) {
        return new NamePattern(Pattern.compile(regex, flags));
    }

    /** Whether the pattern occurs anywhere in {@code names}, as {@link java.util.regex.Matcher#find()} says. */
    public boolean foundIn(String names) {
        Boolean known = answers.get(names);
        if (known != null) {
            return known;
        }
        boolean found = pattern.matcher(names).find();
        if (answers.size() >= MAX_REMEMBERED) {
            answers.clear();
        }
        answers.put(names, found);
        return found;
    }

    @Override
    public String toString() {
        return pattern.pattern();
    }
}
