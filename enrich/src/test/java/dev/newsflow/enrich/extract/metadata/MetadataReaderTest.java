package dev.newsflow.enrich.extract.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.enrich.extract.provenance.Provenance;
import dev.newsflow.enrich.extract.provenance.Sourced;
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
        assertThat(firstPublished(metadata)).isEqualTo(new Sourced<>(Instant.parse("2024-05-01T09:00:00Z"), Provenance.JSONLD));
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
    void shouldReplaceUnpairedSurrogatesInJsonLd() {
        PageMetadata metadata = read("""
                <html><head><script type="application/ld+json">
                  {"@type": "NewsArticle", "headline": "a\\uD800b", "author": {"name": "Jo \\uDC00"}}
                </script></head><body></body></html>""");

        assertThat(metadata.title().value()).isEqualTo("a\uFFFDb");
        assertThat(metadata.authors().value()).containsExactly("Jo \uFFFD");
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
        assertThat(metadata.dates().published()).isEmpty();
        assertThat(metadata.siteName()).isNull();
        assertThat(metadata.canonicalUrl()).isNull();
        assertThat(metadata.language()).isNull();
    }

    @Test
    void shouldReadJsonLdWrappedInCdata() {
        PageMetadata metadata = read("""
                <html><head><script type="application/ld+json">
                <![CDATA[ {"@type": "NewsArticle", "headline": "From CDATA", "datePublished": "2024-05-01T09:00:00Z"} ]]>
                </script></head><body></body></html>""");

        assertThat(metadata.title()).isEqualTo(new Sourced<>("From CDATA", Provenance.JSONLD));
        assertThat(metadata.declaresArticle()).isTrue();
    }

    @Test
    void shouldPreferTheJsonLdNameWhenTheHeadlineIsALabelAndTheNameMatchesTheTitle() {
        PageMetadata metadata = read("""
                <html><head><title>List of ferry routes - Wiki</title><script type="application/ld+json">
                {"@type": "Article", "headline": "Wikimedia list article", "name": "List of ferry routes"}
                </script></head><body></body></html>""");

        assertThat(metadata.title().value()).isEqualTo("List of ferry routes");
    }

    @Test
    void shouldReadMetaTagsNamingSeveralPropertiesAndBothDublinCoreSpellings() {
        PageMetadata metadata = read("""
                <html><head><title>Title element</title>
                <meta property="x:title dc:title" content="Dublin Core title">
                <meta property="og:title" content="OG title">
                <meta name="DC.creator" content="Jane Roe">
                <meta name="author" content="Someone Else">
                <meta name="parsely-pub-date" content="2024-04-20T04:20:00Z">
                </head><body></body></html>""");

        assertThat(metadata.title()).isEqualTo(new Sourced<>("Dublin Core title", Provenance.META));
        assertThat(metadata.authors()).isEqualTo(new Sourced<>(List.of("Jane Roe"), Provenance.META));
        assertThat(firstPublished(metadata)).isEqualTo(new Sourced<>(Instant.parse("2024-04-20T04:20:00Z"), Provenance.META));
        assertThat(metadata.declaresArticle()).isFalse();
    }

    @Test
    void shouldDropTheSiteNameFromSocialTitlesAndTheSiteAndSectionFromTheTitleElement() {
        assertThat(read("<html><head><meta property=og:site_name content='Coast News'>"
                + "<meta property=og:title content='Ferry returns for winter - Coast News'></head></html>").title().value())
                .isEqualTo("Ferry returns for winter");
        assertThat(read("<html><head><title>Ferry returns for winter | Regional | Coast News</title></head></html>").title().value())
                .isEqualTo("Ferry returns for winter | Regional");
    }

    @Test
    void shouldFallBackToTheVisibleBylineForAuthors() {
        PageMetadata metadata = read("""
                <html><head></head><body><div class="story-byline">By Jane Roe and John Doe, March 25, 2015</div>
                <p>Text.</p></body></html>""");

        assertThat(metadata.authors()).isEqualTo(new Sourced<>(List.of("Jane Roe", "John Doe"), Provenance.BODY));
    }

    @Test
    void shouldDeclareAnArticleByOpenGraphType() {
        assertThat(read("<html><head><meta property=og:type content=article></head></html>").declaresArticle()).isTrue();
    }

    /** The most trusted publication date the page declares, with its source. */
    private static Sourced<Instant> firstPublished(PageMetadata metadata) {
        var first = metadata.dates().published().get(0);
        return new Sourced<>(first.date().instant(), first.source());
    }

    private PageMetadata read(String html) {
        return reader.read(Jsoup.parse(html, "https://news.example.org/a/b"));
    }

    @Test
    void shouldTellJsonLdPersonsFromOrganisationsAndFallToTheBylineForAPerson() {
        PageMetadata both = read("""
                <html><head><script type="application/ld+json">
                {"@type": "NewsArticle", "author": [{"@type": "NewsMediaOrganization", "name": "Example Press"},
                 {"@type": "Person", "givenName": "Jane", "familyName": "Roe"}]}
                </script></head><body></body></html>""");
        assertThat(both.authors()).isEqualTo(new Sourced<>(List.of("Jane Roe"), Provenance.JSONLD));

        PageMetadata organisationOnly = read("""
                <html><head><script type="application/ld+json">
                {"@type": "NewsArticle", "author": {"@type": "Organization", "name": "Example Press"}}
                </script></head><body><p class="byline">By John Doe</p></body></html>""");
        assertThat(organisationOnly.authors()).isEqualTo(new Sourced<>(List.of("John Doe"), Provenance.BODY));
    }

    @Test
    void shouldKeepTheSiteAsAuthorWhenNoSourceNamesAPerson() {
        PageMetadata metadata = read("""
                <html><head><meta property="og:site_name" content="Example Press">
                <meta name="author" content="Example Press"></head><body><p>Text.</p></body></html>""");

        assertThat(metadata.authors()).isEqualTo(new Sourced<>(List.of("Example Press"), Provenance.META));
    }

    @Test
    void shouldPreferTheArticleH1ToALogoH1() {
        PageMetadata metadata = read("""
                <html><head><title>Ferry returns to the island - Coast News</title></head>
                <body><header><h1>Coast News</h1></header><article><h1>Ferry returns to the island</h1></article></body></html>""");

        assertThat(metadata.title()).isEqualTo(new Sourced<>("Ferry returns to the island", Provenance.BODY));
    }
}
