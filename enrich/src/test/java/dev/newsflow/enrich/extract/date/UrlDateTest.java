package dev.newsflow.enrich.extract.date;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.core.time.WrittenDate;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class UrlDateTest {

    @ParameterizedTest
    @CsvSource({
            "https://www.theguardian.com/world/2024/may/01/x, ",
            "https://news.example.org/2024/05/01/budget-vote, 2024-05-01T00:00:00Z",
            "https://news.example.org/politics/2024/5/1/budget-vote.html, 2024-05-01T00:00:00Z",
            "https://news.example.org/2024-05-01/budget-vote, 2024-05-01T00:00:00Z",
            "https://news.example.org/news/20240501-budget-vote, 2024-05-01T00:00:00Z",
            "https://news.example.org/a/budget_20240501.html, 2024-05-01T00:00:00Z",
            "https://news.example.org/1999/12/31/party, 1999-12-31T00:00:00Z",
            "http://news.example.cn/newscenter/2005-05/07/content_2927453.htm, 2005-05-07T00:00:00Z",
    })
    void shouldReadTheDateInTheArticlePath(String url, String expected) {
        WrittenDate date = UrlDate.of(url);
        assertThat(date == null ? null : date.instant()).isEqualTo(expected == null ? null : Instant.parse(expected));
    }

    @ParameterizedTest
    @CsvSource({
            "https://news.example.org/2024/02/30/impossible",
            "https://news.example.org/1889/01/02/too-early",
            "https://news.example.org/article/123456789012",
            "https://news.example.org/story?date=2024-05-01",
            "https://news.example.org/2024/05/budget",
            "not a url at all",
    })
    void shouldFindNoDateWhereThePathHasNone(String url) {
        assertThat(UrlDate.of(url)).isNull();
    }
}
