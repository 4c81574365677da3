package dev.newsflow.enrich.extract.body.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ScoringContentLocatorTest {

    private static final String PROSE = "The council voted on Tuesday to extend the ferry service, which carries about "
            + "four thousand passengers a day, through the winter, after months of debate, protests and letters. ";

    private final ScoringContentLocator locator = new ScoringContentLocator();

    @Test
    void shouldPickTheProseOverLinkListsAndComments() {
        Element article = locate("""
                <div id="page">
                  <div class="links"><a href="/a">Sports news today</a> <a href="/b">Weather for the weekend</a>
                    <a href="/c">Markets and the economy</a> <a href="/d">Culture, film and books</a></div>
                  <div class="story"><p>%1$s</p><p>%1$s</p><p>%1$s</p></div>
                  <div class="comments"><p>First! This is a comment, with commas, many, of them, here, now.</p></div>
                </div>""".formatted(PROSE));

        assertThat(article.text()).contains("ferry service").doesNotContain("Weather").doesNotContain("First!");
    }

    @Test
    void shouldGatherSiblingParagraphsThatReadLikeProse() {
        Element article = locate("""
                <div><div class="body"><p>%1$s</p><p>%1$s</p><p>%1$s</p></div>
                <p>The service resumes on Monday. Tickets are on sale now at every terminal of the line.</p>
                <p><a href="/more">More from the coast desk and other regional news pages</a></p></div>""".formatted(PROSE));

        assertThat(article.text()).contains("The service resumes on Monday.").doesNotContain("More from the coast desk");
    }

    @Test
    void shouldDropHiddenElementsTheBylineAndAHeadingThatRepeatsTheTitle() {
        Element article = locate("""
                <html><head><title>Ferry service extended through winter</title></head><body><div class="story">
                <h1>Ferry service extended through winter</h1>
                <div class="byline">By Jane Roe</div>
                <div style="display: none"><p>Hidden text that no reader sees, with commas, and more.</p></div>
                <p aria-hidden="true">Also hidden from readers, with a comma, and words.</p>
                <p>%1$s</p><p>%1$s</p><p>%1$s</p></div></body></html>""".formatted(PROSE));

        assertThat(article.text()).contains("ferry service")
                .doesNotContain("By Jane Roe").doesNotContain("Hidden text").doesNotContain("Also hidden")
                .doesNotContain("extended through winter");
    }

    @Test
    void shouldPruneShareBarsAndLinkHeavyBlocksInsideTheArticle() {
        Element article = locate("""
                <div class="article"><p>%1$s</p>
                <div class="share-tools"><span>Share this story</span> <a href="https://facebook.com/sharer">Facebook</a></div>
                <p>%1$s</p>
                <div><a href="/x">Ferry timetable</a> <a href="/y">Winter fares</a> <a href="/z">Terminal map</a></div>
                <p>%1$s</p></div>""".formatted(PROSE));

        assertThat(article.text()).contains("ferry service").doesNotContain("Share this story").doesNotContain("Winter fares");
    }

    @Test
    void shouldPruneNewsletterBoxesAdSlotsAndAuthorBiosNamedSoInsideTheArticle() {
        Element article = locate("""
                <div class="article"><p>%1$s</p>
                <section class="NewsletterBox"><p>The morning briefing, in your inbox at seven.</p></section>
                <p>%1$s</p>
                <section class="c-ad--bigbox"><p>Story continues below advertisement</p></section>
                <p>%1$s</p>
                <p class="author-bio">Jane Roe covers the coast for the paper, since 2019, from the harbour office.</p></div>"""
                .formatted(PROSE));

        assertThat(article.text()).contains("ferry service")
                .doesNotContain("morning briefing").doesNotContain("continues below").doesNotContain("covers the coast");
    }

    @Test
    void shouldKeepAWrapperNamedForFurnitureWhenItHoldsMostOfTheArticle() {
        Element article = locate("""
                <div class="post"><div class="entry comments-enabled"><p>%1$s</p><p>%1$s</p><p>%1$s</p></div>
                <p>The service resumes on Monday. Tickets are on sale now at every terminal of the line.</p></div>"""
                .formatted(PROSE));

        assertThat(article.text()).contains("ferry service").contains("resumes on Monday");
    }

    @Test
    void shouldGatherTheArticlesPartsWrappedAlikeButNotOtherBlocksOfTheSameClass() {
        Element article = locate("""
                <div class="page">
                  <div class="row"><div class="col"><div class="text"><p>%1$s</p><p>%1$s</p><p>%1$s</p><p>%1$s</p></div></div>
                    <div class="tools">Print</div></div>
                  <div class="row"><div class="col"><div class="text">
                    <p>The service resumes on Monday, with tickets on sale at every terminal, the board said, and with fares unchanged.</p>
                    <p>Fares stay as they are, at least until the spring, when the council, the unions and the board review them.</p>
                  </div></div></div>
                  <div class="row"><div class="offer"><p>Subscribe now, and read every story of the coast desk, in print, online,
                    on our apps, for a month, free of charge, then at half the price, for a year, with no commitment.</p></div></div>
                </div>""".formatted(PROSE));

        assertThat(article.text()).contains("ferry service").contains("resumes on Monday").contains("Fares stay as they are")
                .doesNotContain("Subscribe now");
    }

    @Test
    void shouldKeepADataTableWhole() {
        Element article = locate("""
                <div class="article"><p>%1$s</p><p>%1$s</p>
                <table><caption>Passengers by month</caption>
                  <tr><th>Month</th><th>Passengers</th></tr><tr><td><a href="/jan">January</a></td><td>4,100</td></tr></table>
                <p>%1$s</p></div>""".formatted(PROSE));

        assertThat(article.text()).contains("Passengers by month").contains("January");
    }

    @Test
    void shouldRelaxItsRulesWhenTheStrictAttemptFindsTooLittle() {
        // The whole article sits in an element whose class says "sidebar": the strict attempt drops it.
        Element article = locate("""
                <div class="sidebar-wrapper"><p>%1$s</p><p>%1$s</p><p>%1$s</p><p>%1$s</p><p>%1$s</p></div>""".formatted(PROSE));

        assertThat(article.text()).contains("ferry service");
        assertThat(TextMeasures.length(article)).isGreaterThanOrEqualTo(ScoringContentLocator.MIN_ARTICLE_LENGTH);
    }

    @Test
    void shouldTurnDivsOfLooseTextIntoParagraphs() {
        Element article = locate("""
                <div class="post"><div>%1$s</div><div>%1$s<br><br>%1$s</div><div>%1$s</div></div>""".formatted(PROSE));

        assertThat(article.select("p")).isNotEmpty();
        assertThat(article.text()).contains("ferry service");
    }

    @Test
    void shouldTakeTheWholeBodyOfAShortFragmentWithoutClimbingPastIt() {
        Document page = Jsoup.parse("<p>See <a href='/x'>the other story</a> for more.</p>", "https://news.example.org/a");

        Element article = locator.locate(page);

        assertThat(article.text()).isEqualTo("See the other story for more.");
        assertThat(article.parents()).extracting(Element::normalName).contains("body");
    }

    @Test
    void shouldTrustTheArticleElementWhenNoParagraphStandsOut() {
        Element article = locate("<div>Teaser</div><article><p>Short body.</p></article><div>Imprint</div>");

        assertThat(article.text()).isEqualTo("Short body.");
    }

    @Test
    void shouldSurviveAPageWithoutText() {
        assertThat(locate("<div><img src=a.jpg></div>").text()).isEmpty();
    }

    @Test
    void shouldAskForTheSamePageAgainOnlyWhenTheFirstAttemptKeepsTooLittle() {
        String longArticle = "<div><p>" + PROSE + "</p><p>" + PROSE + "</p><p>" + PROSE + "</p><p>" + PROSE + "</p></div>";
        String shortPage = "<div class='sidebar'><p>" + PROSE + "</p></div>";
        int[] asked = {0};

        Element article = locator.locate(Jsoup.parse(longArticle), () -> {
            asked[0]++;
            return Jsoup.parse(longArticle);
        });
        assertThat(asked[0]).isZero();
        assertThat(article.text()).contains("ferry service");

        article = locator.locate(Jsoup.parse(shortPage), () -> {
            asked[0]++;
            return Jsoup.parse(shortPage);
        });
        // Once without unlikely-stripping (the "sidebar" went). That attempt weighed no name (the div around
        // the lone paragraph gives way to it) and pruned nothing, so the two laxer attempts would repeat it.
        assertThat(asked[0]).as("a fresh page for each attempt that could find more").isEqualTo(1);
        assertThat(article.text()).contains("ferry service");
    }

    @Test
    void shouldNotRepeatAnAttemptWhoseRelaxedRulesChangedNothing() {
        String plainShortPage = "<div><p>" + PROSE + "</p></div>";
        int[] asked = {0};

        Element article = locator.locate(Jsoup.parse(plainShortPage), () -> {
            asked[0]++;
            return Jsoup.parse(plainShortPage);
        });

        assertThat(asked[0]).as("no name was unlikely or weighed, no block pruned: every lenient attempt would repeat").isZero();
        assertThat(article.text()).contains("ferry service");
    }

    private Element locate(String html) {
        Document page = Jsoup.parse(html, "https://news.example.org/a");
        return locator.locate(page);
    }
}
