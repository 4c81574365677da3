package dev.newsflow.enrich.extract.body.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class CandidateScoringTest {

    /** Class and id names weigh nothing here, so that the scores are those of the text alone. */
    private static final Strictness NAMES_IGNORED = Strictness.LADDER.get(2);
    /** 120 characters, two commas: 1 point, 2 for the commas, 1 for the first hundred characters. */
    private static final String PARAGRAPH = "The ferry runs all winter, the council said, after a vote that ended months of debate over the cost of the service......";

    @Test
    void shouldCreditAParagraphsScoreToItsParentFullyAndToItsGrandparentHalf() {
        Document page = Jsoup.parse("<section id=s><div id=d><p id=p>" + PARAGRAPH + "</p></div></section>");
        CandidateScoring scoring = new CandidateScoring(NAMES_IGNORED, new RuleUse());

        List<Element> candidates = scoring.score(List.of(page.getElementById("p")), new TextLengths(page.body()));

        assertThat(PARAGRAPH).hasSize(120);
        assertThat(candidates).extracting(Element::id).startsWith("d", "s");
        // A div starts at 5, a section at 0.
        assertThat(scoring.scoreOf(page.getElementById("d"))).isCloseTo(5 + 4.0, within(1e-9));
        assertThat(scoring.scoreOf(page.getElementById("s"))).isCloseTo(4.0 / 2, within(1e-9));
        assertThat(scoring.scoreOf(page.getElementById("p"))).isNull();
    }

    @Test
    void shouldScoreNothingForAParagraphShorterThanASentence() {
        Document page = Jsoup.parse("<div id=d><p id=p>Too short to count.</p></div>");
        CandidateScoring scoring = new CandidateScoring(NAMES_IGNORED, new RuleUse());

        List<Element> candidates = scoring.score(List.of(page.getElementById("p")), new TextLengths(page.body()));

        assertThat(candidates).isEmpty();
        assertThat(scoring.scoreOf(page.getElementById("d"))).isNull();
    }

    @Test
    void shouldDiscountACandidateByTheShareOfItsTextInLinks() {
        String linked = "<a href=/more>" + PARAGRAPH.substring(0, 60) + "</a>" + PARAGRAPH.substring(60);
        Document page = Jsoup.parse("<div id=d><p id=p>" + linked + "</p></div>");
        CandidateScoring scoring = new CandidateScoring(NAMES_IGNORED, new RuleUse());
        TextLengths lengths = new TextLengths(page.body());

        scoring.score(List.of(page.getElementById("p")), lengths);

        double linkDensity = lengths.linkDensity(page.getElementById("d"));
        assertThat(linkDensity).isCloseTo(0.5, within(0.01));
        assertThat(scoring.scoreOf(page.getElementById("d"))).isCloseTo(9.0 * (1 - linkDensity), within(1e-9));
    }

    @Test
    void shouldTakeTheBestCandidateWithTheLoneChildWrappersAroundIt() {
        Document page = Jsoup.parse("<div id=wrapper><div id=story><p>" + PARAGRAPH + "</p><p>" + PARAGRAPH + "</p></div></div>"
                + "<div id=aside><p>" + PARAGRAPH.substring(0, 40) + "</p></div>");
        CandidateScoring scoring = new CandidateScoring(NAMES_IGNORED, new RuleUse());

        List<Element> candidates = scoring.score(page.select("p"), new TextLengths(page.body()));
        Element top = scoring.topCandidate(page, candidates);

        assertThat(top.id()).isEqualTo("wrapper");
        assertThat(scoring.wrappedBest().id()).isEqualTo("story");
    }

    @Test
    void shouldGatherTheWholeBodyIntoADivWhenNothingStandsOut() {
        Document page = Jsoup.parse("<span>Just a line</span><span>and another</span>");
        CandidateScoring scoring = new CandidateScoring(NAMES_IGNORED, new RuleUse());

        Element top = scoring.topCandidate(page, List.of());

        assertThat(top.parent()).isSameAs(page.body());
        assertThat(top.text()).isEqualTo("Just a lineand another");
        assertThat(page.body().children()).containsExactly(top);
        assertThat(scoring.wrappedBest()).isNull();
    }
}
