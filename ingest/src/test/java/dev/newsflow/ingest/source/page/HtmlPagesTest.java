package dev.newsflow.ingest.source.page;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.core.event.RawArticle;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HtmlPagesTest {

    private static final Instant FETCHED = Instant.parse("2024-05-03T18:00:00Z");
    private static final String TEXT = "市政府今天宣布，明年将扩大公共交通补贴，让更多市民能够以较低的票价乘坐地铁和公交车。";

    @Test
    void shouldDecodeThePageByTheHttpCharsetItCameWith() {
        byte[] page = ("<html><head><title>新闻</title></head><body><p>" + TEXT + "</p></body></html>").getBytes(Charset.forName("GBK"));

        RawArticle article = HtmlPages.toRawArticle(page, "https://news.example.cn/a.html", "text/html; charset=GBK", "test", FETCHED);

        assertThat(article.content()).contains(TEXT);
        assertThat(article.feed().flags()).isEmpty();
    }

    @Test
    void shouldFlagTheArticleWhenThePagesDeclarationWasOverruled() {
        byte[] page = ("<html><head><meta charset=\"gb2312\"><title>新闻</title></head><body><p>" + TEXT + "</p></body></html>")
                .getBytes(StandardCharsets.UTF_8);

        RawArticle article = HtmlPages.toRawArticle(page, "https://news.example.cn/a.html", "saved", FETCHED);

        assertThat(article.content()).contains(TEXT);
        assertThat(article.feed().flags()).containsExactly(RawArticle.FeedFields.FLAG_CHARSET_OVERRULED);
    }
}
