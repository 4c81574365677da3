package dev.newsflow.enrich.extract.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.enrich.extract.Provenance;
import dev.newsflow.enrich.extract.Sourced;
import java.time.Instant;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

class MetadataReaderTest {

    private final MetadataReader reader = new MetadataReader();

    @Test
    void shouldPreferJsonLdAndSayWhereEachValueCameFrom() {
        PageMetadata metadata = read("""
                <html><head>
                <meta property="og:title" content="OG title">
                <meta property="article:published_time" content="2024-05-01T10:00:00Z">
                <script type="application/ld+json">
                  [{"@type": "BreadcrumbList"},
                   {"@type": "NewsArticle", "headline": "JSON-LD title", "datePublished": "2024-05-01T09:00:00Z",
                    "author": "Jane Roe", "publisher": {"name": "Example Press"}, "image": ["/img/a.jpg"],}]
                </script>
                </head><body><h1>H1 title</h1></body></html>""");

        assertThat(metadata.title()).isEqualTo(new Sourced<>("JSON-LD title", Provenance.JSONLD));
        assertThat(metadata.publishedAt()).isEqualTo(new Sourced<>(Instant.parse("2024-05-01T09:00:00Z"), Provenance.JSONLD));
        assertThat(metadata.authors()).isEqualTo(new Sourced<>(List.of("Jane Roe"), Provenance.JSONLD));
        assertThat(metadata.siteName()).isEqualTo(new Sourced<>("Example Press", Provenance.JSONLD));
        assertThat(metadata.imageUrl()).isEqualTo(new Sourced<>("https://news.example.org/img/a.jpg", Provenance.JSONLD));
    }

    @Test
    void shouldFallBackToOpenGraphThenTitleThenH1() {
        assertThat(read("<html><head><meta property=og:title content='OG title'></head><body><h1>H1</h1></body></html>").title())
                .isEqualTo(new Sourced<>("OG title", Provenance.OPENGRAPH));
        assertThat(read("<html><head><title>Ferry returns | Coast News</title>"
                + "<meta property=og:site_name content='Coast News'></head><body><h1>Coast News</h1></body></html>").title())
                .isEqualTo(new Sourced<>("Ferry returns", Provenance.META));
        assertThat(read("<html><head><title>Ferry returns - Coast</title></head><body><h1>Ferry returns</h1></body></html>").title())
                .isEqualTo(new Sourced<>("Ferry returns", Provenance.META));
        assertThat(read("<html><head></head><body><h1>H1 title</h1></body></html>").title())
                .isEqualTo(new Sourced<>("H1 title", Provenance.BODY));
    }

    @Test
    void shouldSkipBrokenJsonLd() {
        PageMetadata metadata = read("""
                <html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": </script>
                <meta property="og:title" content="Still here"></head><body></body></html>""");

        assertThat(metadata.title()).isEqualTo(new Sourced<>("Still here", Provenance.OPENGRAPH));
    }

    @Test
    void shouldReadCanonicalUrlDescriptionAndDeclaredLanguage() {
        PageMetadata metadata = read("""
                <html lang="de_DE"><head><link rel="canonical" href="/de/artikel-1">
                <meta name="description" content="Kurz gesagt."></head><body></body></html>""");

        assertThat(metadata.canonicalUrl()).isEqualTo("https://news.example.org/de/artikel-1");
        assertThat(metadata.description()).isEqualTo(new Sourced<>("Kurz gesagt.", Provenance.META));
        assertThat(metadata.language()).isEqualTo("de-de");
    }

    @Test
    void shouldSayNothingAboutAFeedFragment() {
        PageMetadata metadata = read("<p>Just a paragraph.</p>");

        assertThat(metadata.title()).isNull();
        assertThat(metadata.publishedAt()).isNull();
        assertThat(metadata.siteName()).isNull();
        assertThat(metadata.canonicalUrl()).isNull();
        assertThat(metadata.language()).isNull();
    }

    private PageMetadata read(String html) {
        return reader.read(Jsoup.parse(html, "https://news.example.org/a/b"));
    }
}
