package dev.newsflow.enrich.extract.date;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.core.time.WrittenDate;
import java.time.Instant;
import java.time.LocalDateTime;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VisibleDatelineTest {

    private static final Instant FETCHED_AT = Instant.parse("2024-05-03T18:00:00Z");

    /** The best publication date the page shows, or null. */
    private static Instant find(String body) {
        VisibleDates dates = dates(body);
        return dates.published().isEmpty() ? null : dates.published().get(0).instant();
    }

    private static VisibleDates dates(String body) {
        return VisibleDateline.find(Jsoup.parse("<html><body>" + body + "</body></html>"), FETCHED_AT);
    }

    private static WrittenDate wall(String local) {
        return new WrittenDate(LocalDateTime.parse(local), null, true);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
            "May 1, 2024 10:32 AM EDT; 2024-05-01T14:32:00Z",
            "Published: 1 May 2024 11:00 BST; 2024-05-01T10:00:00Z",
            "Posted on May 1, 2024; 2024-05-01T00:00:00Z",
            "Veröffentlicht am 01 Mai 2024 09:15 CEST; 2024-05-01T07:15:00Z",
            "2024-05-01T09:30:00+02:00; 2024-05-01T07:30:00Z",
    })
    void shouldReadTheDatesPagesPrint(String dateline, String expected) {
        assertThat(find("<div class=\"article-date\">" + dateline + "</div><p>Text.</p>")).isEqualTo(Instant.parse(expected));
    }

    @Test
    void shouldTakeTheDatePartOfABylineLine() {
        assertThat(find("<p class=\"meta dateline\">By Ann Lee | May 1, 2024 | 4 min read</p>"))
                .isEqualTo(Instant.parse("2024-05-01T00:00:00Z"));
    }

    @Test
    void shouldReadATimeElementsDatetime() {
        assertThat(find("<header><h1>Title</h1><time datetime=\"2024-05-01T08:00:00Z\">Wednesday morning</time></header>"))
                .isEqualTo(Instant.parse("2024-05-01T08:00:00Z"));
    }

    @Test
    void shouldSkipUpdatedLinesAndTakeThePublishedOne() {
        assertThat(find("<span class=\"date\">Updated May 3, 2024</span><span class=\"date\">Published May 1, 2024</span>"))
                .isEqualTo(Instant.parse("2024-05-01T00:00:00Z"));
    }

    @Test
    void shouldIgnoreTheDatesOfOtherArticlesAndComments() {
        String page = "<aside><span class=\"date\">April 2, 2024</span></aside>"
                + "<div class=\"related-stories\"><time datetime=\"2024-04-03\">April 3</time></div>"
                + "<div id=\"comments\"><span class=\"date\">May 2, 2024</span></div><p>No date of its own.</p>";

        assertThat(find(page)).isNull();
    }

    @Test
    void shouldNotTakeLongTextThatMerelyMentionsADate() {
        assertThat(find("<p class=\"date\">On May 1, 2024 the council met to discuss the budget for the coming year, "
                + "and after a long debate it voted.</p>")).isNull();
    }

    @Test
    void shouldReadALabelledChineseDatelineWithItsSource() {
        assertThat(dates("<h1>标题</h1><div class=\"info\">发布时间：2024-05-03 14:20 来源：新华网</div><p>正文。</p>").published())
                .first().isEqualTo(wall("2024-05-03T14:20"));
    }

    @Test
    void shouldTakeTheLabelFromTheTextBeforeTheDate() {
        assertThat(find("<ul><li><strong>Datum</strong> 28.04.2023</li></ul>")).isEqualTo(Instant.parse("2023-04-28T00:00:00Z"));
        assertThat(dates("<p><span>Erstellt: </span><time datetime=\"2023-04-28 18:16\">28.04.2023, 18:16 Uhr</time></p>").published())
                .first().isEqualTo(wall("2023-04-28T18:16"));
    }

    @Test
    void shouldKeepUpdatedDatesApartFromThePublishedOne() {
        VisibleDates dates = dates("<h1>Titel</h1><p>Aktualisiert: 04.05.2024, 10:00 Uhr</p><p>Veröffentlicht: 03.05.2024</p>");

        assertThat(dates.published()).extracting(WrittenDate::instant).containsExactly(Instant.parse("2024-05-03T00:00:00Z"));
        assertThat(dates.updated()).containsExactly(wall("2024-05-04T10:00"));
    }

    @Test
    void shouldReadALineThatOpensWithADateAndTheUpdateAfterIt() {
        VisibleDates dates = dates("<span class=\"tarih\">05.04.2025 - Güncelleme : 06.04.2025</span>");

        assertThat(dates.published()).extracting(WrittenDate::instant).containsExactly(Instant.parse("2025-04-05T00:00:00Z"));
        assertThat(dates.updated()).extracting(WrittenDate::instant).containsExactly(Instant.parse("2025-04-06T00:00:00Z"));
    }

    @Test
    void shouldCountARelativeDateBackFromTheFetchTime() {
        assertThat(find("<h1>Titel</h1><span class=\"time\">vor 3 Stunden</span>")).isEqualTo(Instant.parse("2024-05-03T15:00:00Z"));
    }

    @Test
    void shouldPreferTheDateUnderTheHeadlineToTheSiteHeadersDate() {
        String page = "<div class=\"date\">2024年5月3日 星期五</div><h1>标题</h1><div>2024-04-28 09:10 来源：人民网</div><p>正文。</p>";

        assertThat(dates(page).published()).first().isEqualTo(wall("2024-04-28T09:10"));
    }

    @Test
    void shouldTakeTheTimeElementInsideAMarkedDateline() {
        assertThat(find("<span class=\"posted-on\"><time class=\"entry-date\" datetime=\"2026-01-27T12:13:17+01:00\">27. Januar 2026"
                + "</time></span>")).isEqualTo(Instant.parse("2026-01-27T11:13:17Z"));
    }
}
