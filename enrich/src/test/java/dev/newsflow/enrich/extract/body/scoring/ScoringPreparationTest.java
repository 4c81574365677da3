package dev.newsflow.enrich.extract.body.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ScoringPreparationTest {

    private static final Strictness STRICT = Strictness.LADDER.get(0);
    private static final Strictness LENIENT = Strictness.LADDER.get(1);

    @Test
    void shouldReplaceADivOfInlineContentByAParagraphToScore() {
        Document page = Jsoup.parse("<div id=d>Some <b>bold</b> words</div>");

        List<Element> toScore = prepare(page, STRICT, null);

        assertThat(page.select("div")).isEmpty();
        assertThat(page.body().child(0).normalName()).isEqualTo("p");
        assertThat(page.body().child(0).html()).isEqualTo("Some <b>bold</b> words");
        assertThat(toScore).containsExactly(page.body().child(0));
    }

    @Test
    void shouldRenameADivWithoutBlocksInsideToAParagraph() {
        Document page = Jsoup.parse("<div id=d><h4>A heading</h4><h5>and another</h5></div>");

        List<Element> toScore = prepare(page, STRICT, null);

        Element div = page.getElementById("d");
        assertThat(div.normalName()).isEqualTo("p");
        assertThat(toScore).extracting(Element::text).containsExactly("A heading and another", "A heading", "and another");
    }

    @Test
    void shouldReplaceADivAroundALoneParagraphByTheParagraph() {
        Document page = Jsoup.parse("<section id=s><div id=d> <p id=p>Alone in its div</p> </div></section>");

        List<Element> toScore = prepare(page, STRICT, null);

        assertThat(page.getElementById("d")).isNull();
        assertThat(page.getElementById("p").parent().id()).isEqualTo("s");
        assertThat(toScore).extracting(Element::id).containsExactly("s", "p");
    }

    @Test
    void shouldKeepTheDivAroundALoneParagraphOfLinks() {
        Document page = Jsoup.parse("<div id=d><p><a href=/a>Sports</a> <a href=/b>Weather</a></p></div>");

        prepare(page, STRICT, null);

        assertThat(page.getElementById("d")).isNotNull();
    }

    @Test
    void shouldDropAHeadingThatRepeatsTheTitleAndTheHiddenAndTheEmpty() {
        Document page = Jsoup.parse("<h1>Ferry service extended through winter</h1><h2>What the council said</h2>"
                + "<p style='display:none'>Hidden</p><div id=empty><br> </div><p id=kept>Kept</p>");

        List<Element> toScore = prepare(page, STRICT, "Ferry service extended through winter");

        assertThat(page.select("h1")).isEmpty();
        assertThat(page.select("h2").text()).isEqualTo("What the council said");
        assertThat(page.text()).doesNotContain("Hidden");
        assertThat(page.getElementById("empty")).isNull();
        assertThat(toScore).extracting(Element::text).containsExactly("What the council said", "Kept");
    }

    @Test
    void shouldStripElementsNamedUnlikelyOnlyWhenStrictAndNoteThatItDid() {
        String html = "<div class=sidebar><p>Most read</p></div><div class=main-sidebar><p>Story</p></div>";
        Document strictPage = Jsoup.parse(html);
        RuleUse strictUse = new RuleUse();
        Document lenientPage = Jsoup.parse(html);
        RuleUse lenientUse = new RuleUse();

        new ScoringPreparation(STRICT, strictUse, null).paragraphsToScore(strictPage.body());
        new ScoringPreparation(LENIENT, lenientUse, null).paragraphsToScore(lenientPage.body());

        // "main" rescues the second sidebar: a name like it may be the article's column.
        assertThat(strictPage.text()).isEqualTo("Story");
        assertThat(strictUse.strippedUnlikely).isTrue();
        assertThat(lenientPage.text()).isEqualTo("Most read Story");
        assertThat(lenientUse.strippedUnlikely).isFalse();
    }

    @Test
    void shouldScoreTheParagraphsOfALayoutCellWrittenWithBlankLines() {
        Document page = Jsoup.parse("<table><tr><td id=cell>First part<br><br>Second part</td></tr></table>");

        List<Element> toScore = prepare(page, STRICT, null);

        assertThat(page.getElementById("cell").children().select("p")).extracting(Element::text)
                .containsExactly("First part", "Second part");
        assertThat(toScore).extracting(Element::text).containsExactly("First part", "Second part");
    }

    private static List<Element> prepare(Document page, Strictness strictness, String title) {
        return new ScoringPreparation(strictness, new RuleUse(), title).paragraphsToScore(page.body());
    }
}
