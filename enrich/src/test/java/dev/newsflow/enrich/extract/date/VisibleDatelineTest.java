package dev.newsflow.enrich.extract.date;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class VisibleDatelineTest {

    private static Instant find(String body) {
        return VisibleDateline.find(Jsoup.parse("<html><body>" + body + "</body></html>"));
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
}
