package dev.newsflow.enrich.extract.metadata;

import java.util.List;

/**
 * The headline inside a page's {@code <title>}, which sites dress with their name and section:
 * "Headline | Site", "Headline - Section - Site", "Site » Headline".
 */
final class TitleTag {

    /** Separators between headline and site name, with the spaces around them that set them apart from hyphenated words. */
    static final List<String> SEPARATORS = List.of(" | ", " - ", " – ", " — ", " :: ", " · ", " » ", " / ", " \\ ");

    /** Fewer words than this left after a cut: the cut took the headline, not the dressing. */
    private static final int MIN_HEADLINE_WORDS = 3;

    private TitleTag() {}

    /**
     * @param title    the {@code <title>} text
     * @param siteName the site's declared name, or null
     * @param heading  the page's first h1, or empty
     */
    static String headline(String title, String siteName, String heading) {
        if (!heading.isEmpty() && title.startsWith(heading)) {
            return heading;
        }
        String withoutSite = withoutSiteName(title, siteName);
        if (!withoutSite.equals(title)) {
            return withoutSite;
        }
        int last = lastSeparator(title);
        if (last < 0) {
            return title;
        }
        // Sites put their name last far more often than first: try cutting the last segment, then the first.
        String beforeLast = title.substring(0, last).strip();
        if (words(beforeLast) >= MIN_HEADLINE_WORDS) {
            return beforeLast;
        }
        int first = firstSeparatorEnd(title);
        String afterFirst = title.substring(first).strip();
        return words(afterFirst) >= MIN_HEADLINE_WORDS ? afterFirst : title;
    }

    /** The title without the site's name where it ends or starts with it; the title itself otherwise. */
    static String withoutSiteName(String title, String siteName) {
        if (siteName == null || siteName.isBlank()) {
            return title;
        }
        for (String separator : SEPARATORS) {
            String suffix = separator + siteName;
            if (title.endsWith(suffix) && title.length() > suffix.length()) {
                return title.substring(0, title.length() - suffix.length()).strip();
            }
            String prefix = siteName + separator;
            if (title.startsWith(prefix) && title.length() > prefix.length()) {
                return title.substring(prefix.length()).strip();
            }
        }
        return title;
    }

    private static int lastSeparator(String title) {
        int last = -1;
        for (String separator : SEPARATORS) {
            last = Math.max(last, title.lastIndexOf(separator));
        }
        return last;
    }

    private static int firstSeparatorEnd(String title) {
        int first = title.length();
        int end = title.length();
        for (String separator : SEPARATORS) {
            int at = title.indexOf(separator);
            if (at >= 0 && at < first) {
                first = at;
                end = at + separator.length();
            }
        }
        return end;
    }

    /** Words as spaces separate them; a Han or kana character counts as one, those scripts use no spaces. */
    private static int words(String text) {
        int words = 0;
        boolean inWord = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            Character.UnicodeScript script = Character.UnicodeScript.of(c);
            if (script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                    || script == Character.UnicodeScript.KATAKANA) {
                words++;
                inWord = false;
            } else if (Character.isWhitespace(c)) {
                inWord = false;
            } else if (!inWord) {
                words++;
                inWord = true;
            }
        }
        return words;
    }
}
