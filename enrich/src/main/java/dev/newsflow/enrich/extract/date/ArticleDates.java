package dev.newsflow.enrich.extract.date;

import dev.newsflow.core.event.RawArticle;
import dev.newsflow.core.time.CountryZones;
import dev.newsflow.core.time.DateRanking.Candidate;
import dev.newsflow.core.time.DateRanking.Choice;
import dev.newsflow.core.time.DateRanking;
import dev.newsflow.core.time.WrittenDate;
import dev.newsflow.enrich.extract.provenance.Provenance;
import dev.newsflow.enrich.extract.provenance.Sourced;
import dev.newsflow.enrich.extract.url.WebAddress;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * An article's publication and update dates, chosen among every candidate ({@link DateRanking}), in
 * this order of trust: what the page declares (JSON-LD, OpenGraph, other meta tags, microdata), the
 * timestamp a feed fragment's body opens with, the feed's own timestamp, the datelines the page shows
 * ({@link VisibleDateline}), then the date in the URL's path ({@link UrlDate}). Publication and
 * update stay apart: an update date never stands in for the publication. An update date earlier
 * than the publication is dropped: it dates something else.
 *
 * @param published   the publication instant and where it came from, or null
 * @param updated     the update instant and where it came from, or null
 * @param zoneAssumed whether a chosen date has a time of day whose zone nothing named, so UTC was taken
 */
public record ArticleDates(Sourced<Instant> published, Sourced<Instant> updated, boolean zoneAssumed) {

    /** The flag an enriched article carries when {@link #zoneAssumed()}. */
    public static final String FLAG_DATE_WITHOUT_ZONE = "date-without-zone";

    /**
     * @param page          what the page declares
     * @param visible       what the page shows
     * @param bodyTimestamp the timestamp a feed fragment's body opens with, as written, or null
     * @param raw           the raw article: its feed's dates, its URL, its fetch time
     */
    public static ArticleDates choose(PageDates page, VisibleDates visible, WrittenDate bodyTimestamp, RawArticle raw) {
        List<WrittenDate> pageDates = new ArrayList<>(page.all());
        if (bodyTimestamp != null) {
            pageDates.add(bodyTimestamp);
        }
        pageDates.addAll(visible.published());
        pageDates.addAll(visible.updated());
        boolean feedZoneKnown = raw.feed().timestamp() != null
                && !raw.feed().flags().contains(RawArticle.FeedFields.FLAG_TIMESTAMP_WITHOUT_ZONE);
        DateRanking<Provenance> ranking = new DateRanking<>(raw.fetchedAt(), pageDates,
                feedZoneKnown ? raw.feed().timestamp() : null,
                CountryZones.of(page.ogLocale(), page.htmlLang(), host(raw.url())));

        List<Candidate<Provenance>> published = new ArrayList<>(page.published());
        if (bodyTimestamp != null) {
            published.add(new Candidate<>(bodyTimestamp, Provenance.BODY));
        }
        if (raw.feed().timestamp() != null) {
            published.add(new Candidate<>(feedDate(raw.feed().timestamp(), feedZoneKnown), Provenance.FEED));
        }
        visible.published().forEach(date -> published.add(new Candidate<>(date, Provenance.BODY)));
        WrittenDate fromUrl = UrlDate.of(raw.url());
        if (fromUrl != null) {
            published.add(new Candidate<>(fromUrl, Provenance.URL));
        }
        List<Candidate<Provenance>> updated = new ArrayList<>(page.updated());
        visible.updated().forEach(date -> updated.add(new Candidate<>(date, Provenance.BODY)));

        Choice<Provenance> publishedChoice = ranking.choose(published);
        Choice<Provenance> updatedChoice = ranking.choose(updated);
        if (publishedChoice != null && updatedChoice != null && updatedChoice.instant().isBefore(publishedChoice.instant())) {
            updatedChoice = null;
        }
        return new ArticleDates(sourced(publishedChoice), sourced(updatedChoice),
                (publishedChoice != null && publishedChoice.zoneAssumed()) || (updatedChoice != null && updatedChoice.zoneAssumed()));
    }

    /** The feed's instant; read as UTC wall time without zone when the feed named none, so the page's zone may settle it. */
    private static WrittenDate feedDate(Instant timestamp, boolean zoneKnown) {
        return zoneKnown ? WrittenDate.exactly(timestamp)
                : new WrittenDate(LocalDateTime.ofInstant(timestamp, ZoneOffset.UTC), null, true);
    }

    private static Sourced<Instant> sourced(Choice<Provenance> choice) {
        return choice == null ? null : new Sourced<>(choice.instant(), choice.source());
    }

    private static String host(String url) {
        WebAddress address = WebAddress.parse(url);
        return address == null ? null : address.host();
    }
}
