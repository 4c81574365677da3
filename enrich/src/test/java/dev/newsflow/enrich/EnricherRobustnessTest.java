package dev.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.newsflow.core.event.EnrichedArticle;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Pages that break naive extractors: huge, absurdly nested, oddly encoded, or not articles at all. */
class EnricherRobustnessTest {

    private static final Enricher ENRICHER = new Enricher();
    private static final String URL = "https://news.example.org/2024/06/ferry";
    private static final String PROSE = "The council voted on Tuesday to extend the ferry service, which carries about "
            + "four thousand passengers a day, through the winter, after months of debate, protests and letters.";

    @Test
    void shouldCapAPageLargerThanThePipelineCarriesAndFlagIt() {
        StringBuilder html = new StringBuilder("<html><body><article><p>").append(PROSE).append("</p>");
        String filler = "<div class=\"archive\"><p>" + "Archived teaser text, one of very many. ".repeat(20) + "</p></div>\n";
        while (html.length() < 2 * Enricher.MAX_CONTENT_CHARS) {
            html.append(filler);
        }
        html.append("<p>THE END, never reached</p></article></body></html>");

        EnrichedArticle article = ENRICHER.enrich(RawArticles.html(html.toString(), URL, null, null));

        assertThat(article.flags()).contains(Enricher.FLAG_CONTENT_TRUNCATED);
        assertThat(article.text()).contains("ferry service").doesNotContain("THE END");
    }

    @Test
    void shouldSurviveTenThousandNestedElements() {
        String html = "<html><body>" + "<div>".repeat(10_000) + "<p>" + PROSE + "</p>" + "</div>".repeat(10_000)
                + "<p>" + PROSE + "</p></body></html>";

        EnrichedArticle article = ENRICHER.enrich(RawArticles.html(html, URL, null, null));

        assertThat(article.text()).contains("ferry service");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"<div>\n  |\n</div>", "<pre>|</pre>", "<h2><div>|</div></h2>"})
    void shouldEnrichAPageNestedTwoHundredThousandDeepWithinABoundedWait(String level) {
        // Each level holds the one below where the bar is. Before the nesting limit flattened any
        // element and moved each node once, such a page took from a minute and a half (indented divs)
        // to hours (pre, headings: each level measured the text of all below it); it now takes
        // seconds, and the bound only stops a run that has gone quadratic again.
        String[] parts = level.split("\\|");
        int depth = 200_000;
        String html = "<html><body><p>" + PROSE + "</p>" + parts[0].repeat(depth) + "<p>" + PROSE + "</p>"
                + parts[1].repeat(depth) + "</body></html>";

        EnrichedArticle article = assertTimeoutPreemptively(Duration.ofSeconds(60),
                () -> ENRICHER.enrich(RawArticles.html(html, URL, null, null)), "enriching 200,000 levels of " + parts[0]);

        assertThat(article.text()).contains("ferry service");
    }

    @Test
    void shouldRefuseRandomBytesTakenForAPageWithAReason() {
        // Bytes that are no text, read as UTF-8 the way a page without a declared charset is read.
        byte[] bytes = new byte[200_000];
        new Random(8).nextBytes(bytes);
        String content = new String(bytes, StandardCharsets.UTF_8);

        assertThatThrownBy(() -> ENRICHER.enrich(RawArticles.html(content, URL, null, null)))
                .isInstanceOf(EnrichmentException.class)
                .hasMessageStartingWith("text is not readable: ")
                .hasMessageContaining("are control, private-use, unassigned or replacement characters")
                .hasMessageNotContaining("\n");
    }

    @Test
    void shouldEnrichPagesDecodedFromLegacyChineseAndCyrillicCharsets() {
        String chinese = "<html><head><meta charset=gbk><title>港珠澳大桥通车</title></head><body><article>"
                + "<p>港珠澳大桥周三正式通车，全长五十五公里，是世界上最长的跨海大桥。</p>".repeat(8) + "</article></body></html>";
        String russian = "<html><head><meta charset=windows-1251><title>Паром будет ходить зимой</title></head><body><article>"
                + "<p>Городской совет во вторник решил продлить работу парома, который перевозит около четырёх тысяч "
                + "пассажиров в день, на всю зиму.</p>".repeat(4) + "</article></body></html>";

        for (String[] page : new String[][] {{chinese, "GBK"}, {russian, "windows-1251"}, {russian, "KOI8-R"}}) {
            // As ingest reads them: the bytes in their legacy charset, decoded by the charset they declare.
            Charset charset = Charset.forName(page[1]);
            String decoded = new String(page[0].getBytes(charset), charset);

            EnrichedArticle article = ENRICHER.enrich(RawArticles.html(decoded, URL, null, null));

            assertThat(article.text()).as(page[1]).contains(page[0].equals(chinese) ? "港珠澳大桥" : "Городской совет");
        }
    }

    @Test
    void shouldReadAPageDecodedFromAnotherCharsetWithItsByteOrderMark() {
        // Ingest decodes bytes by BOM, HTTP header or <meta charset>; what reaches the enricher is text,
        // possibly still led by the BOM and declaring its original charset. Neither may leak or confuse.
        String html = "\uFEFF<html><head><meta charset=\"windows-1252\"><title>Café crème prices rise – Coast News</title></head>"
                + "<body><article><p>À Paris, le café crème coûte désormais plus cher, selon une étude publiée mardi.</p>"
                + "<p>" + PROSE + "</p></article></body></html>";

        EnrichedArticle article = ENRICHER.enrich(RawArticles.html(html, URL, null, null));

        assertThat(article.title()).isEqualTo("Café crème prices rise");
        assertThat(article.text()).startsWith("À Paris, le café crème").doesNotContain("\uFEFF");
    }

    @Test
    void shouldFlagAFrontPageAsNotAnArticleButKeepItsBestBody() {
        String html = "<html><head><title>Coast News – Front page</title><meta property=og:type content=website></head><body>"
                + "<div class=teasers><h2><a href=/a>Ferry extended</a></h2><p>The council voted to extend the ferry.</p>"
                + "<h2><a href=/b>Storm ahead</a></h2><p>A storm is due on Friday night.</p></div></body></html>";

        EnrichedArticle article = ENRICHER.enrich(RawArticles.html(html, URL, null, null));

        assertThat(article.flags()).contains(Enricher.FLAG_NOT_ARTICLE);
        assertThat(article.text()).contains("The council voted to extend the ferry.");
    }

    @Test
    void shouldTrustAShortPageThatDeclaresItselfAnArticleAndAnyFeedItem() {
        String shortArticle = "<html><head><meta property=og:type content=article></head><body><p>" + PROSE + "</p></body></html>";
        String feedFragment = "<p>" + PROSE + "</p>";

        assertThat(ENRICHER.enrich(RawArticles.html(shortArticle, URL, null, null)).flags()).doesNotContain(Enricher.FLAG_NOT_ARTICLE);
        assertThat(ENRICHER.enrich(RawArticles.html(feedFragment, URL, "Ferry", Instant.parse("2024-06-01T00:00:00Z"))).flags())
                .doesNotContain(Enricher.FLAG_NOT_ARTICLE);
    }

    @Test
    void shouldCountAChineseArticleByItsCharactersNotAsAShortFrontPage() {
        // 190 Han characters: under 500 characters, but as much to read as 500 Latin letters.
        String paragraph = "港珠澳大桥周三正式通车，全长五十五公里，是世界上最长的跨海大桥，连接香港、珠海和澳门三地。";
        String chinese = "<html><head><title>港珠澳大桥通车</title></head><body><div class=content>"
                + ("<p>" + paragraph + "</p>").repeat(5) + "</div></body></html>";

        EnrichedArticle article = ENRICHER.enrich(RawArticles.html(chinese, URL, null, null));

        assertThat(article.text().length()).isLessThan(Enricher.MIN_ARTICLE_CHARACTERS);
        assertThat(article.flags()).doesNotContain(Enricher.FLAG_NOT_ARTICLE);
    }
}
