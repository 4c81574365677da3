package dev.newsflow.ingest.push;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsflow.core.event.RawArticle;
import dev.newsflow.core.json.Json;
import dev.newsflow.core.json.UnpairedSurrogates;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class PushedArticlesTest {

    private static final Instant NOW = Instant.parse("2026-01-02T03:04:05Z");

    private final PushedArticles pushed = new PushedArticles();

    @Test
    void shouldReplaceUnpairedSurrogatesInEveryStringAndFlagTheArticle() throws BadPushException {
        // Escapes as a sender writes them: a lone high, a lone low, and a sound pair (U+1F600) that stays.
        String json = "{\"url\":\"https://news.example.org/a\",\"title\":\"a\\uD800b\",\"content\":\"<p>x\\uDC00y \\uD83D\\uDE00</p>\","
                + "\"feed\":{\"authors\":[\"Jo \\uD800\"],\"summary\":\"\\uDBFF\",\"flags\":[\"sender-note\"]}}";

        RawArticle article = pushed.read(json.getBytes(StandardCharsets.UTF_8), "application/json", null, NOW);

        assertThat(article.title()).isEqualTo("a\uFFFDb");
        assertThat(article.content()).isEqualTo("<p>x\uFFFDy \uD83D\uDE00</p>");
        assertThat(article.feed().authors()).containsExactly("Jo \uFFFD");
        assertThat(article.feed().summary()).isEqualTo("\uFFFD");
        assertThat(article.feed().flags()).containsExactly("sender-note", UnpairedSurrogates.FLAG);
        // What every later stage sees: the event written and read again holds the same sound text.
        assertThat(Json.fromBytes(Json.toBytes(article), RawArticle.class).title()).isEqualTo("a\uFFFDb");
    }

    @Test
    void shouldLeaveSoundTextUnflagged() throws BadPushException {
        String json = "{\"url\":\"https://news.example.org/a\",\"title\":\"Caf\\u00e9 \\uD83D\\uDE00 \\uFFFD\",\"content\":\"<p>x</p>\"}";

        RawArticle article = pushed.read(json.getBytes(StandardCharsets.UTF_8), "application/json", null, NOW);

        assertThat(article.title()).isEqualTo("Café \uD83D\uDE00 \uFFFD");
        assertThat(article.feed().flags()).isEmpty();
    }

    @Test
    void shouldDecodeAPushedPageByItsContentTypeAndNameItByItsContentLocation() throws BadPushException {
        String text = "Городские власти сегодня объявили о новых субсидиях на общественный транспорт.";
        byte[] page = ("<html><head><title>Новости</title></head><body><p>" + text + "</p></body></html>")
                .getBytes(Charset.forName("windows-1251"));

        RawArticle article = pushed.read(page, "text/html; charset=windows-1251", "https://news.example.ru/a", NOW);

        assertThat(article.url()).isEqualTo("https://news.example.ru/a");
        assertThat(article.content()).contains(text);
        assertThat(article.source().type()).isEqualTo(PushedArticles.SOURCE);
        assertThat(article.fetchedAt()).isEqualTo(NOW);
    }

    @Test
    void shouldRefuseAPushedPageWithoutItsUrl() {
        assertThatThrownBy(() -> pushed.read("<p>x</p>".getBytes(StandardCharsets.UTF_8), "text/html", null, NOW))
                .isInstanceOf(BadPushException.class)
                .hasMessage("a pushed page needs its URL in Content-Location");
    }

    @Test
    void shouldRefuseBrokenJsonWithAOneLineReason() {
        assertThatThrownBy(() -> pushed.read("{\"url\":".getBytes(StandardCharsets.UTF_8), "application/json", null, NOW))
                .isInstanceOf(BadPushException.class)
                .hasMessageStartingWith("not a JSON article: ")
                .hasMessageNotContaining("\n");
    }
}
