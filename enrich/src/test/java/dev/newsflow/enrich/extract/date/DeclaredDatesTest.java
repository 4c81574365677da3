package dev.newsflow.enrich.extract.date;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.core.time.DateRanking.Candidate;
import dev.newsflow.enrich.extract.provenance.Provenance;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class DeclaredDatesTest {

    private static PageDates read(String head, List<String> jsonLdPublished) {
        Document page = Jsoup.parse("<html lang='de'><head>" + head + "</head><body></body></html>");
        return DeclaredDates.of(page.getElementsByTag("meta"), jsonLdPublished, List.of(),
                page.selectFirst("[itemprop=datePublished]"), page.selectFirst("[itemprop=dateModified]"), "de");
    }

    private static List<String> sourced(List<Candidate<Provenance>> candidates) {
        return candidates.stream().map(c -> c.source().label() + " " + c.date().instant()).toList();
    }

    @Test
    void shouldRankJsonLdThenOpenGraphThenTheOtherFamilies() {
        PageDates dates = read("""
                <meta name="date" content="2024-05-01">
                <meta name="sailthru.date" content="2024-05-02T10:00:00Z">
                <meta name="DC.date.issued" content="2024-05-03T10:00:00Z">
                <meta property="article:published_time" content="2024-05-04T10:00:00Z">""", List.of("2024-05-05T10:00:00Z"));

        assertThat(sourced(dates.published())).containsExactly(
                "jsonld 2024-05-05T10:00:00Z", "opengraph 2024-05-04T10:00:00Z", "meta 2024-05-03T10:00:00Z",
                "meta 2024-05-02T10:00:00Z", "meta 2024-05-01T00:00:00Z");
    }

    @Test
    void shouldReadEverySpellingOfAName() {
        assertThat(sourced(read("<meta name=\"article:published:time\" content=\"2024-10-23T15:48:15+00:00\">", List.of()).published()))
                .containsExactly("opengraph 2024-10-23T15:48:15Z");
        assertThat(sourced(read("<meta name=\"publish_date\" content=\"3. Mai 2024\">", List.of()).published()))
                .containsExactly("meta 2024-05-03T00:00:00Z");
        assertThat(sourced(read("<meta itemprop=\"datePublished\" content=\"2024-05-03\">", List.of()).published()))
                .contains("meta 2024-05-03T00:00:00Z");
    }

    @Test
    void shouldKeepModificationDatesApart() {
        PageDates dates = read("""
                <meta property="og:updated_time" content="2024-05-04T10:00:00Z">
                <meta name="last-modified" content="2024-05-05T10:00:00Z">
                <meta name="parsely-pub-date" content="2024-05-01T10:00:00Z">""", List.of());

        assertThat(sourced(dates.published())).containsExactly("meta 2024-05-01T10:00:00Z");
        assertThat(sourced(dates.updated())).containsExactly("opengraph 2024-05-04T10:00:00Z", "meta 2024-05-05T10:00:00Z");
    }

    @Test
    void shouldKeepTheZonelessWallTimeForTheRankingToSettle() {
        PageDates dates = read("<meta property='og:locale' content='de_AT'>", List.of("2023-04-28 18:11:01.0"));

        assertThat(dates.published().get(0).date().zoneAssumed()).isTrue();
        assertThat(dates.ogLocale()).isEqualTo("de_AT");
        assertThat(dates.publishedWithTime()).isTrue();
    }

    @Test
    void shouldSkipWhatIsNoDate() {
        assertThat(read("<meta name='date' content='today'><meta name='pubdate' content=''>", List.of("soon")).published()).isEmpty();
    }
}
