package dev.newsflow.enrich.extract.names;

import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * A pattern matched against {@code class} and {@code id} names, remembering its answer for each
 * distinct string. Pages repeat a handful of class names on thousands of elements, and pages of one
 * site share them, while a long alternation like Readability's word lists costs a scan per word and
 * position: profiling put these matches at a third of extraction time. The memory is bounded (it
 * starts over when full) and safe to share between threads.
 *
 * <p>Ask with the attribute value itself ({@code element.className()}, {@code element.id()}), not a
 * string built from it: the value is one String for the element's life (and its clones'), whose hash
 * is computed once and which equals the remembered key by identity, while a string built per
 * question costs building, hashing and comparing each time.
 */
public final class NamePattern {

    /**
     * Distinct names remembered before starting over: a few hundred sites' worth, a few MB at most. A
     * pipeline follows many sites: the 130 pages of Readability's test suite alone hold 19,657
     * distinct class and id values, and at 8,192 the memory started over again and again (JFR put
     * the matching that followed at 2 % of extraction time).
     */
    static final int MAX_REMEMBERED = 32_768;

    private final Pattern pattern;
    private final Map<String, Boolean> answers = new ConcurrentHashMap<>();
    private final Map<String, Boolean> lowerCasedAnswers = new ConcurrentHashMap<>();
    private final boolean foundInEmpty;

    public NamePattern(Pattern pattern) {
        this.pattern = pattern;
        this.foundInEmpty = pattern.matcher("").find();
    }

    public static NamePattern compile(String regex) {
        return new NamePattern(Pattern.compile(regex));
    }

    public static NamePattern compile(String regex, int flags) {
        return new NamePattern(Pattern.compile(regex, flags));
    }

    /** Whether the pattern occurs anywhere in {@code names}, as {@link java.util.regex.Matcher#find()} says. */
    public boolean foundIn(String names) {
        return answer(answers, names, false);
    }

    /**
     * Whether the pattern occurs in {@code names} lower-cased ({@link Locale#ROOT}), remembered by
     * {@code names} as given, so that asking again about the same value lower-cases nothing.
     */
    public boolean foundInLowerCased(String names) {
        return answer(lowerCasedAnswers, names, true);
    }

    private boolean answer(Map<String, Boolean> remembered, String key, boolean lowerCased) {
        if (key.isEmpty()) {
            // Most elements have no id and many no class: no need to look that up.
            return foundInEmpty;
        }
        Boolean known = remembered.get(key);
        if (known != null) {
            return known;
        }
        boolean found = pattern.matcher(lowerCased ? key.toLowerCase(Locale.ROOT) : key).find();
        if (remembered.size() >= MAX_REMEMBERED) {
            remembered.clear();
        }
        remembered.put(key, found);
        return found;
    }

    @Override
    public String toString() {
        return pattern.pattern();
    }
}
