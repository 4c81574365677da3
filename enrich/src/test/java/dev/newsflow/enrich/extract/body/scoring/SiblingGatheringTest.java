package dev.newsflow.enrich.extract.body.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class SiblingGatheringTest {

    private static final Strictness NAMES_IGNORED = Strictness.LADDER.get(2);
    private static final String PROSE = "The council voted on Tuesday to extend the ferry service, which carries about "
            + "four thousand passengers a day, through the winter, after months of debate, protests and letters.";

    @Test
    void shouldGatherSiblingParagraphsThatReadLikeProseAndLeaveLinkLines() {
        Document page = Jsoup.parse("<div id=story><p>" + PROSE + "</p><p>" + PROSE + "</p></div>"
                + "<p id=coda>Tickets are on sale now. Every terminal.</p>"
                + "<p id=more><a href=/more>More from the coast desk and other regional news pages here</a></p>"
                + "<p id=aside>No full stop here at all</p>");

        Element article = gather(page);

        assertThat(article.children()).extracting(Element::id).containsExactly("story", "coda");
    }

    @Test
    void shouldGatherASiblingThatScoresNearTheBestAndRenameItsTagToADiv() {
        Document page = Jsoup.parse("<div id=story><p>" + PROSE + "</p><p>" + PROSE + "</p><p>" + PROSE + "</p></div>"
                + "<blockquote id=quote><p>" + PROSE + "</p><p>" + PROSE + "</p></blockquote>");

        Element article = gather(page);

        assertThat(article.children()).extracting(Element::id).containsExactly("story", "quote");
        assertThat(article.getElementById("quote").normalName()).isEqualTo("div");
    }

    @Test
    void shouldGatherTheOtherPartsOfAnArticleCutIntoPartsButNotALinkBoxWrappedAlike() {
        Document page = Jsoup.parse("<div id=page>"
                + "<div class=part id=one><div class=text><p>" + PROSE + "</p><p>" + PROSE + "</p><p>" + PROSE + "</p></div></div>"
                + "<div class=promo id=promo><p>Subscribe today.</p></div>"
                + "<div class=part id=two><div class=text><p>" + PROSE + "</p></div></div>"
                + "<div class=part id=menu><div class=nav><a href=/home>Home</a> <a href=/news>News</a></div></div></div>");

        Element article = gather(page);

        assertThat(article.children()).extracting(Element::id).containsExactly("one", "two");
    }

    private static Element gather(Document page) {
        CandidateScoring scoring = new CandidateScoring(NAMES_IGNORED, new RuleUse());
        TextLengths lengths = new TextLengths(page.body());
        List<Element> candidates = scoring.score(page.select("p"), lengths);
        Element best = scoring.topCandidate(page, candidates);
        Element article = new Element("div");
        new SiblingGathering(scoring, lengths).gather(best, article, page.body());
        return article;
    }
}
