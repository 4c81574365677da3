package dev.newsflow.enrich.extract.body.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class LooseInlineContentTest {

    @Test
    void shouldWrapInlineContentStandingBesideABlockInAParagraph() {
        Element div = div("Loose <b>words</b> here <p>A paragraph</p> and after it ");

        LooseInlineContent.wrapInParagraphs(div);

        assertThat(div.children()).extracting(Element::normalName).containsExactly("p", "p", "p");
        assertThat(div.child(0).html()).isEqualTo("Loose <b>words</b> here");
        assertThat(div.child(2).text()).isEqualTo("and after it");
    }

    @Test
    void shouldEndAParagraphAtABlankLineButNotAtOneBreak() {
        Element div = div("one<br>still one<br> <br>two");

        LooseInlineContent.wrapInParagraphs(div);

        assertThat(div.select("> p")).extracting(Element::text).containsExactly("one still one", "two");
    }

    @Test
    void shouldLeaveWhitespaceAndALinkHoldingABlockUnwrapped() {
        Element div = div("  <a href=/x><div>card</div></a>  ");

        LooseInlineContent.wrapInParagraphs(div);

        assertThat(div.select("p")).isEmpty();
    }

    @Test
    void shouldFindABlankLineOnlyAmongTheElementsOwnChildren() {
        assertThat(LooseInlineContent.hasBreakRun(div("a<br>\n<br>b"))).isTrue();
        assertThat(LooseInlineContent.hasBreakRun(div("a<br>b<br>c"))).isFalse();
        assertThat(LooseInlineContent.hasBreakRun(div("<span>a<br><br>b</span>"))).isFalse();
    }

    private static Element div(String content) {
        return Jsoup.parseBodyFragment("<div>" + content + "</div>").body().child(0);
    }
}
