package dev.newsflow.enrich.extract.metadata;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns bylines and author fields as feeds and pages write them into clean person names:
 * {@code "By Jane Roe and John Doe"} → {@code [Jane Roe, John Doe]},
 * {@code "jane@example.org (Jane Roe)"} → {@code [Jane Roe]},
 * {@code "By Jane Roe March 25, 2015 3:46 PM"} → {@code [Jane Roe]},
 * {@code "Written by Jane Roe Edited by John Doe"} → {@code [Jane Roe]};
 * profile URLs, addresses and the editors, photographers and dates that share a byline are dropped.
 * A field that is written like code rather than like a byline ({@link #readsAsByline}) is dropped
 * whole: cut into pieces it would leave words that look like a name.
 */
public final class AuthorNames {

    /** RSS {@code <author>} is an e-mail address, optionally followed by the name in parentheses. */
    private static final Pattern EMAIL_WITH_NAME = Pattern.compile("^\\S+@\\S+\\s*\\((.+)\\)$");

    private static final Pattern BYLINE_PREFIX = Pattern.compile(
            "^(?:(?:written|posted|reported|story|words)\\s+by|by|von|par|por|di|door|text|作者|记者|記者)\\s*[:：]?\\s+"
                    + "|^(?:作者|记者|記者|文)\\s*[:：／/]\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Where a byline goes on to name other roles or the date: the author's name ends there. */
    private static final Pattern END_OF_AUTHORS = Pattern.compile(
            "\\s*(?:\\b(?:edited|photos?|photographs?|photography|illustrations?|graphics|video|additional reporting)\\s+by\\b"
                    + "|\\b(?:updated|published|posted)\\b|\\|"
                    + "|\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\\.?\\s+\\d"
                    + "|\\d).*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);

    /** A profile link or address in parentheses or angle brackets after the name. */
    private static final Pattern PARENTHESISED_CONTACT = Pattern.compile("\\s*(?:\\([^)]*(?:://|@)[^)]*\\)|<[^>]*(?:://|@)[^>]*>)");

    /**
     * Characters code, queries and templates are written with and bylines never are (an address or
     * a link, which may hold some, is taken out first).
     */
    private static final Pattern CODE_CHARACTERS = Pattern.compile("[=<>{}`\\\\^~$%*#]");

    /** Brackets, which must pair up in a byline, each closing one after its opening one. */
    private static final String OPENING = "([（【";
    private static final String CLOSING = ")]）】";
    /** Quotes, which come in pairs whichever way a language turns them („so“, «so», “so”). */
    private static final String DOUBLE_QUOTES = "\"“”„«»";
    private static final String SINGLE_QUOTES = "'‘’‚‹›";

    private static final Pattern SEPARATORS = Pattern.compile(
            "\\s*(?:,|;|&|、|，|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b)\\s*", Pattern.UNICODE_CHARACTER_CLASS);

    /** Longer than any person's name: a sentence that slipped into an author field. */
    private static final int MAX_NAME_LENGTH = 80;
    private static final int MAX_NAME_WORDS = 6;

    private AuthorNames() {}

    public static List<String> clean(Collection<String> rawNames) {
        Set<String> names = new LinkedHashSet<>();
        for (String raw : rawNames) {
            if (raw != null) {
                names.addAll(split(raw.replaceAll("\\s+", " ").strip()));
            }
        }
        return List.copyOf(names);
    }

    private static List<String> split(String byline) {
        List<String> names = new ArrayList<>();
        Matcher emailWithName = EMAIL_WITH_NAME.matcher(byline);
        String text = emailWithName.matches() ? emailWithName.group(1) : byline;
        text = PARENTHESISED_CONTACT.matcher(text).replaceAll("");
        if (!readsAsByline(text)) {
            return names;
        }
        text = BYLINE_PREFIX.matcher(text).replaceFirst("");
        text = END_OF_AUTHORS.matcher(text).replaceFirst("");
        for (String part : SEPARATORS.split(text)) {
            String name = part.strip();
            if (isPersonName(name)) {
                names.add(name);
            }
        }
        return names;
    }

    /**
     * Whether the text is written like a byline, not like code: none of {@link #CODE_CHARACTERS},
     * brackets that pair up, quotes that come in pairs. An apostrophe between two letters
     * (O'Brien, N’Golo) is no quote. So
     * {@code "'); DROP TABLE article_images;--"} is no byline (a quote and a bracket left open),
     * where splitting it at its semicolons made "DROP TABLE article_images" a name.
     */
    static boolean readsAsByline(String text) {
        if (CODE_CHARACTERS.matcher(text).find()) {
            return false;
        }
        Deque<Character> open = new ArrayDeque<>();
        int doubleQuotes = 0;
        int singleQuotes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (OPENING.indexOf(c) >= 0) {
                open.push(c);
            } else if (CLOSING.indexOf(c) >= 0) {
                if (open.isEmpty() || OPENING.indexOf(open.pop()) != CLOSING.indexOf(c)) {
                    return false;
                }
            } else if (DOUBLE_QUOTES.indexOf(c) >= 0) {
                doubleQuotes++;
            } else if (SINGLE_QUOTES.indexOf(c) >= 0 && !isBetweenLetters(text, i)) {
                singleQuotes++;
            }
        }
        return open.isEmpty() && doubleQuotes % 2 == 0 && singleQuotes % 2 == 0;
    }

    private static boolean isBetweenLetters(String text, int at) {
        return at > 0 && at + 1 < text.length() && Character.isLetter(text.charAt(at - 1)) && Character.isLetter(text.charAt(at + 1));
    }

    private static boolean isPersonName(String name) {
        return !name.isEmpty()
                && name.length() <= MAX_NAME_LENGTH
                && name.split(" ").length <= MAX_NAME_WORDS
                && !name.contains("://")
                && !name.contains("@")
                && name.codePoints().anyMatch(Character::isLetter);
    }
}
