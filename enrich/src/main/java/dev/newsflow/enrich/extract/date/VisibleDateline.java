package dev.newsflow.enrich.extract.date;

import dev.newsflow.enrich.extract.html.ParsedAttributes;
import dev.newsflow.core.time.WrittenDate;
import dev.newsflow.core.time.WrittenDates;
import dev.newsflow.enrich.extract.names.NamePattern;
import java.time.Instant;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The publication date a page prints for readers when its metadata names none: the first
 * {@code <time>} or element marked as a date ({@code class="date"}, {@code "published"},
 * {@code "dateline"}, {@code itemprop="datePublished"} …) whose short text is a date — "May 1, 2024
 * 10:32 AM EDT", "1 May 2024 11:00 BST", "Published: 2024-05-01" — outside navigation, sidebars,
 * related-article lists and comments, where the dates are other articles'.
 *
 * <p>"Updated …" lines are skipped: they date a revision, not the publication. A date without zone
 * is read as UTC, as everywhere else in extraction.
 */
public final class VisibleDateline {

    /**
     * Class and id values that mark a date. Asked through {@link NamePattern}, which remembers its
     * answer per value: a CSS query with these regexes matched every class of every page afresh, and
     * profiling put it at a twentieth of extraction time.
     */
    private static final NamePattern DATE_CLASS = NamePattern.compile(
            "(?i)(^|[\\s_-])(date|dateline|datetime|published|pubdate|posted|post-date|timestamp)([\\s_-]|$)");
    private static final NamePattern DATE_ID = NamePattern.compile("(?i)(^|[_-])(date|published|pubdate)([_-]|$)");
    private static final Pattern DATE_ITEMPROP = Pattern.compile("(?i)^date(published|created)?$");
    /** Where dates belong to other articles or to comments. */
    private static final Pattern FOREIGN_CONTAINER = Pattern.compile(
            "(?i)(^|[\\s_-])(related|sidebar|comment|comments|teaser|promo|recommend\\w*|more-stories|most-popular|widget|footer|nav)([\\s_-]|$)");
    private static final int LONGEST_DATELINE = 100;
    private static final int ANCESTORS_CHECKED = 8;
    /** Parts of a meta line such as "By Ann Lee | May 1, 2024 | 4 min read". */
    private static final Pattern PART_SEPARATOR = Pattern.compile("\\s*[|•·—–]\\s*");
    private static final Pattern UPDATED = Pattern.compile(
            "(?i)^(last\\s+)?(updated|modified|edited|aktualisiert|mis à jour|actualizado|aggiornato)\\b.*");
    private static final Pattern LABEL = Pattern.compile(
            "(?i)^(first\\s+)?(published|posted|publication date|date|dated|released|veröffentlicht|publié|publicado|pubblicato)"
                    + "(\\s+(on|at|am|le|el|il))?\\s*:?\\s*");

    private VisibleDateline() {}

    /** The publication instant the page shows, or null. Reads only; call before the page is cut down. */
    public static Instant find(Document page) {
        // Lazily, in document order: the walk stops at the first dateline.
        return page.stream()
                .filter(VisibleDateline::isMarkedAsDate)
                .filter(candidate -> !inForeignContainer(candidate))
                .map(VisibleDateline::instantOf)
                .filter(Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    /** A {@code <time>}, or an element whose class, id or {@code itemprop} says it holds a date. */
    private static boolean isMarkedAsDate(Element element) {
        if (element.nameIs("time")) {
            return true;
        }
        if (element.attributesSize() == 0) {
            return false;
        }
        return DATE_CLASS.foundIn(ParsedAttributes.className(element))
                || DATE_ID.foundIn(ParsedAttributes.id(element))
                || (ParsedAttributes.has(element, "itemprop") && DATE_ITEMPROP.matcher(ParsedAttributes.value(element, "itemprop")).find());
    }

    private static Instant instantOf(Element candidate) {
        if (candidate.hasAttr("datetime")) {
            Instant machine = TimestampParser.parse(candidate.attr("datetime"));
            if (machine != null && !UPDATED.matcher(candidate.text()).matches()) {
                return machine;
            }
        }
        String text = candidate.text();
        if (text.isEmpty() || text.length() > LONGEST_DATELINE) {
            return null;
        }
        for (String part : PART_SEPARATOR.split(text)) {
            Instant instant = dateOf(part);
            if (instant != null) {
                return instant;
            }
        }
        return null;
    }

    /** The date one part of a dateline states, or null for an "Updated" part or one that is no date. */
    public static Instant dateOf(String part) {
        String text = part.strip();
        if (UPDATED.matcher(text).matches()) {
            return null;
        }
        Matcher label = LABEL.matcher(text);
        String date = label.lookingAt() ? text.substring(label.end()) : text;
        Instant iso = TimestampParser.parse(date);
        if (iso != null) {
            return iso;
        }
        WrittenDate written = WrittenDates.parseWhole(date);
        return written == null ? null : written.instant();
    }

    private static boolean inForeignContainer(Element element) {
        int depth = 0;
        for (Element e = element; e != null && depth < ANCESTORS_CHECKED; e = e.parent(), depth++) {
            String tag = e.normalName();
            if (tag.equals("nav") || tag.equals("aside") || tag.equals("footer")) {
                return true;
            }
            String marks = e.className() + " " + e.id();
            if (!marks.isBlank() && FOREIGN_CONTAINER.matcher(marks).find()) {
                return true;
            }
        }
        return false;
    }
}
