package dev.newsflow.enrich.extract.metadata;

import java.util.ArrayList;
import java.util.Collection;
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

    /** A profile link or address in parentheses after the name. */
    private static final Pattern PARENTHESISED_CONTACT = Pattern.compile("\\s*\\([^)]*(?:://|@)[^)]*\\)");

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

    private static boolean isPersonName(String name) {
        return !name.isEmpty()
                && name.length() <= MAX_NAME_LENGTH
                && name.split(" ").length <= MAX_NAME_WORDS
                && !name.contains("://")
                && !name.contains("@")
                && name.codePoints().anyMatch(Character::isLetter);
    }
}
