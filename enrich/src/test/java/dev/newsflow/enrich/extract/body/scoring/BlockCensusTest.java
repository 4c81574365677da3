package dev.newsflow.enrich.extract.body.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class BlockCensusTest {

    @Test
    void shouldCountTextLinksHeadingsListsAndElementsOfABlock() {
        Element block = Jsoup.parse("<div id=b><h2>Title</h2><p>One, two <a href=/x>link</a></p>"
                + "<ul><li>item</li><li><a href=#note>note</a></li></ul><img src=a.jpg><input></div>").getElementById("b");

        BlockCensus census = BlockCensus.of(block);

        // Runs of whitespace count once; blocks with no whitespace between them join without (as the markup has none).
        assertThat(census.length).isEqualTo("TitleOne, two linkitemnote".length());
        assertThat(census.commas).isEqualTo(1);
        assertThat(census.paragraphs).isEqualTo(1);
        assertThat(census.listItems).isEqualTo(2);
        assertThat(census.images).isEqualTo(1);
        assertThat(census.inputs).isEqualTo(1);
        assertThat(census.headingLength).isEqualTo("Title".length());
        // The space before a link counts with it; a link to a place on the page weighs less than one away from it.
        assertThat(census.linkLength).isCloseTo(" link".length() + "note".length() * TextMeasures.SAME_PAGE_LINK_WEIGHT, within(1e-9));
    }

    @Test
    void shouldCountANestedBlockFromItsCensusAsWalkingItWould() {
        List<String> pages = List.of(
                "<div><div>  lead <b>bold</b>\n</div><div>next</div>tail</div>",
                "<div>before<div><span> spaced</span></div><div>\n</div><div>after </div> end</div>",
                "<div><a href=/out>outer <div>inner <a href=#in>deep</a></div> more</a><div><a href=#x> x</a>y</div></div>",
                "<div><h2><div> heading <div>deeper</div></div></h2><ul><li><div>one, two</div></li></ul></div>",
                "<div><div></div><div>   </div><div><p>a,b</p><div><img src=i.jpg></div></div>z</div>",
                "<div><div><iframe src='https://www.youtube.com/embed/x'></iframe></div><table><tr><td><div>cell</div></td></tr></table></div>");
        for (String html : pages) {
            Element outer = Jsoup.parseBodyFragment(html).body().child(0);
            Elements divs = outer.getElementsByTag("div");
            Map<Element, BlockCensus> measured = new IdentityHashMap<>();
            // As the cleaner judges them: innermost first, each taking in the censuses already taken inside it.
            for (int i = divs.size() - 1; i >= 0; i--) {
                Element div = divs.get(i);
                BlockCensus reused = BlockCensus.of(div, measured);
                assertSameCensus(reused, BlockCensus.of(div), html);
                measured.put(div, reused);
            }
        }
    }

    private static void assertSameCensus(BlockCensus actual, BlockCensus walked, String html) {
        assertThat(actual.length).as("length of %s", html).isEqualTo(walked.length);
        assertThat(actual.linkLength).as("link length of %s", html).isCloseTo(walked.linkLength, within(1e-9));
        assertThat(actual.headingLength).as("heading length of %s", html).isEqualTo(walked.headingLength);
        assertThat(actual.textishLength).as("textish length of %s", html).isEqualTo(walked.textishLength);
        assertThat(actual.listLength).as("list length of %s", html).isEqualTo(walked.listLength);
        assertThat(actual.commas).as("commas of %s", html).isEqualTo(walked.commas);
        assertThat(actual.paragraphs).as("paragraphs of %s", html).isEqualTo(walked.paragraphs);
        assertThat(actual.images).as("images of %s", html).isEqualTo(walked.images);
        assertThat(actual.listItems).as("list items of %s", html).isEqualTo(walked.listItems);
        assertThat(actual.embeds).as("embeds of %s", html).isEqualTo(walked.embeds);
        assertThat(actual.hasVideo).as("video in %s", html).isEqualTo(walked.hasVideo);
    }
}
