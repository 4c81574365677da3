package dev.newsflow.enrich.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Test;

class ScriptAndStyleContentTest {

    @Test
    void shouldEmptyScriptsAndStylesAndKeepEverythingElse() {
        String page = "<html><head><style>p { color: red }</style><script src=a.js></script>"
                + "<script>var html = '<p>not a paragraph</p>';</script></head>"
                + "<body><p>Text</p><script type='text/javascript'>track();</script></body></html>";

        assertThat(ScriptAndStyleContent.of(page).toString()).isEqualTo("<html><head><style></style><script src=a.js></script>"
                + "<script></script></head><body><p>Text</p><script type='text/javascript'></script></body></html>");
    }

    @Test
    void shouldKeepJsonScriptsWhichMetadataIsReadFrom() {
        String page = "<script type=\"application/ld+json\">{\"headline\": \"A\"}</script>"
                + "<script TYPE=application/json id=data>{\"a\": 1}</script><script>x()</script>";

        assertThat(ScriptAndStyleContent.of(page).toString()).isEqualTo("<script type=\"application/ld+json\">{\"headline\": \"A\"}</script>"
                + "<script TYPE=application/json id=data>{\"a\": 1}</script><script></script>");
    }

    @Test
    void shouldNotTakeTheWordScriptInAttributesCommentsOrTextareasForAScript() {
        String page = "<a title='<script>' href=\"x>y\">link</a><!-- <script> --><textarea><style></textarea>"
                + "<title><script></title><p>kept</p><script>gone()</script>";

        assertThat(ScriptAndStyleContent.of(page).toString()).isEqualTo("<a title='<script>' href=\"x>y\">link</a><!-- <script> -->"
                + "<textarea><style></textarea><title><script></title><p>kept</p><script></script>");
    }

    @Test
    void shouldStopAndKeepTheRestWhereTheParserCouldReadThePageAnotherWay() {
        List<String> unsure = List.of(
                "<script><!-- document.write('<script>x</script>') --></script>",
                "<![CDATA[ <script>x</script> ]]>",
                "<?php echo '<script>'; ?>",
                "<a b=\"c\"d<script>>x</a>",
                "</ 3><script>x</script>",
                "<svg><!-- </svg> --><script>x</script></svg>");
        for (String start : unsure) {
            String page = start + "<style>kept as it is</style>";
            assertThat(ScriptAndStyleContent.of(page).toString()).as(start).isEqualTo(page);
        }
    }

    @Test
    void shouldSkipSvgWholeAndGoOnAfterIt() {
        String page = "<svg viewBox='0 0 1 1'><title>icon</title><style>.a{}</style><path d='M0 0'/></svg><style>b{}</style>";

        assertThat(ScriptAndStyleContent.of(page).toString())
                .isEqualTo("<svg viewBox='0 0 1 1'><title>icon</title><style>.a{}</style><path d='M0 0'/></svg><style></style>");
    }

    @Test
    void shouldReadThePageWithoutTheContentAsOftenAsAsked() throws IOException {
        ScriptAndStyleContent content = ScriptAndStyleContent.of("<p>a</p><script>long();</script><p>b</p><style>c</style>");

        assertThat(read(content.pageWithout(), 3)).isEqualTo(content.toString());
        assertThat(read(content.pageWithout(), 1000)).isEqualTo("<p>a</p><script></script><p>b</p><style></style>");
    }

    @Test
    void shouldGiveThePageItselfWhenThereIsNothingToTakeOut() {
        String page = "<p>No scripts here.</p>";

        assertThat(ScriptAndStyleContent.of(page).toString()).isSameAs(page);
    }

    @Test
    void shouldParseToTheSameTreeApartFromTheEmptiedContent() {
        List<String> pages = List.of(
                "<!DOCTYPE html><html><head><title>T <b></title><script>if (a < b && c > d) { x('</p>') }</script></head>"
                        + "<body><div class=\"x\" data-json='{\"a\":\"<b>\"}'><p>One<script>y()</script> two</p></div></body></html>",
                "<body><!--><p>after an empty comment</p><!---><script>z()</script><p>end</p>",
                "<body><p>x</p><script>/* </scripts> is not the end */ w()</script ><p>after</p>",
                "<body><noscript><img src=a.jpg></noscript><iframe><script>no</script></iframe><style>q{}</style><p>p</p>",
                "<table><tr><td><script>t()</script>cell</td></tr></table><select><script>s()</script><option>o</select>",
                "<p>unclosed <script>never ends");
        for (String page : pages) {
            Document original = emptied(Jsoup.parse(page));
            Document stripped = emptied(Jsoup.parse(ScriptAndStyleContent.of(page).toString()));
            assertThat(stripped.outerHtml()).as(page).isEqualTo(original.outerHtml());
        }
    }

    /** The page with every non-JSON script and every style emptied, as the stripped page has them. */
    static Document emptied(Document page) {
        for (Element element : page.select("script, style")) {
            if (element.nameIs("script") && element.attr("type").toLowerCase().contains("json")) {
                continue;
            }
            for (Node child : new ArrayList<>(element.childNodes())) {
                if (child instanceof DataNode || child instanceof TextNode) {
                    child.remove();
                }
            }
        }
        return page;
    }

    private static String read(Reader reader, int chunk) throws IOException {
        StringWriter text = new StringWriter();
        char[] buffer = new char[chunk];
        for (int count = reader.read(buffer, 0, chunk); count >= 0; count = reader.read(buffer, 0, chunk)) {
            text.write(buffer, 0, count);
        }
        return text.toString();
    }
}
