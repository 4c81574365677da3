package dev.newsflow.enrich.extract.date;

import dev.newsflow.core.time.DateRanking.Candidate;
import dev.newsflow.core.time.DateReader;
import dev.newsflow.core.time.WrittenDate;
import dev.newsflow.enrich.extract.html.ParsedAttributes;
import dev.newsflow.enrich.extract.provenance.Provenance;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jsoup.nodes.Element;

/**
 * The publication and modification dates a page declares in its head and microdata, ranked: JSON-LD
 * first, then OpenGraph's {@code article:*}, then the other meta families in the order date
 * extractors trust them (Dublin Core, Parse.ly, Sailthru, the ad-hoc {@code pubdate},
 * {@code publish-date}, {@code date} …), then microdata {@code itemprop="datePublished"}.
 *
 * <p>Meta names are compared with case, dots, colons, dashes and underscores ignored:
 * {@code article:published_time}, {@code article.published_time} and {@code article:published:time}
 * are one name, as are {@code publish-date}, {@code publish_date} and {@code publishdate}. Names
 * come from {@code property}, {@code name} or {@code itemprop}; each word of a many-valued one counts.
 */
public final class DeclaredDates {

    private static final int OPENGRAPH_RANK = 0;

    /** Publication date names, by trust: OpenGraph's first (rank 0), then the other families. */
    private static final Map<String, Integer> PUBLISHED = ranks(
            List.of("articlepublishedtime", "ogarticlepublishedtime", "articlepublished", "ogpublishedtime", "ogarticlepublished"),
            List.of("dcdateissued", "dctermsissued", "dcdate", "dctermsdate", "dctermscreated", "dccreated", "dcdatecreated",
                    "dcdatepublication", "parselypubdate", "sailthrudate", "datepublished", "publishdate", "publisheddate",
                    "publicationdate", "publishtime", "publishedtime", "publishedat", "pubdate", "originalpublicationdate", "articledateoriginal",
                    "citationpublicationdate", "citationdate", "cxenseparserecspublishtime", "rnewsdatepublished",
                    "shareaholicarticlepublishedtime", "mediatorpublishedtime", "btpubdate", "displaydate", "datecreated", "date"));
    private static final Map<String, Integer> MODIFIED = ranks(
            List.of("articlemodifiedtime", "ogupdatedtime", "articlemodified", "ogmodifiedtime", "ogarticlemodifiedtime",
                    "articleupdatedtime"),
            List.of("dctermsmodified", "dcdatemodified", "dcmodified", "datemodified", "lastmodified", "lastmod", "modifiedtime",
                    "updatedtime", "modified", "btmoddate"));

    private DeclaredDates() {}

    /**
     * @param metaTags           the page's {@code <meta>} tags in page order
     * @param jsonLdPublished    JSON-LD publication dates, best first
     * @param jsonLdModified     JSON-LD modification dates, best first
     * @param microdataPublished the first {@code [itemprop=datePublished]}, or null
     * @param microdataModified  the first {@code [itemprop=dateModified]}, or null
     * @param htmlLang           the {@code <html lang>} value, or null
     */
    public static PageDates of(List<Element> metaTags, List<String> jsonLdPublished, List<String> jsonLdModified,
                               Element microdataPublished, Element microdataModified, String htmlLang) {
        List<Ranked> published = new ArrayList<>();
        List<Ranked> modified = new ArrayList<>();
        String ogLocale = null;
        for (Element meta : metaTags) {
            String content = ParsedAttributes.value(meta, "content").strip();
            if (content.isEmpty()) {
                continue;
            }
            for (String attribute : new String[] {"property", "name", "itemprop"}) {
                for (String key : keys(ParsedAttributes.value(meta, attribute))) {
                    if (key.equals("oglocale") && ogLocale == null) {
                        ogLocale = content;
                    }
                    add(published, PUBLISHED.get(key), content);
                    add(modified, MODIFIED.get(key), content);
                }
            }
        }
        return new PageDates(
                candidates(jsonLdPublished, published, microdataPublished),
                candidates(jsonLdModified, modified, microdataModified),
                ogLocale,
                htmlLang == null || htmlLang.isBlank() ? null : htmlLang.strip());
    }

    private static void add(List<Ranked> dates, Integer rank, String content) {
        if (rank == null) {
            return;
        }
        WrittenDate date = DateReader.parseWhole(content);
        if (date != null) {
            dates.add(new Ranked(rank, date));
        }
    }

    private static List<Candidate<Provenance>> candidates(List<String> jsonLd, List<Ranked> meta, Element microdata) {
        List<Candidate<Provenance>> candidates = new ArrayList<>();
        for (String text : jsonLd) {
            WrittenDate date = DateReader.parseWhole(text);
            if (date != null) {
                candidates.add(new Candidate<>(date, Provenance.JSONLD));
            }
        }
        meta.stream().sorted(Comparator.comparingInt(Ranked::rank)).forEach(ranked -> candidates.add(
                new Candidate<>(ranked.date(), ranked.rank() == OPENGRAPH_RANK ? Provenance.OPENGRAPH : Provenance.META)));
        WrittenDate fromMicrodata = microdata == null ? null : DateReader.parseWhole(itemprop(microdata));
        if (fromMicrodata != null) {
            candidates.add(new Candidate<>(fromMicrodata, Provenance.META));
        }
        return candidates;
    }

    private static String itemprop(Element element) {
        for (String attribute : List.of("content", "datetime")) {
            if (element.hasAttr(attribute)) {
                return element.attr(attribute).strip();
            }
        }
        return element.text();
    }

    /**
     * The names an attribute value holds (words apart at white space), each with case and the
     * separators families differ by dropped; one pass, no regex per meta tag.
     */
    private static List<String> keys(String value) {
        List<String> keys = new ArrayList<>(1);
        StringBuilder key = new StringBuilder(value.length());
        for (int i = 0; i <= value.length(); i++) {
            char c = i == value.length() ? ' ' : value.charAt(i);
            if (Character.isWhitespace(c)) {
                if (!key.isEmpty()) {
                    keys.add(key.toString().toLowerCase(Locale.ROOT));
                    key.setLength(0);
                }
            } else if (c != '.' && c != ':' && c != '-' && c != '_') {
                key.append(c);
            }
        }
        return keys;
    }

    /** OpenGraph's names at rank 0, the others from rank 1 on, in the order given. */
    private static Map<String, Integer> ranks(List<String> openGraph, List<String> others) {
        Map<String, Integer> ranks = new HashMap<>();
        openGraph.forEach(name -> ranks.put(name, OPENGRAPH_RANK));
        for (int i = 0; i < others.size(); i++) {
            ranks.put(others.get(i), i + 1);
        }
        return Map.copyOf(ranks);
    }

    /** A meta tag's date and the trust its name earns. */
    private record Ranked(int rank, WrittenDate date) {}
}
