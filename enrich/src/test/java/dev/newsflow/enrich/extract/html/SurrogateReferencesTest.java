package dev.newsflow.enrich.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class SurrogateReferencesTest {

    @Test
    void shouldTellMarkupThatMayHoldASurrogateFromMarkupThatCannot() {
        assertThat(SurrogateReferences.mayHold(ScriptAndStyleContent.of("<p>a&#xD800;b</p>"))).isTrue();
        assertThat(SurrogateReferences.mayHold(ScriptAndStyleContent.of("<p>a&#XdFfF b</p>"))).isTrue();
        assertThat(SurrogateReferences.mayHold(ScriptAndStyleContent.of("<p title='&#55296;'>"))).isTrue();
        assertThat(SurrogateReferences.mayHold(ScriptAndStyleContent.of("<p>&#0000056320;</p>"))).isTrue();
        assertThat(SurrogateReferences.mayHold(ScriptAndStyleContent.of("<p>raw \uDC00</p>"))).isTrue();
        assertThat(SurrogateReferences.mayHold(ScriptAndStyleContent.of("<p>&#8217; &#x1F600; &#xD7FF; &#xE000; &amp;#xD800; &# &#x;</p>"))).isFalse();
        assertThat(SurrogateReferences.mayHold(ScriptAndStyleContent.of("<p>&#99999999999999999999;</p>"))).isFalse();
        assertThat(SurrogateReferences.mayHold(ScriptAndStyleContent.of("<p>smile \uD83D\uDE00</p>"))).isTrue();
    }

    @Test
    void shouldLookOnlyWhereTheParserReadsAndFindAReferenceInAnyPartAfterScripts() {
        String scripts = "<script>var a = '&#xD800; \uDC00';</script><p>x</p><style>p{content:'&#xD800;'}</style>";

        assertThat(SurrogateReferences.mayHold(ScriptAndStyleContent.of(scripts + "<p>&#8217;</p>"))).isFalse();
        assertThat(SurrogateReferences.mayHold(ScriptAndStyleContent.of(scripts + "<p>&#8217; &#xDBFF;</p>"))).isTrue();
        assertThat(SurrogateReferences.mayHold(ScriptAndStyleContent.of("<p>&#xD800;</p>" + scripts))).isTrue();
        assertThat(SurrogateReferences.mayHold(ScriptAndStyleContent.of(scripts + "<p>\uDC00</p>"))).isTrue();
    }

    @Test
    void shouldPutTheReplacementCharacterWhereTheStandardReadsOneAndKeepTheRest() {
        Document page = Jsoup.parse("<title>t&#xD800;</title><p title='x&#xDC00;y' class=c>a&#55296;b &#x1F600; &#xD83D;&#xDE00;</p>");

        SurrogateReferences.repair(page);

        assertThat(page.title()).isEqualTo("t\uFFFD");
        assertThat(page.selectFirst("p").attr("title")).isEqualTo("x\uFFFDy");
        assertThat(page.selectFirst("p").attr("class")).isEqualTo("c");
        // Two references that together name one pair are read as two errors by the standard; Jsoup joins them, and so do we.
        assertThat(page.selectFirst("p").text()).isEqualTo("a\uFFFDb \uD83D\uDE00 \uD83D\uDE00");
    }
}
