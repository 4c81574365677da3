package dev.newsflow.enrich.extract.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class MetadataElementsTest {

    private static final Document PAGE = Jsoup.parse("""
            <html><head>
            <meta property="og:title" content="A"><meta name=description content="B">
            <script type="text/javascript">var x;</script>
            <script type=" Application/LD+JSON ">{"@type": "NewsArticle"}</script>
            <link rel="stylesheet" href="/s.css"><link rel="canonical"><link rel=" Canonical " href="/story">
            <link rel="canonical" href="/other">
            </head><body>
            <header><h1>Site</h1></header><article><h1>Story</h1>
            <span itemprop="datepublished">1 May</span><time itemprop="datePublished" datetime="2024-05-02">2 May</time>
            <meta itemprop="dateModified" content="2024-05-03">
            <script type="application/ld+json">{"@type": "Person"}</script>
            </article></body></html>""", "https://news.example.org/");

    @Test
    void shouldFindWhatTheCssQueriesItReplacesFind() {
        MetadataElements elements = MetadataElements.of(PAGE);

        assertThat(elements.metaTags()).containsExactlyElementsOf(PAGE.getElementsByTag("meta"));
        assertThat(elements.jsonLdScripts()).containsExactlyElementsOf(PAGE.select("script[type=application/ld+json]"));
        assertThat(elements.jsonLdScripts()).hasSize(2);
        assertThat(elements.jsonLdTrees()).extracting(tree -> tree.path("@type").asText()).containsExactly("NewsArticle", "Person");
        assertThat(elements.canonicalLink()).isSameAs(PAGE.selectFirst("link[rel=canonical][href]"));
        assertThat(elements.canonicalLink().attr("href")).isEqualTo("/story");
        assertThat(elements.firstH1()).isSameAs(PAGE.selectFirst("h1"));
        assertThat(elements.datePublished()).isSameAs(PAGE.getElementsByAttributeValue("itemprop", "datePublished").first());
        assertThat(elements.dateModified()).isSameAs(PAGE.getElementsByAttributeValue("itemprop", "dateModified").first());
    }

    @Test
    void shouldFindNothingOnAnEmptyPage() {
        MetadataElements elements = MetadataElements.of(Jsoup.parse(""));

        assertThat(elements.metaTags()).isEmpty();
        assertThat(elements.jsonLdScripts()).isEmpty();
        assertThat(elements.canonicalLink()).isNull();
        assertThat(elements.firstH1()).isNull();
        assertThat(elements.datePublished()).isNull();
    }
}
