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
}
