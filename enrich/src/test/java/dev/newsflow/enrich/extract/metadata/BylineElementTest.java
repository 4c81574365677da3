package dev.newsflow.enrich.extract.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

class BylineElementTest {

    @Test
    void shouldReadTheOneMarkedAuthorInsideABylineWithoutItsLabel() {
        Element byline = first("<div class=byline>Posted by <span class=author>Jane Roe</span> on 3 May</div>", "div");

        assertThat(BylineElement.text(byline)).isEqualTo("Jane Roe");
    }

    @Test
    void shouldNotTakeALoginBoxForAByline() {
        assertThat(BylineElement.isByline(first("<div class=authorization>Log in</div>", "div"))).isFalse();
        assertThat(BylineElement.isByline(first("<div class=author>Jane Roe</div>", "div"))).isTrue();
        assertThat(BylineElement.isByline(first("<div class=comment-author-link>Reader</div>", "div"))).isFalse();
    }

    @Test
    void shouldFindChineseLabelsInTheTextOfADatelineLine() {
        assertThat(BylineElement.labelledText(textOf("<p>2005-05-07 来源：新华社 作者：茉莉</p>")))
                .isEqualTo("2005-05-07 来源：新华社 作者：茉莉");
        assertThat(BylineElement.labelledText(textOf("<p>文/王小明</p>"))).isEqualTo("文/王小明");
        assertThat(BylineElement.labelledText(textOf("<p>本市今年春天新建了三座图书馆。</p>"))).isNull();
    }

    @Test
    void shouldReadTheNameAfterALoneLabelFromTheParent() {
        assertThat(BylineElement.labelledText(textOf("<p>By <a href=/jane>Jane Roe</a></p>"))).isEqualTo("By Jane Roe");
        Document page = Jsoup.parse("<p>on <abbr>March 10, 2015</abbr> by <a href=/jane>Jane Roe</a></p>");
        TextNode label = (TextNode) page.body().selectFirst("p").childNode(2);
        assertThat(BylineElement.labelledText(label)).isEqualTo("by Jane Roe");
        assertThat(BylineElement.labelledText(textOf("<p>Bystanders watched the ferry.</p>"))).isNull();
    }

    @Test
    void shouldNotTakeATeaserKickerInALinkForAByline() {
        Document page = Jsoup.parse("<a href=/x><span><span class=kicker>Von Iron Man zu Doctor Doom</span></span></a>");
        TextNode kicker = (TextNode) page.body().selectFirst(".kicker").childNode(0);

        assertThat(BylineElement.labelledText(kicker)).isNull();
    }

    private static Element first(String html, String tag) {
        return Jsoup.parse(html).body().selectFirst(tag);
    }

    private static TextNode textOf(String html) {
        Document page = Jsoup.parse(html);
        return (TextNode) page.body().selectFirst("p").childNode(0);
    }
}
