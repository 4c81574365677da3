package dev.newsflow.enrich.extract.date;

import dev.newsflow.core.time.DateMatch;
import dev.newsflow.core.time.WrittenDate;
import dev.newsflow.core.time.DateReader;
import dev.newsflow.enrich.extract.html.ParsedAttributes;
import dev.newsflow.enrich.extract.names.NamePattern;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * The dates a page prints for its readers, found in one walk of the page in document order, ranked
 * as date extractors rank them (htmldate reads date-marked elements first, then {@code <time>},
 * then free text):
 * <ol>
 *   <li>a date its words label ("Published:", "Veröffentlicht am", "Erstellt:", "Datum", "发布时间：",
 *       "日期：", {@link DateLabel}), or an element that says it holds the publication date
 *       ({@code itemprop="datePublished"}, {@code <time pubdate>}, {@code class="published"},
 *       {@code "entry-date"}, {@code "pubtime"} …): the walk stops at the first;</li>
 *   <li>a {@code <time datetime>} or the short text of an element marked as a date
 *       ({@code class="date"}, {@code "dateline"}, {@code "timestamp"}, {@code "metaInfoDateTime"} …);</li>
 *   <li>a short line of text that starts with or holds a date and a time ("2004-12-27 12:40
 *       来源：新华网", "Do 25.04.24 | 14:07 Uhr | Von …");</li>
 *   <li>a short line that opens with a date or is a date and little else ("28.04.2023",
 *       "2005年5月7日", "05.04.2025 - Güncelleme: …").</li>
 * </ol>
 * Below the first rank, dates after the page's first {@code <h1>} go before those above it: above
 * the headline stand the site's header, with today's date, and its tickers. Dates labelled or
 * marked as updates ("Updated …", "Aktualisiert", "更新", {@code class="updated"}) are kept apart.
 * Navigation, sidebars, footers, related-article lists and comments are skipped whole: their dates
 * are other articles'. Relative dates ("2 hours ago", "vor 3 Stunden", "3小时前") count back from
 * the fetch time.
 */
public final class VisibleDateline {

    /**
     * Class and id values that mark a date. Asked through {@link NamePattern}, which remembers its
     * answer per value: a CSS query with these regexes matched every class of every page afresh, and
     * profiling put it at a twentieth of extraction time.
     */
    private static final NamePattern DATE_CLASS = NamePattern.compile(
            "(?i:(^|[\\s_-])(date|dateline|datetime|timestamp|time|datum|fecha|tarih|byline|subline|submitted)([\\s_-]|$))"
                    + "|[a-z]Date(Time)?([A-Z\\s_-]|$)");
    private static final NamePattern PUBLISHED_CLASS = NamePattern.compile(
            "(?i:(^|[\\s_-])(published|publish|pubdate|pub|pubtime|posted|post-date|postdate|entry-date|date-published"
                    + "|datepublished|publishdate|publish-date|publish-time|publishtime|publication-date|created)([\\s_-]|$))");
    private static final NamePattern UPDATED_CLASS = NamePattern.compile(
            "(?i:(^|[\\s_-])(updated|modified|date-modified|datemodified|last-modified|lastmod|update-time|updatetime)([\\s_-]|$))");
    private static final NamePattern DATE_ID = NamePattern.compile("(?i)(^|[_-])(date|published|pubdate|pubtime|publish_time)([_-]|$)");
    /**
     * Where dates belong to other articles or to comments; not a layout's note that it has one
     * ({@code has-sidebar}, {@code no-comments}).
     */
    private static final NamePattern FOREIGN_CONTAINER = NamePattern.compile(
            "(?i)(^|\\s|(?<!has|no|with|show|hide)[_-])(related|sidebar|comment|comments|teaser|promo|recommend\\w*|more-stories"
                    + "|most-popular|widget|footer|nav)([\\s_-]|$)");
    private static final Pattern PUBLISHED_ITEMPROP = Pattern.compile("(?i)^\\s*date(published|created)\\s*$");
    private static final Pattern UPDATED_ITEMPROP = Pattern.compile("(?i)^\\s*datemodified\\s*$");
    private static final Pattern DATE_ITEMPROP = Pattern.compile("(?i)^\\s*date\\s*$");

    /** Longer element text is a paragraph that mentions a date, not a dateline. */
    private static final int LONGEST_DATELINE = 100;
    /** Longer text is body text; a dateline with a source or a byline beside it is shorter. */
    private static final int LONGEST_LINE = 150;
    /** A line this much longer than its date says more than the date. */
    private static final int AROUND_A_DATE = 20;
    /** Dates read from one line at most: "Published …, updated …". */
    private static final int DATES_PER_LINE = 3;
    /** Parts of a meta line such as "By Ann Lee | May 1, 2024 | 4 min read". */
    private static final Pattern PART_SEPARATOR = Pattern.compile("\\s*[|•·—–]\\s*");
    /** Candidates kept per rank: enough for the choice to pass over implausible ones. */
    private static final int KEPT_PER_RANK = 3;

    private static final int LABELLED = 0;
    private static final int MARKED = 1;
    private static final int TIMED_LINE = 2;
    private static final int DATE_LINE = 3;
    /** Added to the rank of a date above the headline. */
    private static final int ABOVE_THE_HEADLINE = 10;

    private VisibleDateline() {}

    /**
     * The dates the page shows, best first; relative ones counted back from {@code fetchedAt} (now
     * when null). Reads only; call before the page is cut down.
     */
    public static VisibleDates find(Document page, Instant fetchedAt) {
        Walk walk = new Walk(fetchedAt == null ? Instant.now() : fetchedAt);
        NodeTraversor.filter(walk, page.body() == null ? page : page.body());
        return new VisibleDates(walk.ranked(walk.published), walk.ranked(walk.updated));
    }

    /** The walk's state: candidates by rank and kind, the label a text before them gave, the headline seen. */
    private static final class Walk implements NodeFilter {

        private final Instant now;
        /** By rank, then document order; below the first rank, everything above the headline after everything under it. */
        private final TreeMap<Integer, List<WrittenDate>> published = new TreeMap<>();
        private final TreeMap<Integer, List<WrittenDate>> updated = new TreeMap<>();
        /**
         * The last short line without digits, which labels the date that follows it if it is label
         * words ("Datum", "Veröffentlicht:"); read as a label only when a date does follow, since most
         * such lines are menu entries and captions (reading each was 3 % of extraction time).
         */
        private String pendingWords;
        private boolean headlineSeen;
        private boolean done;

        Walk(Instant now) {
            this.now = now;
        }

        @Override
        public FilterResult head(Node node, int depth) {
            if (node instanceof TextNode text) {
                line(text.getWholeText());
            } else if (node instanceof Element element) {
                if (element.nameIs("h1")) {
                    headlineSeen = true;
                }
                if (isForeign(element)) {
                    return FilterResult.SKIP_ENTIRELY;
                }
                if (isMarked(element) && marked(element)) {
                    return done ? FilterResult.STOP : FilterResult.SKIP_ENTIRELY;
                }
            }
            return done ? FilterResult.STOP : FilterResult.CONTINUE;
        }

        /** Reads a marked element's date; true when it had one. */
        private boolean marked(Element element) {
            DateLabel byMark = markedLabel(element);
            DateLabel label = byMark != DateLabel.NONE ? byMark : pendingLabel();
            int rank = label == DateLabel.NONE ? MARKED : LABELLED;
            String text = element.text();
            if (text.length() > LONGEST_DATELINE) {
                return false;
            }
            WrittenDate machine = machineDate(element);
            if (machine != null) {
                pendingWords = null;
                DateLabel inText = DateLabel.of(text);
                add(inText == DateLabel.UPDATED ? DateLabel.UPDATED : label, inText == DateLabel.UPDATED ? LABELLED : rank,
                        bestOf(machine, text));
                return true;
            }
            if (text.isEmpty()) {
                return false;
            }
            return dates(text, label, rank, rank, true) > 0;
        }

        /** A line of text outside marked elements: a label for what follows, or a line holding dates. */
        private void line(String whole) {
            if (whole.length() > LONGEST_LINE * 2) {
                pendingWords = null;
                return;
            }
            String text = whole.strip();
            if (text.isEmpty()) {
                return;
            }
            if (text.length() > LONGEST_LINE || !hasDigit(text)) {
                pendingWords = text.length() > LONGEST_LINE ? null : text;
                return;
            }
            dates(text, pendingLabel(), TIMED_LINE, DATE_LINE, false);
        }

        private DateLabel pendingLabel() {
            return pendingWords == null ? DateLabel.NONE : DateLabel.ofLabelOnly(pendingWords);
        }

        /**
         * Reads up to {@value #DATES_PER_LINE} dates from {@code text}, each labelled by the words
         * before it (the first also by {@code label}, from before the text); unlabelled ones go in at
         * {@code timedRank} with a time, else at {@code dayRank} when {@code anyDay} or when the
         * date opens the text or is most of it.
         */
        private int dates(String text, DateLabel label, int timedRank, int dayRank, boolean anyDay) {
            pendingWords = null;
            int found = 0;
            int from = 0;
            while (found < DATES_PER_LINE && from < text.length()) {
                DateMatch match = DateReader.find(from == 0 ? text : text.substring(from), now);
                if (match == null) {
                    break;
                }
                DateLabel words = DateLabel.of(text.substring(from, from + match.start()));
                DateLabel said = words != DateLabel.NONE ? words : (found == 0 ? label : DateLabel.NONE);
                boolean opensTheLine = from == 0 && match.start() == 0;
                boolean mostOfTheLine = text.length() <= match.end() - match.start() + AROUND_A_DATE;
                int rank = said != DateLabel.NONE ? LABELLED
                        : match.date().hasTime() ? timedRank
                        : anyDay || opensTheLine || mostOfTheLine ? dayRank : -1;
                if (rank >= 0) {
                    add(said, rank, match.date());
                    found++;
                }
                from += match.end();
            }
            return found;
        }

        private void add(DateLabel label, int rank, WrittenDate date) {
            TreeMap<Integer, List<WrittenDate>> kind = label == DateLabel.UPDATED ? updated : published;
            int key = rank != LABELLED && !headlineSeen ? ABOVE_THE_HEADLINE + rank : rank;
            List<WrittenDate> dates = kind.computeIfAbsent(key, k -> new ArrayList<>(KEPT_PER_RANK));
            if (dates.size() < KEPT_PER_RANK) {
                dates.add(date);
            }
            done |= label != DateLabel.UPDATED && rank == LABELLED;
        }

        private List<WrittenDate> ranked(TreeMap<Integer, List<WrittenDate>> byRank) {
            List<WrittenDate> ranked = new ArrayList<>();
            byRank.values().forEach(ranked::addAll);
            return ranked;
        }

        /**
         * The machine-readable date of the element ({@code datetime}, {@code content} for microdata,
         * {@code title} for {@code abbr}), else of a {@code <time>} in it: a short dateline's
         * {@code <span class="posted-on"><time datetime>}.
         */
        private static WrittenDate machineDate(Element element) {
            WrittenDate own = attributeDate(element);
            if (own != null || element.nameIs("time") || element.childrenSize() == 0) {
                return own;
            }
            for (Element time : element.getElementsByTag("time")) {
                WrittenDate date = attributeDate(time);
                if (date != null) {
                    return date;
                }
            }
            return null;
        }

        private static WrittenDate attributeDate(Element element) {
            for (String attribute : new String[] {"datetime", "content", "title"}) {
                if (ParsedAttributes.has(element, attribute)) {
                    WrittenDate date = DateReader.parseWhole(ParsedAttributes.value(element, attribute));
                    if (date != null) {
                        return date;
                    }
                }
            }
            return null;
        }

        /** The machine date, or the printed one when only it says the time of that same day. */
        private WrittenDate bestOf(WrittenDate machine, String text) {
            if (machine.hasTime() || text.isEmpty() || text.length() > LONGEST_DATELINE) {
                return machine;
            }
            DateMatch printed = DateReader.find(text, now);
            boolean sameDayWithTime = printed != null && printed.date().hasTime()
                    && printed.date().local().toLocalDate().equals(machine.local().toLocalDate());
            return sameDayWithTime ? printed.date() : machine;
        }
    }

    /**
     * The publication date a short line states and little else ("May 1, 2024 10:32 AM EDT",
     * "Published: 1 May 2024", "By Ann Lee | May 1, 2024 | 4 min read"): a part of it between
     * separators that is a date, with label words before it at most; null for an update's date or a
     * line that is no dateline.
     */
    public static WrittenDate dateOf(String line) {
        for (String part : PART_SEPARATOR.split(line.strip())) {
            DateMatch match = DateReader.find(part, null);
            if (match == null) {
                continue;
            }
            String words = part.substring(0, match.start()).strip();
            DateLabel label = words.isEmpty() ? DateLabel.NONE : DateLabel.ofLabelOnly(words);
            if (label == DateLabel.UPDATED || (!words.isEmpty() && label == DateLabel.NONE)) {
                continue;
            }
            WrittenDate whole = DateReader.parseWhole(part.substring(match.start()));
            if (whole != null) {
                return whole;
            }
        }
        return null;
    }

    /** A {@code <time>}, or an element whose class, id or {@code itemprop} says it holds a date. */
    private static boolean isMarked(Element element) {
        if (element.nameIs("time")) {
            return true;
        }
        if (element.attributesSize() == 0) {
            return false;
        }
        String className = ParsedAttributes.className(element);
        return DATE_CLASS.foundIn(className) || PUBLISHED_CLASS.foundIn(className) || UPDATED_CLASS.foundIn(className)
                || DATE_ID.foundIn(ParsedAttributes.id(element))
                || (ParsedAttributes.has(element, "itemprop") && itempropLabel(element) != null);
    }

    /** What the element's own marks say its date is: its {@code itemprop}, {@code pubdate} or class. */
    private static DateLabel markedLabel(Element element) {
        DateLabel itemprop = itempropLabel(element);
        if (itemprop != null && itemprop != DateLabel.NONE) {
            return itemprop;
        }
        if (ParsedAttributes.has(element, "pubdate")) {
            return DateLabel.PUBLISHED;
        }
        String className = ParsedAttributes.className(element);
        if (UPDATED_CLASS.foundIn(className)) {
            return DateLabel.UPDATED;
        }
        return PUBLISHED_CLASS.foundIn(className) ? DateLabel.PUBLISHED : DateLabel.NONE;
    }

    /** PUBLISHED for {@code itemprop=datePublished}, UPDATED for dateModified, NONE for "date", null for others. */
    private static DateLabel itempropLabel(Element element) {
        if (!ParsedAttributes.has(element, "itemprop")) {
            return null;
        }
        String itemprop = ParsedAttributes.value(element, "itemprop");
        if (PUBLISHED_ITEMPROP.matcher(itemprop).matches()) {
            return DateLabel.PUBLISHED;
        }
        if (UPDATED_ITEMPROP.matcher(itemprop).matches()) {
            return DateLabel.UPDATED;
        }
        return DATE_ITEMPROP.matcher(itemprop).matches() ? DateLabel.NONE : null;
    }

    /** Navigation, a sidebar, a footer, related articles, comments; never the page or the article as a whole. */
    private static boolean isForeign(Element element) {
        if (element.nameIs("nav") || element.nameIs("aside") || element.nameIs("footer")) {
            return true;
        }
        if (element.nameIs("body") || element.nameIs("main") || element.nameIs("article")) {
            return false;
        }
        return element.attributesSize() != 0
                && (FOREIGN_CONTAINER.foundIn(ParsedAttributes.className(element)) || FOREIGN_CONTAINER.foundIn(ParsedAttributes.id(element)));
    }

    private static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c >= '0' && c <= '9') || (c >= '０' && c <= '９')) {
                return true;
            }
        }
        return false;
    }
}
