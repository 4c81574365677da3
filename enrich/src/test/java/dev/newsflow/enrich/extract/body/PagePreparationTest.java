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

    @Test
    void shouldPutStreamedSegmentsWhereTheirTemplatesStand() {
        Document page = prepared("""
                <main><h1>Title</h1><!--$?--><template id="B:1"></template><!--/$--><footer>end</footer></main>
                <div hidden id="S:1"><p>The article, streamed late.</p><template id="P:a"></template></div>
                <div hidden id="S:a"><p>Its second part.</p></div>
                <div hidden id="S:2"><p>A segment without its place.</p></div>
                <div hidden><p>Hidden for good.</p></div>""");

        assertThat(page.selectFirst("main").text()).isEqualTo("Title The article, streamed late. Its second part.");
        assertThat(page.body().text()).doesNotContain("without its place").doesNotContain("Hidden for good");
    }

    @Test
    void shouldRemoveArticlesAppendedBelowThePagesOwnWithTheirOwnHeadlines() {
        Document page = prepared("""
                <html><head><meta property="og:title" content="Night buses return to the harbour line | The Gazette"></head>
                <body><div class="logo"><h1>The Gazette</h1></div>
                <h1>Night buses return to the harbour line</h1>
                <article><header><h1>Night buses return to the harbour line</h1></header><p>The own article.</p></article>
                <div class="next"><article><header><h1>Ferry fares rise in spring</h1></header><p>The next story.</p></article></div>
                </body></html>""");

        assertThat(page.body().text()).contains("The own article.").doesNotContain("The next story.");
    }

    @Test
    void shouldKeepEveryArticleWhenNoHeadlineIsTheTitle() {
        Document page = prepared("""
                <html><head><title>The Gazette</title></head><body>
                <article><h1>Night buses return</h1><p>One story.</p></article>
                <article><h1>Ferry fares rise</h1><p>Another story.</p></article></body></html>""");

        assertThat(page.body().text()).contains("One story.").contains("Another story.");
    }

    @Test
    void shouldKeepAHeaderThatThePageMarksAsPartOfTheArticlesBody() {
        Document page = prepared("""
                <header><nav>Home</nav><p>Site header.</p></header>
                <div itemprop="articleBody"><header>Neuroscience tells us that most of the work happens unseen.</header>
                <p>The body.</p></div>""");

        assertThat(page.body().text()).isEqualTo("Neuroscience tells us that most of the work happens unseen. The body.");
    }

    private static Document prepared(String html) {
        return PagePreparation.prepared(Jsoup.parse(html, "https://news.example.org/a"));
    }
}
