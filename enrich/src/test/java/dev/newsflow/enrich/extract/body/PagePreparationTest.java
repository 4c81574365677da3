package dev.newsflow.enrich.extract.body;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class PagePreparationTest {

    @Test
    void shouldRemoveCookieConsentDialogsByTheirPlatformsNames() {
        Document page = prepared("""
                <div id="onetrust-consent-sdk"><p>We and our partners store cookies on your device.</p></div>
                <div class="CybotCookiebotDialog"><p>This website uses cookies.</p></div>
                <div id="cmp-modal"><p>Willkommen! Wir und unsere Partner verarbeiten Daten.</p></div>
                <div class="cookie-banner"><p>Accept all</p></div>
                <article><p>The article.</p></article>""");

        assertThat(page.body().text()).isEqualTo("The article.");
    }

    @Test
    void shouldKeepAnArticleAboutCookiesAndNamesThatOnlyHoldTheWord() {
        Document page = prepared("<article class='recipe'><p>Oat cookies, baked for twelve minutes.</p></article>"
                + "<div class='cookiecutter-grid'><p>A layout.</p></div>");

        assertThat(page.body().text()).isEqualTo("Oat cookies, baked for twelve minutes. A layout.");
    }

    private static Document prepared(String html) {
        return PagePreparation.prepared(Jsoup.parse(html, "https://news.example.org/a"));
    }
}
