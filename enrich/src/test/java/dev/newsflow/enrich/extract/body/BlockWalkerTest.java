package dev.newsflow.enrich.extract.body;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.newsflow.enrich.extract.image.ImageProxyUnwrapper;
import dev.newsflow.enrich.extract.link.Anchor;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class BlockWalkerTest {

    private final BlockWalker walker = new BlockWalker(new ImageProxyUnwrapper());

    @Test
    void shouldCutParagraphsAndHeadingsInReadingOrderWithoutTheTitle() {
        List<Block> blocks = walk("<h1>The title</h1><p>First   paragraph.</p><h2>A section</h2><p>Second.</p>");

        assertThat(blocks).containsExactly(
                paragraph("First paragraph."), heading("A section"), paragraph("Second."));
    }

    @Test
    void shouldMakeLooseTextInAContainerAParagraphPerLineAndPerRunBetweenBlocks() {
        List<Block> blocks = walk("<div>Loose <em>text</em><br>and more<p>A block</p>after it</div>");

        assertThat(blocks).extracting(block -> ((TextBlock) block).text())
                .containsExactly("Loose text", "and more", "A block", "after it");
    }

    @Test
    void shouldKeepALinksTextInlineAndListTheLink() {
        List<Block> blocks = walk("<p>Read <a href='https://news.example.org/more'>the report</a> today.</p>");

        TextBlock block = (TextBlock) blocks.get(0);
        assertThat(block.text()).isEqualTo("Read the report today.");
        assertThat(block.anchors()).extracting(Anchor::url, Anchor::text)
                .containsExactly(tuple("https://news.example.org/more", "the report"));
    }

    @Test
    void shouldMakeAWholeBoldParagraphAHeadingAndATableCellACell() {
        List<Block> blocks = walk("<p><strong>What happens next</strong></p><table><tr><td>A cell</td></tr></table>");

        assertThat(blocks).containsExactly(heading("What happens next"),
                new TextBlock(TextBlock.Kind.CELL, "A cell", List.of(), null));
    }

    @Test
    void shouldTakeAnImageWithItsCaptionAndNotRepeatTheCaptionAsAParagraph() {
        List<Block> blocks = walk("<p>Before.</p><figure><img src='https://img.example.org/ferry.jpg'>"
                + "<figcaption>The ferry at dawn</figcaption></figure><p>After.</p>");

        assertThat(blocks).hasSize(3);
        assertThat(blocks.get(1)).isInstanceOf(BodyImage.class);
        BodyImage image = (BodyImage) blocks.get(1);
        assertThat(image.url()).isEqualTo("https://img.example.org/ferry.jpg");
        assertThat(image.caption()).isEqualTo("The ferry at dawn");
        assertThat(blocks).extracting(Object::toString).noneMatch(text -> text.contains("text=The ferry at dawn"));
    }

    private List<Block> walk(String html) {
        Element root = Jsoup.parse("<div id=root>" + html + "</div>", "https://news.example.org/story").getElementById("root");
        return walker.walk(root);
    }

    private static TextBlock paragraph(String text) {
        return new TextBlock(TextBlock.Kind.PARAGRAPH, text, List.of(), null);
    }

    private static TextBlock heading(String text) {
        return new TextBlock(TextBlock.Kind.HEADING, text, List.of(), null);
    }
}
