package dev.newsflow.enrich.extract.body.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ArticleCleanerTest {

    private static final Strictness STRICT = Strictness.LADDER.get(0);
    /** The last attempt of the ladder: nothing is pruned for how it looks. */
    private static final Strictness LENIENT = Strictness.LADDER.get(3);
    private static final String PROSE = "The council voted on Tuesday to extend the ferry service, which carries about "
            + "four thousand passengers a day, through the winter, after months of debate, protests and letters.";

    @Test
    void shouldRemoveFormsFootersAndEmbedsWhateverTheStrictness() {
        Element article = article("<p>" + PROSE + "</p><footer>Page footer</footer><aside>Aside</aside>"
                + "<button>Subscribe</button><iframe src='https://ads.example.org/x'></iframe>");

        clean(article, LENIENT);

        assertThat(article.text()).isEqualTo(PROSE);
    }

    @Test
    void shouldPruneALinkListButKeepAProseBlockBesideIt() {
        Element article = proseAndLinkList();
        RuleUse used = new RuleUse();

        new ArticleCleaner(STRICT, used).clean(article);

        assertThat(article.getElementById("prose")).isNotNull();
        assertThat(article.getElementById("links")).isNull();
        assertThat(used.prunedConditionally).isTrue();
    }

    @Test
    void shouldLeaveLinkListsWhenNotCleaningConditionally() {
        Element article = proseAndLinkList();
        RuleUse used = new RuleUse();

        new ArticleCleaner(LENIENT, used).clean(article);

        assertThat(article.getElementById("links")).isNotNull();
        assertThat(used.prunedConditionally).isFalse();
    }

    @Test
    void shouldRemoveAnAdvertisementPlaceholder() {
        Element article = article("<p>" + PROSE + "</p><div id=ad>Advertisement</div>");

        clean(article, STRICT);

        assertThat(article.getElementById("ad")).isNull();
    }

    @Test
    void shouldKeepADataTableWithTheLinksInside() {
        Element article = article("<p>" + PROSE + "</p><table id=results><caption>Results</caption>"
                + "<tr><th>Team</th><th>Points</th></tr><tr><td><a href=/t/a>Alpha</a></td><td>12</td></tr>"
                + "<tr><td><a href=/t/b>Beta</a></td><td>9</td></tr></table>");

        clean(article, STRICT);

        assertThat(article.getElementById("results")).isNotNull();
    }

    @Test
    void shouldRemoveASmallShareBarAndTurnAnH1IntoAnH2() {
        Element article = article("<div><h1>Section heading</h1><p>" + PROSE + "</p>"
                + "<div><div class=share-tools><a href='https://facebook.com/sharer'>Facebook</a></div></div></div>");

        clean(article, LENIENT);

        assertThat(article.select(".share-tools")).isEmpty();
        assertThat(article.select("h1")).isEmpty();
        assertThat(article.select("h2").text()).isEqualTo("Section heading");
    }

    @Test
    void shouldRemoveABlockNamedAsFurnitureThatIsSmallBesideTheArticle() {
        Element article = article("<div class=story><p>" + PROSE + "</p><p>" + PROSE + "</p>"
                + "<div class=newsletter id=signup><p>Sign up for our newsletter, every morning, for free.</p></div></div>");

        clean(article, STRICT);

        assertThat(article.getElementById("signup")).isNull();
        assertThat(article.text()).isEqualTo(PROSE + " " + PROSE);
    }

    private static Element proseAndLinkList() {
        return article("<div id=prose><p>" + PROSE + "</p></div>"
                + "<div id=links><a href=/a>Sports news</a> <a href=/b>Weather today</a> <a href=/c>Markets</a></div>");
    }

    private static Element article(String html) {
        return Jsoup.parseBodyFragment("<div id=article>" + html + "</div>").getElementById("article");
    }

    private static void clean(Element article, Strictness strictness) {
        new ArticleCleaner(strictness, new RuleUse()).clean(article);
    }
}
