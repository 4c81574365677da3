package dev.newsflow.enrich.extract.body;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.enrich.extract.body.scoring.ScoringContentLocator;
import dev.newsflow.enrich.extract.image.ImageProxyUnwrapper;
import java.time.Instant;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class BodyExtractorTest {

    private static final String PROSE = "Buses will leave the central station every thirty minutes between midnight and five, "
            + "stopping at the ferry terminal, the hospital and the old market, the transport board said on Monday.";

    private final BodyExtractor extractor = new BodyExtractor(new ScoringContentLocator(), new ImageProxyUnwrapper());

    @Test
    void shouldCutLooseTextIntoParagraphsAtBlocksAndLineBreaks() {
        ArticleBody body = extract("<div>First line<br>second line<p>A paragraph.</p>Trailing <b>bold</b> text</div>");

        assertThat(body.textBlocks()).extracting(TextBlock::text)
                .containsExactly("First line", "second line", "A paragraph.", "Trailing bold text");
    }

    @Test
    void shouldLeaveOutTheIdeographicAndNoBreakSpacesThatIndentParagraphs() {
        ArticleBody body = extract("<p>\u3000\u3000港珠澳大桥周三正式通车。</p><p>&nbsp;&nbsp;Indented with no-break spaces.&nbsp;</p>");

        assertThat(body.textBlocks()).extracting(TextBlock::text)
                .containsExactly("港珠澳大桥周三正式通车。", "Indented with no-break spaces.");
    }

    @Test
    void shouldTreatWholeBoldParagraphsAsHeadingsButNotBoldLeads() {
        ArticleBody body = extract("<p><strong>A subheading</strong></p><p><b>A bold lead sentence that ends.</b></p>"
                + "<p><strong>Bold</strong> start of a paragraph</p><h3>A real heading</h3>");

        assertThat(body.textBlocks()).extracting(TextBlock::kind).containsExactly(
                TextBlock.Kind.HEADING, TextBlock.Kind.PARAGRAPH, TextBlock.Kind.PARAGRAPH, TextBlock.Kind.HEADING);
    }

    @Test
    void shouldAttachCaptionsToImagesAndKeepThemOutOfParagraphs() {
        ArticleBody body = extract("<p><img src='/a.jpg'></p><p><small>Caption A</small></p><p>Text.</p>"
                + "<figure><img src='/b.jpg'><figcaption>Caption B</figcaption></figure>"
                + "<img src='/c.jpg'><small>Caption C</small><p>More text.</p>");

        assertThat(body.images()).extracting(BodyImage::url).containsExactly(
                "https://news.example.org/a.jpg", "https://news.example.org/b.jpg", "https://news.example.org/c.jpg");
        assertThat(body.images()).extracting(BodyImage::caption).containsExactly("Caption A", "Caption B", "Caption C");
        assertThat(body.textBlocks()).extracting(TextBlock::text).containsExactly("Text.", "More text.");
    }

    @Test
    void shouldReadLazyImagesAndSkipPixels() {
        ArticleBody body = extract("<img src='data:image/gif;base64,R0lGOD' data-src='/lazy.jpg'>"
                + "<img src='/pixel.gif' width='1' height='1'><img srcset='/s-320.jpg 320w, /s-640.jpg 640w'>"
                + "<img class='lazyload' data-srcset='/l-320.jpg 320w, /l-640.jpg 640w'>");

        assertThat(body.images()).extracting(BodyImage::url).containsExactly("https://news.example.org/lazy.jpg",
                "https://news.example.org/s-320.jpg", "https://news.example.org/l-320.jpg");
    }

    @Test
    void shouldTakeTheDatelineNearTheTopOutOfTheBody() {
        ArticleBody iso = extract("<div><i><br>2024-05-02T09:30:00.000Z</i></div><p>Text.</p>");
        ArticleBody time = extract("<p><time datetime='2024-05-02T09:30:00Z'>2 May 2024</time></p><p>Text.</p>");

        assertThat(iso.timestamp().instant()).isEqualTo(Instant.parse("2024-05-02T09:30:00Z"));
        assertThat(time.timestamp().instant()).isEqualTo(Instant.parse("2024-05-02T09:30:00Z"));
        assertThat(iso.textBlocks()).extracting(TextBlock::text).containsExactly("Text.");
    }

    @Test
    void shouldLeaveATimestampFarDownTheBodyAlone() {
        ArticleBody body = extract("<p>One.</p><p>Two.</p><p>Three.</p><p>2024-05-02</p>");

        assertThat(body.timestamp()).isNull();
        assertThat(body.textBlocks()).hasSize(4);
    }

    @Test
    void shouldDropPageFurnitureAndPreferTheArticleElement() {
        ArticleBody body = extract("<header>Site</header><nav><a href='/'>Home</a></nav><div>Teaser</div>"
                + "<article><h1>Title</h1><p>Body text.</p><aside>Read also</aside><script>x()</script></article>"
                + "<footer>Imprint</footer>");

        assertThat(body.textBlocks()).extracting(TextBlock::text).containsExactly("Body text.");
    }

    @Test
    void shouldMoveCreditsOutAndStripTheLeadingCredit() {
        ArticleBody body = extract("<p>(AFP) — The talks ended.</p><p>Second paragraph.</p><p>(dpa)</p><p>© 2024 Example</p>");

        assertThat(body.textBlocks()).extracting(TextBlock::text).containsExactly("The talks ended.", "Second paragraph.");
        assertThat(body.credits()).containsExactly("(AFP)", "(dpa)", "© 2024 Example");
    }

    @Test
    void shouldPutTheStandfirstShownInTheArticleHeaderBeforeTheBody() {
        String lead = "Berlin. The city will run night buses on the harbour line again, after a pilot carried more riders.";
        ArticleBody body = extract("<html><head><meta property='og:description' content='" + lead.substring(8) + "'></head><body>"
                + "<article><header><h1>Night buses return</h1><p class='intro'><b>Berlin.</b> " + lead.substring(8)
                + "</p></header><div class='text'><p>" + PROSE + "</p><p>" + PROSE + "</p></div></article></body></html>");

        assertThat(body.textBlocks()).extracting(TextBlock::text).containsExactly(lead, PROSE, PROSE);
    }

    @Test
    void shouldLeaveADescriptionOutWhenThePageDoesNotShowItOrTheBodyHoldsIt() {
        String description = "The city will run night buses on the harbour line again, after a pilot carried more riders.";
        ArticleBody unseen = extract("<html><head><meta name='description' content='" + description + "'></head><body>"
                + "<article><p>" + PROSE + "</p><p>" + PROSE + "</p></article></body></html>");
        ArticleBody inBody = extract("<html><head><meta name='description' content='" + description + "'></head><body>"
                + "<article><p>" + description + "</p><p>" + PROSE + "</p></article></body></html>");

        assertThat(unseen.textBlocks()).extracting(TextBlock::text).containsExactly(PROSE, PROSE);
        assertThat(inBody.textBlocks()).extracting(TextBlock::text).containsExactly(description, PROSE);
    }

    @Test
    void shouldKeepLinksWithTheirBlock() {
        ArticleBody body = extract("<p>See <a href='/x' rel='ArticleRef nofollow'>the other story</a> for more.</p>");

        TextBlock paragraph = body.textBlocks().get(0);
        assertThat(paragraph.text()).isEqualTo("See the other story for more.");
        assertThat(paragraph.anchors()).singleElement().satisfies(anchor -> {
            assertThat(anchor.url()).isEqualTo("https://news.example.org/x");
            assertThat(anchor.rel()).containsExactlyInAnyOrder("articleref", "nofollow");
        });
    }

    private ArticleBody extract(String html) {
        return extractor.extract(Jsoup.parse(html, "https://news.example.org/a/b"));
    }
}
