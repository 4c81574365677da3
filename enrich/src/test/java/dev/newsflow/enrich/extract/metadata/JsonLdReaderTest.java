package dev.newsflow.enrich.extract.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Arrays;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.DataNode;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class JsonLdReaderTest {

    private final JsonLdReader reader = new JsonLdReader();

    @Test
    void shouldReadTheFieldsOfANewsArticle() {
        JsonLdArticle article = read("""
                {"@type": "NewsArticle", "headline": " Ferry runs all winter ", "description": "The council voted.",
                 "author": [{"@type": "Person", "name": "Jane Roe"}, {"@type": "NewsMediaOrganization", "name": "Coast Desk"}],
                 "publisher": {"@type": "Organization", "name": "The Coast Times"},
                 "image": [{"@type": "ImageObject", "url": "https://img.example.org/ferry.jpg"}, "https://img.example.org/second.jpg"]}""");

        assertThat(article).isEqualTo(new JsonLdArticle("Ferry runs all winter", "The council voted.",
                List.of("Jane Roe"), List.of("Coast Desk"), "The Coast Times", "https://img.example.org/ferry.jpg"));
    }

    @Test
    void shouldFindTheArticleInAGraphOrAsTheMainEntityOfAWebPage() {
        JsonLdArticle inGraph = read("""
                {"@graph": [{"@type": "WebSite", "name": "Site"}, {"@type": ["Thing", "BlogPosting"], "headline": "In the graph"}]}""");
        JsonLdArticle mainEntity = read("""
                {"@type": "WebPage", "name": "Page", "mainEntity": {"@type": "Article", "headline": "The main entity"}}""");

        assertThat(inGraph.headline()).isEqualTo("In the graph");
        assertThat(mainEntity.headline()).isEqualTo("The main entity");
    }

    @Test
    void shouldAnswerNoneWhenNoBlockDescribesAnArticle() {
        assertThat(read("""
                {"@type": "Organization", "name": "The Coast Times"}""")).isEqualTo(JsonLdArticle.NONE);
    }

    @Test
    void shouldPreferTheNameOverALabelHeadlineWhenTheNameMatchesThePageTitle() {
        JsonLdArticle article = reader.read(List.of(tree("""
                {"@type": "NewsArticle", "headline": "Live", "name": "Ferry service extended through winter"}""")),
                Arrays.asList("Ferry service extended through winter | The Coast Times", null));

        assertThat(article.headline()).isEqualTo("Ferry service extended through winter");
    }

    @Test
    void shouldJoinGivenAndFamilyNameOfAnAuthorWithoutAName() {
        JsonLdArticle article = read("""
                {"@type": "Article", "author": {"@type": "Person", "givenName": "Jane", "familyName": "Roe"}}""");

        assertThat(article.authors()).containsExactly("Jane Roe");
    }

    @Test
    void shouldTakeTheCdataSectionOrCommentAroundABlockAwayAndLeaveTheJsonAsItIs() {
        assertThat(JsonLdReader.unwrapped("\n  <![CDATA[{\"a\": 1}]]>  \n")).isEqualTo("{\"a\": 1}");
        assertThat(JsonLdReader.unwrapped("<!--{\"a\": \"-->\"}-->")).isEqualTo("{\"a\": \"-->\"}");
        assertThat(JsonLdReader.unwrapped(" {\"a\": \"]]>\"} ")).isEqualTo(" {\"a\": \"]]>\"} ");
        assertThat(JsonLdReader.unwrapped("<!-->")).isEqualTo(">");
    }

    @Test
    void shouldReadABlockWrappedInCdataOrACommentWithTrailingCommasAndRawNewlines() {
        JsonNode wrapped = tree("<![CDATA[ {\"@type\": \"Article\", \"headline\": \"Two\nlines\",} ]]>");
        JsonNode commented = tree("<!-- {\"@type\": \"Article\", \"headline\": \"Commented\"} -->");

        assertThat(reader.read(List.of(wrapped), List.of()).headline()).isEqualTo("Two\nlines");
        assertThat(reader.read(List.of(commented), List.of()).headline()).isEqualTo("Commented");
    }

    @Test
    void shouldGiveNoTreeForABlockThatIsNotJson() {
        assertThat(tree("var article = {headline: 'not json'};")).isNull();
    }

    private JsonLdArticle read(String json) {
        return reader.read(List.of(tree(json)), List.of());
    }

    private static JsonNode tree(String json) {
        Element script = Jsoup.parse("<script type=application/ld+json></script>").selectFirst("script");
        script.appendChild(new DataNode(json));
        return JsonLdReader.tree(script);
    }
}
