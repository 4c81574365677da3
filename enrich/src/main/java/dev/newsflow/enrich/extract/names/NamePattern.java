package dev.newsflow.enrich.extract.names;

import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Pattern;

/**
 * A pattern matched against {@code class} and {@code id} names, remembering its answer for each
 * distinct string. Pages repeat a handful of class names on thousands of elements, and pages of one
 * site share them, while a long alternation like Readability's word lists costs a scan per word and
 * position: profiling put these matches at a third of extraction time.
 *
 * <p>All patterns remember in one place, {@link RememberedName}: extraction asks several patterns
 * about each element's class, one after the other, and separate memories per pattern made each
 * question a fresh trip to memory (JFR put those lookups at 5 % of extraction time).
 *
 * <p>Patterns are meant to be constants: a JVM holds at most {@value RememberedName#MAX_PATTERNS}.
 * Ask with the attribute value itself ({@code element.className()}, {@code element.id()}), not a
 * string built from it: the value is one String for the element's life, whose hash is computed once.
 */
public final class NamePattern {

    private static final AtomicInteger PATTERNS = new AtomicInteger();

    private final Pattern pattern;
    private final boolean lowerCasing;
    private final int slot;
    private final boolean foundInEmpty;

    private NamePattern(Pattern pattern, boolean lowerCasing) {
        this.pattern = pattern;
        this.lowerCasing = lowerCasing;
        this.slot = PATTERNS.getAndIncrement();
        if (slot >= RememberedName.MAX_PATTERNS) {
            throw new IllegalStateException("more than " + RememberedName.MAX_PATTERNS
                    + " name patterns; make them constants (this one: " + pattern + ")");
        }
        this.foundInEmpty = pattern.matcher("").find();
    }

    /** Matches names as they are, as {@link java.util.regex.Matcher#find()} does. */
    public static NamePattern compile(String regex) {
        return new NamePattern(Pattern.compile(regex), false);
    }

    public static NamePattern compile(String regex, int flags) {
        return new NamePattern(Pattern.compile(regex, flags), false);
    }

    /**
     * Matches names lower-cased ({@link Locale#ROOT}): much cheaper than matching a long alternation
     * case-insensitively, and remembered by the name as given, so asking again lower-cases nothing.
     */
    public static NamePattern lowerCasing(String regex) {
        return new NamePattern(Pattern.compile(regex), true);
    }

    /**
     * Matches any of {@code words} as a whole part of a name, whatever its case: between hyphens,
     * underscores, spaces or the name's ends, or after a lower-to-upper case change that follows three
     * lower-case letters ({@code c-ad--box}, {@code NewsletterBox}, {@code relatedArticles} hold "ad",
     * "newsletter", "articles"; {@code header}, {@code shadow} and a generated {@code n1AuAdJl} hold no
     * "ad"). A word may itself span parts ({@code "author-bio"}).
     */
    public static NamePattern ofWholeParts(String... words) {
        return new NamePattern(Pattern.compile("(?:(?<![a-zA-Z0-9])|(?<=[a-z]{3})(?=[A-Z]))(?i:" + String.join("|", words)
                + ")(?![a-z])(?!(?<=[A-Z])[A-Z])"), false);
    }

    /** Whether the pattern occurs anywhere in {@code names} (lower-cased, for a lower-casing pattern). */
    public boolean foundIn(String names) {
        if (names.isEmpty()) {
            // Most elements have no id and many no class: no need to look that up.
            return foundInEmpty;
        }
        RememberedName name = RememberedName.of(names);
        int answer = name.answer(slot);
        if (answer != RememberedName.UNKNOWN) {
            return answer == RememberedName.FOUND;
        }
        boolean found = pattern.matcher(lowerCasing ? names.toLowerCase(Locale.ROOT) : names).find();
        name.remember(slot, found);
        return found;
    }

    @Override
    public String toString() {
        return pattern.pattern();
    }
}
