package dev.newsflow.enrich.extract.body.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class AncestryTest {

    private final Document page = Jsoup.parse("<table id=t><tr><td><div id=outer><div id=inner><code><b id=b>x</b></code></div></div></td></tr></table>");

    @Test
    void shouldSeeOnlyProperAncestorsAsContaining() {
        Element inner = page.getElementById("inner");

        assertThat(Ancestry.isInside(page.getElementById("b"), inner)).isTrue();
        assertThat(Ancestry.isInside(inner, inner)).isFalse();
        assertThat(Ancestry.isInside(null, inner)).isFalse();
    }

    @Test
    void shouldNoLongerSeeARemovedElementInsideItsFormerContainer() {
        Element b = page.getElementById("b");
        Element outer = page.getElementById("outer");

        page.getElementById("inner").remove();

        assertThat(Ancestry.isInside(b, outer)).isFalse();
    }

    @Test
    void shouldLookForAnAncestorTagNoHigherThanAsked() {
        Element b = page.getElementById("b");

        assertThat(Ancestry.hasAncestor(b, "code", 1)).isTrue();
        assertThat(Ancestry.hasAncestor(b, "table", 3)).isFalse();
        assertThat(Ancestry.hasAncestor(b, "table", 0)).isTrue();
    }

    @Test
    void shouldListThePathDownFromBelowTheTopToTheBottom() {
        Element outer = page.getElementById("outer");

        assertThat(Ancestry.pathDown(outer, page.getElementById("b"))).extracting(Element::normalName)
                .containsExactly("div", "code", "b");
        assertThat(Ancestry.pathDown(outer, outer)).isEmpty();
    }
}
