package dev.newsflow.enrich.extract.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Objects;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;

class JsonLdDatesTest {

    private static JsonLdDates read(String... blocks) {
        StringBuilder head = new StringBuilder();
        for (String block : blocks) {
            head.append("<script type=\"application/ld+json\">").append(block).append("</script>");
        }
        Document page = Jsoup.parse("<html><head>" + head + "</head><body></body></html>");
        return JsonLdDates.of(page.select("script[type=application/ld+json]").stream().map(JsonLdReader::tree).filter(Objects::nonNull).toList());
    }

    @Test
    void shouldPreferTheArticlesDatesToTheWebPagesWhereverTheyStand() {
        JsonLdDates dates = read("""
                {"@context": "https://schema.org", "@graph": [
                  {"@type": "WebPage", "datePublished": "2024-05-01T08:00:00Z", "dateModified": "2024-05-04T08:00:00Z"},
                  {"@type": "WebSite", "datePublished": "2001-01-01"}]}""", """
                {"@type": "WebPage", "mainEntity": {"@type": "NewsArticle", "datePublished": "2024-05-02T09:00:00+02:00",
                  "dateModified": "2024-05-03T09:00:00+02:00"}}""");

        assertThat(dates.published()).containsExactly("2024-05-02T09:00:00+02:00", "2024-05-01T08:00:00Z");
        assertThat(dates.modified()).containsExactly("2024-05-03T09:00:00+02:00", "2024-05-04T08:00:00Z");
    }

    @Test
    void shouldTakeATopLevelObjectsDatesButNotThoseOfWhatItNests() {
        JsonLdDates dates = read("""
                {"@context": "https://schema.org", "@graph": [{"@type": "ClaimReview",
                  "itemReviewed": {"@type": "Claim", "datePublished": "2024-04-07"},
                  "datePublished": "2024-05-13 15:44"}]}""");

        assertThat(dates.published()).containsExactly("2024-05-13 15:44");
    }

    @Test
    void shouldReadArraysOfBlocksAndValuesAndDateCreated() {
        JsonLdDates dates = read("""
                [{"@type": "BreadcrumbList"}, {"@type": ["Article", "BlogPosting"], "dateCreated": ["2024-05-02"],
                  "dateModified": {"@value": "2024-05-03"}}]""", "{ not json");

        assertThat(dates.published()).containsExactly("2024-05-02");
        assertThat(dates.modified()).containsExactly("2024-05-03");
    }
}
