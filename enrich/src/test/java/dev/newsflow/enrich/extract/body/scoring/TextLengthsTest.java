package dev.newsflow.enrich.extract.body.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class TextLengthsTest {

    @Test
    void shouldMeasureLinkDensityForEveryElementInOnePass() {
        Document page = Jsoup.parse("<div id=menu><a href=/a>aaaa</a> <a href=/b>bbbb</a></div>"
                + "<div id=prose>cccccccccccccccc<a href=/d>dddd</a></div>"
                + "<div id=toc>eeeeeeeeee<a href=#part>ffffffffff</a></div>");
        TextLengths lengths = new TextLengths(page.body());

        assertThat(lengths.linkDensity(page.getElementById("menu"))).isCloseTo(8.0 / 9, within(1e-9));
        assertThat(lengths.linkDensity(page.getElementById("prose"))).isCloseTo(4.0 / 20, within(1e-9));
        // A link within the page weighs less: a table of contents is not navigation away.
        assertThat(lengths.linkDensity(page.getElementById("toc"))).isCloseTo(3.0 / 20, within(1e-9));
        assertThat(lengths.linkDensity(page.getElementById("prose"))).isCloseTo(TextMeasures.linkDensity(page.getElementById("prose")), within(1e-9));
    }

    @Test
    void shouldCountARunOfWhitespaceAsOneCharacter() {
        Document page = Jsoup.parse("<p id=p>  two   words\n\n</p>");

        assertThat(TextMeasures.length(page.getElementById("p"))).isEqualTo("two words".length());
    }

    @Test
    void shouldBoundTheTextLengthFromBelowAndCountItsCommasAsTheTextWould() {
        Document page = Jsoup.parse("<section id=s><p id=a>One,\u00A0two,\u200B three\u00AD, \u060C four</p>"
                + "<pre id=pre>  a,\n  b  </pre><table><tr><td id=td>x<br>y, <b>z</b></td></tr></table></section>");
        TextLengths lengths = new TextLengths(page.body());

        for (String id : new String[] {"s", "a", "pre", "td"}) {
            String text = page.getElementById(id).text();
            assertThat(lengths.commas(page.getElementById(id))).as(id).isEqualTo(TextMeasures.commas(text));
            assertThat(lengths.textSurelyAsLongAs(page.getElementById(id), text.length())).as(id).isFalse();
        }
        assertThat(lengths.textSurelyAsLongAs(page.getElementById("a"), "Onetwothreefour".length() + 3)).isTrue();
    }
}
