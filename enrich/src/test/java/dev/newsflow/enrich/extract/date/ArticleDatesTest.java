package dev.newsflow.enrich.extract.date;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.core.event.RawArticle;
import dev.newsflow.core.time.DateRanking.Candidate;
import dev.newsflow.core.time.WrittenDate;
import dev.newsflow.enrich.extract.provenance.Provenance;
import dev.newsflow.enrich.extract.provenance.Sourced;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArticleDatesTest {

    private static final Instant FETCHED = Instant.parse("2024-05-03T18:00:00Z");

    private static RawArticle raw(String url, Instant feedTimestamp, List<String> feedFlags) {
        return new RawArticle(RawArticle.SCHEMA, "0123456789abcdef0123", 1, url, new RawArticle.Source("test", "page", null, "test"),
                null, new RawArticle.FeedFields(null, List.of(), List.of(), null, feedTimestamp, null, null, List.of(), feedFlags),
                "<p>x</p>", "text/html", false, 8, "0", FETCHED);
    }

    private static RawArticle page(String url) {
        return raw(url, null, List.of());
    }

    private static WrittenDate wall(String local) {
        return new WrittenDate(LocalDateTime.parse(local), null, true);
    }

    private static WrittenDate at(String local, String offset) {
        return new WrittenDate(LocalDateTime.parse(local), ZoneOffset.of(offset), true);
    }

    private static PageDates declared(List<Candidate<Provenance>> published, List<Candidate<Provenance>> updated, String ogLocale) {
        return new PageDates(published, updated, ogLocale, null);
    }

    @Test
    void shouldPreferTheDeclaredDateAndNameItsSource() {
        ArticleDates dates = ArticleDates.choose(
                declared(List.of(new Candidate<>(at("2024-05-02T10:00", "+02:00"), Provenance.OPENGRAPH)), List.of(), null),
                new VisibleDates(List.of(wall("2024-05-01T09:00")), List.of()), null,
                raw("https://news.example.org/2024/04/30/x", Instant.parse("2024-05-02T07:00:00Z"), List.of()));

        assertThat(dates.published()).isEqualTo(new Sourced<>(Instant.parse("2024-05-02T08:00:00Z"), Provenance.OPENGRAPH));
        assertThat(dates.zoneAssumed()).isFalse();
    }

    @Test
    void shouldPassOverAFutureDateForTheNextCandidate() {
        ArticleDates dates = ArticleDates.choose(
                declared(List.of(new Candidate<>(at("2031-01-01T10:00", "Z"), Provenance.JSONLD)), List.of(), null),
                VisibleDates.NONE, null, raw("https://news.example.org/x", Instant.parse("2024-05-02T07:00:00Z"), List.of()));

        assertThat(dates.published()).isEqualTo(new Sourced<>(Instant.parse("2024-05-02T07:00:00Z"), Provenance.FEED));
    }

    @Test
    void shouldSettleAZonelessDatelineByTheFeedThenTheCountry() {
        VisibleDates dateline = new VisibleDates(List.of(wall("2024-05-02T20:44")), List.of());

        assertThat(ArticleDates.choose(PageDates.NONE, dateline, null,
                raw("https://news.example.com/x", Instant.parse("2024-05-02T18:44:10Z"), List.of("timestamp-without-zone")))
                .published().value()).as("the feed ranks above the page's dateline").isEqualTo(Instant.parse("2024-05-02T18:44:10Z"));
        assertThat(ArticleDates.choose(declared(List.of(), List.of(), "de_DE"), dateline, null, page("https://news.example.com/x"))
                .published()).isEqualTo(new Sourced<>(Instant.parse("2024-05-02T18:44:00Z"), Provenance.BODY));
        assertThat(ArticleDates.choose(PageDates.NONE, dateline, null, page("https://zeitung.example.de/x")).published().value())
                .isEqualTo(Instant.parse("2024-05-02T18:44:00Z"));
    }

    @Test
    void shouldReadATimeWithoutAnyZoneHintAsUtcAndSaySo() {
        ArticleDates dates = ArticleDates.choose(PageDates.NONE, new VisibleDates(List.of(wall("2024-05-02T20:44")), List.of()), null,
                page("https://news.example.com/x"));

        assertThat(dates.published()).isEqualTo(new Sourced<>(Instant.parse("2024-05-02T20:44:00Z"), Provenance.BODY));
        assertThat(dates.zoneAssumed()).isTrue();
    }

    @Test
    void shouldKeepTheUpdateApartAndDropOneBeforeThePublication() {
        List<Candidate<Provenance>> published = List.of(new Candidate<>(at("2024-05-02T10:00", "Z"), Provenance.JSONLD));
        ArticleDates later = ArticleDates.choose(declared(published,
                List.of(new Candidate<>(at("2024-05-03T10:00", "Z"), Provenance.JSONLD)), null), VisibleDates.NONE, null, page(null));
        ArticleDates earlier = ArticleDates.choose(declared(published,
                List.of(new Candidate<>(at("2024-05-01T10:00", "Z"), Provenance.JSONLD)), null), VisibleDates.NONE, null, page(null));

        assertThat(later.published().value()).isEqualTo(Instant.parse("2024-05-02T10:00:00Z"));
        assertThat(later.updated().value()).isEqualTo(Instant.parse("2024-05-03T10:00:00Z"));
        assertThat(earlier.updated()).isNull();
    }

    @Test
    void shouldFallBackToTheDayInTheUrl() {
        assertThat(ArticleDates.choose(PageDates.NONE, VisibleDates.NONE, null, page("https://news.example.org/2024/05/01/x")).published())
                .isEqualTo(new Sourced<>(Instant.parse("2024-05-01T00:00:00Z"), Provenance.URL));
        assertThat(ArticleDates.choose(PageDates.NONE, VisibleDates.NONE, null, page("https://news.example.org/1990/05/01/x")).published())
                .isNull();
    }
}
