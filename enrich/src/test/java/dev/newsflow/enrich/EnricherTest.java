package dev.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsflow.core.event.EnrichedArticle;
import dev.newsflow.core.event.EnrichedArticle.Image;
import dev.newsflow.core.event.EnrichedArticle.Language.Segment;
import dev.newsflow.core.event.EnrichedArticle.Link;
import dev.newsflow.core.event.RawArticle;
import java.time.Instant;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

class EnricherTest {

    private static final Enricher ENRICHER = new Enricher();
    private static final RawArticle SEED_LIKE = RawArticles.archivedItem("seed-like-zh.txt");

    private final EnrichedArticle seedLike = ENRICHER.enrich(SEED_LIKE);

    @Test
    void shouldTakeTitleAndUrlFromTheFeed() {
        assertThat(seedLike.title()).isEqualTo("滨海市新海水淡化厂投产 缓解夏季用水紧张");
        assertThat(seedLike.url()).isEqualTo("https://news.example.org/zh/desalination-plant/a-1001");
        assertThat(seedLike.id()).isEqualTo(SEED_LIKE.id());
        assertThat(seedLike.provenance()).containsEntry("title", "feed");
    }

    @Test
    void shouldReadPublishedAtFromTheDatelineAtTheTopOfTheBody() {
        assertThat(seedLike.publishedAt()).isEqualTo(Instant.parse("2024-06-03T06:40:12Z"));
        assertThat(seedLike.feedTimestamp()).isEqualTo(Instant.parse("2024-06-03T08:06:40Z"));
        assertThat(seedLike.provenance()).containsEntry("publishedAt", "body");
        assertThat(seedLike.text()).doesNotContain("2024-06-03");
    }

    @Test
    void shouldFallBackToTheFeedTimestampWhenThePageGivesNoDate() {
        Instant feedTimestamp = Instant.parse("2024-01-02T03:04:05Z");
        EnrichedArticle article = ENRICHER.enrich(RawArticles.html(
                "<p>A paragraph with no date at all.</p>", "https://news.example.org/a", "A title", feedTimestamp));

        assertThat(article.publishedAt()).isEqualTo(feedTimestamp);
        assertThat(article.provenance()).containsEntry("publishedAt", "feed");
    }

    @Test
    void shouldTakeTheDateInTheUrlPathWhenNothingElseGivesOne() {
        EnrichedArticle article = ENRICHER.enrich(RawArticles.html(
                "<p>A paragraph with no date at all.</p>", "https://news.example.org/2024/05/01/vote", "A title", null));

        assertThat(article.publishedAt()).isEqualTo(Instant.parse("2024-05-01T00:00:00Z"));
        assertThat(article.provenance()).containsEntry("publishedAt", "url");
    }

    @Test
    void shouldUnwrapImageProxyUrls() {
        assertThat(seedLike.images()).extracting(Image::url).containsExactly(
                "https://media.example.org/photos/1001_main.jpg", "https://media.example.org/photos/1001_filters.jpg");
        assertThat(seedLike.images()).extracting(Image::sourceUrl).containsExactly(
                "https://images.weserv.nl/?url=media.example.org/photos/1001_main.jpg",
                "https://images.weserv.nl/?url=media.example.org/photos/1001_filters.jpg");
        assertThat(seedLike.leadImage()).isEqualTo(seedLike.images().get(0));
    }

    @Test
    void shouldTakeCaptionsFromTheFollowingSmallAndKeepThemOutOfText() {
        assertThat(seedLike.images()).extracting(Image::caption)
                .containsExactly("滨海市新建的海水淡化厂周一正式投入运行", "工廠內的反滲透過濾設備。");
        assertThat(seedLike.text()).doesNotContain("正式投入运行").doesNotContain("過濾設備");
    }

    @Test
    void shouldKeepSubheadingsInTextAndListThemInHeadings() {
        assertThat(seedLike.headings()).containsExactly("居民：希望水价不要上涨", "环保团体关注浓盐水排放", "专家：节水仍是关键");
        assertThat(seedLike.text().split("\n\n")).contains("环保团体关注浓盐水排放");
    }

    @Test
    void shouldSeparateParagraphsWithABlankLine() {
        String[] blocks = seedLike.text().split("\n\n");

        assertThat(blocks).hasSize(seedLike.stats().paragraphs() + seedLike.headings().size());
        assertThat(blocks[0]).startsWith("滨海市政府周一");
        assertThat(seedLike.text()).doesNotContain("\n\n\n");
    }

    @Test
    void shouldKeepRelatedLinksInlineAndListThem() {
        assertThat(seedLike.links()).extracting(Link::kind).containsOnly("related");
        assertThat(seedLike.links()).extracting(Link::url).containsExactly(
                "https://news.example.org/zh/brine-monitoring/a-0987",
                "https://news.example.org/zh/neighbour-city-water/a-0950",
                "https://news.example.org/zh/water-pricing-debate/a-0971");
        assertThat(seedLike.text()).contains("该组织要求政府公开排放监测数据。");
    }

    @Test
    void shouldMoveCreditsAndTheRightsLineOutOfText() {
        assertThat(seedLike.credits()).containsExactly(
                "（示例新聞中文網）", "（綜合報導）", "© 2024年示例新聞版權聲明：本文所有內容受著作權法保護，未經授權不得轉載。");
        assertThat(seedLike.text()).doesNotContain("示例新聞").doesNotContain("綜合報導").doesNotContain("©");
    }

    @Test
    void shouldTagSimplifiedAndTraditionalParagraphsAndCallTheDocumentMixed() {
        List<Segment> paragraphs = segments("paragraph");

        assertThat(paragraphs.subList(0, 6)).extracting(Segment::tag).containsOnly("zh-Hans");
        assertThat(paragraphs.subList(6, paragraphs.size())).extracting(Segment::tag).containsOnly("zh-Hant");
        assertThat(segments("heading").get(2).tag()).isEqualTo("zh-Hans");
        assertThat(seedLike.language().tag()).startsWith("zh");
        assertThat(seedLike.language().mixed()).isTrue();
        assertThat(seedLike.language().method()).isEqualTo("script");
    }

    @Test
    void shouldGiveTraditionalSegmentsASimplifiedCopy() {
        Segment traditional = segments("paragraph").get(6);

        assertThat(traditional.normalized()).startsWith("对此，工厂营运方表示，浓盐水会先经过稀释");
        assertThat(segments("paragraph").get(0).normalized()).isNull();
    }

    @Test
    void shouldDeriveTheSiteFromTheHostWhenThePageNamesNone() {
        assertThat(seedLike.site()).isEqualTo("news.example.org");
        assertThat(seedLike.provenance()).containsEntry("site", "url");
    }

    @Test
    void shouldCountReadingStats() {
        assertThat(seedLike.stats().images()).isEqualTo(2);
        assertThat(seedLike.stats().links()).isEqualTo(3);
        assertThat(seedLike.stats().paragraphs()).isEqualTo(10);
        assertThat(seedLike.stats().readingTimeSeconds()).isPositive();
    }

    @Test
    void shouldRecordTheExtractorAndCarryTheRawArticlesFields() {
        assertThat(seedLike.extractor().name()).isEqualTo("newsflow");
        assertThat(seedLike.extractor().version()).isEqualTo(Enricher.VERSION);
        assertThat(seedLike.schema()).isEqualTo(EnrichedArticle.SCHEMA);
        assertThat(seedLike.source()).isEqualTo(SEED_LIKE.source());
        assertThat(seedLike.fetchedAt()).isEqualTo(SEED_LIKE.fetchedAt());
        assertThat(seedLike.flags()).isEmpty();
    }

    @Test
    void shouldFlagTruncatedContent() {
        RawArticle truncated = new RawArticle(SEED_LIKE.schema(), SEED_LIKE.id(), 1, SEED_LIKE.url(), SEED_LIKE.source(),
                SEED_LIKE.title(), SEED_LIKE.feed(), SEED_LIKE.content().substring(0, 400), "text/html", true,
                SEED_LIKE.contentLength(), SEED_LIKE.contentHash(), SEED_LIKE.fetchedAt());

        assertThat(ENRICHER.enrich(truncated).flags()).contains("content-truncated");
    }

    @Test
    void shouldCarryTheCharsetFlagsOfTheRawArticleAndNoOtherFeedFlag() {
        RawArticle.FeedFields f = SEED_LIKE.feed();
        RawArticle.FeedFields flagged = new RawArticle.FeedFields(f.guid(), f.authors(), f.categories(), f.summary(), f.timestamp(),
                f.updated(), f.language(), f.images(), List.of(RawArticle.FeedFields.FLAG_TIMESTAMP_WITHOUT_ZONE,
                RawArticle.FeedFields.FLAG_CHARSET_OVERRULED, RawArticle.FeedFields.FLAG_CHARSET_DOUBTFUL));
        RawArticle decodedInDoubt = new RawArticle(SEED_LIKE.schema(), SEED_LIKE.id(), 1, SEED_LIKE.url(), SEED_LIKE.source(),
                SEED_LIKE.title(), flagged, SEED_LIKE.content(), "text/html", false,
                SEED_LIKE.contentLength(), SEED_LIKE.contentHash(), SEED_LIKE.fetchedAt());

        assertThat(ENRICHER.enrich(decodedInDoubt).flags()).containsExactly("charset-overruled", "charset-doubtful");
    }

    @Test
    void shouldRejectAnArticleWithoutContent() {
        RawArticle empty = RawArticles.html(" ", "https://news.example.org/a", "A title", null);

        assertThatThrownBy(() -> ENRICHER.enrich(empty))
                .isInstanceOf(EnrichmentException.class)
                .hasMessageContaining("no content");
    }

    @Test
    void shouldRejectContentThatIsNotHtml() {
        RawArticle pdf = new RawArticle(RawArticle.SCHEMA, "x", 1, "https://news.example.org/a.pdf", null, null, null,
                "%PDF-1.7", "application/pdf", false, 8, "0", null);

        assertThatThrownBy(() -> ENRICHER.enrich(pdf))
                .isInstanceOf(EnrichmentException.class)
                .hasMessageContaining("application/pdf")
                .hasMessageNotContaining("\n");
    }

    @Test
    void shouldReadTheMetadataOfAFullPage() {
        EnrichedArticle page = ENRICHER.enrich(RawArticles.html(RawArticles.resource("full-page-en.html"),
                "https://coast.example.com/news/harbour-ferry-returns?utm_source=feed", null, null));

        assertThat(page.title()).isEqualTo("Harbour ferry returns after two-year refit");
        assertThat(page.canonicalUrl()).isEqualTo("https://coast.example.com/news/harbour-ferry-returns");
        assertThat(page.site()).isEqualTo("Example Coast News");
        assertThat(page.authors()).containsExactly("Ada Pier", "Tom Keel");
        assertThat(page.publishedAt()).isEqualTo(Instant.parse("2024-05-02T07:30:00Z"));
        assertThat(page.updatedAt()).isEqualTo(Instant.parse("2024-05-02T09:45:00Z"));
        assertThat(page.provenance()).containsEntry("title", "jsonld").containsEntry("site", "opengraph")
                .containsEntry("publishedAt", "jsonld").containsEntry("canonicalUrl", "meta");
        assertThat(page.description()).isEqualTo("The oldest ferry on the harbour route is back in service with a hybrid engine.");
        assertThat(page.provenance()).containsEntry("description", "meta");
    }

    @Test
    void shouldTakeTheFeedSummaryAsTextWhenThePageHasNoDescription() {
        String url = "https://coast.example.com/news/tide-tables";
        RawArticle raw = RawArticles.html("<p>Tide tables for the week.</p>", url, "Tide tables", null);
        RawArticle withSummary = new RawArticle(raw.schema(), raw.id(), raw.revision(), raw.url(), raw.source(), raw.title(),
                new RawArticle.FeedFields(null, List.of(), List.of(), "<p>High water at <b>06:12</b> &amp; 18:40.</p>",
                        null, null, null),
                raw.content(), raw.contentType(), raw.contentTruncated(), raw.contentLength(), raw.contentHash(), raw.fetchedAt());

        EnrichedArticle article = ENRICHER.enrich(withSummary);

        assertThat(article.description()).isEqualTo("High water at 06:12 & 18:40.");
        assertThat(article.provenance()).containsEntry("description", "feed");
    }

    @Test
    void shouldKeepOnlyTheArticleOfAFullPage() {
        EnrichedArticle page = ENRICHER.enrich(RawArticles.html(RawArticles.resource("full-page-en.html"),
                "https://coast.example.com/news/harbour-ferry-returns", null, null));

        assertThat(page.text()).startsWith("The oldest ferry on the harbour route")
                .contains("A quieter crossing\n\nPassengers")
                .contains("Capacity: 240 passengers")
                .doesNotContain("Sport").doesNotContain("Privacy").doesNotContain("Other story")
                .doesNotContain("analytics").doesNotContain("By Ada Pier");
        assertThat(page.headings()).containsExactly("A quieter crossing");
        assertThat(page.images()).containsExactly(
                new Image("https://coast.example.com/media/ferry.jpg", "The ferry leaves the yard on Thursday.", "Lee Shore", null));
        assertThat(page.links()).containsExactly(
                new Link("https://coast.example.com/news/ferry-fares-2024", "fare plan published in March", "internal"),
                new Link("https://yard.example.org/projects/ferry", "its project page", "external"));
    }

    @Test
    void shouldDetectEnglishAndKeepTheRegionThePageDeclares() {
        EnrichedArticle page = ENRICHER.enrich(RawArticles.html(RawArticles.resource("full-page-en.html"),
                "https://coast.example.com/news/harbour-ferry-returns", null, null));

        assertThat(page.language().tag()).isEqualTo("en-GB");
        assertThat(page.language().method()).isEqualTo("ngrams");
        assertThat(page.language().mixed()).isFalse();
    }

    @Test
    void shouldUseThePagesDeclaredImageWhenTheBodyHasNone() {
        String html = "<html><head><meta property=\"og:image\" content=\"https://images.weserv.nl/?url=cdn.example.net/a.jpg\">"
                + "</head><body><p>Text only.</p></body></html>";
        EnrichedArticle article = ENRICHER.enrich(RawArticles.html(html, "https://news.example.org/a", "T", null));

        assertThat(article.images()).isEmpty();
        assertThat(article.leadImage()).isEqualTo(
                new Image("https://cdn.example.net/a.jpg", null, null, "https://images.weserv.nl/?url=cdn.example.net/a.jpg"));
        assertThat(article.provenance()).containsEntry("leadImage", "opengraph");
    }

    @Test
    void shouldKeepNoImageThatIsNoWebUrlNeitherInTheBodyNorAsTheLeadImage() {
        // The rule body links follow: javascript:, vbscript:, file: and data: (of any type) go.
        String html = "<html><head><meta property=\"og:image\" content=\"javascript:alert(1)\">"
                + "<link rel=canonical href=\"vbscript:msgbox(1)\"></head><body>"
                + "<p><img src=\"javascript:alert(1)\"><img src=\" JaVaScRiPt:alert(2)\"><img src=\"vbscript:msgbox(1)\">"
                + "<img src=\"file:///etc/passwd\"><img src=\"data:image/svg+xml;base64,PHN2Zz48L3N2Zz4=\">"
                + "<img src=\"https://images.weserv.nl/?url=javascript:alert(3)\"></p>"
                + "<p>Text of the story, with <a href=\"javascript:alert(4)\">a script link</a>.</p></body></html>";

        EnrichedArticle article = ENRICHER.enrich(RawArticles.html(html, "https://news.example.org/a", "T", null));

        assertThat(article.images()).extracting(Image::url).containsExactly("https://images.weserv.nl/?url=javascript:alert(3)");
        assertThat(article.images()).extracting(Image::sourceUrl).containsOnlyNulls();
        assertThat(article.links()).isEmpty();
        assertThat(article.canonicalUrl()).isNull();
        assertThat(article.leadImage()).isEqualTo(article.images().get(0));
    }

    @Test
    void shouldTakeNoDeclaredImageThatIsNoWebUrlAndFallBackToTheNextOne() {
        String scriptOnly = "<html><head><meta property=\"og:image\" content=\"javascript:alert(1)\"></head>"
                + "<body><p>Text only.</p></body></html>";
        String scriptThenReal = "<html><head><meta property=\"og:image\" content=\"https://cdn.example.net/a.jpg\">"
                + "<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"image\":\"file:///etc/passwd\"}</script>"
                + "</head><body><p>Text only.</p></body></html>";

        EnrichedArticle none = ENRICHER.enrich(RawArticles.html(scriptOnly, "https://news.example.org/a", "T", null));
        EnrichedArticle real = ENRICHER.enrich(RawArticles.html(scriptThenReal, "https://news.example.org/a", "T", null));

        assertThat(none.leadImage()).isNull();
        assertThat(none.provenance()).doesNotContainKey("leadImage");
        assertThat(real.leadImage()).isEqualTo(new Image("https://cdn.example.net/a.jpg", null, null, null));
    }

    @Test
    void shouldFallBackToALazyImageWhenSrcIsAScript() {
        String html = "<p><img src=\"javascript:void(0)\" data-src=\"https://cdn.example.net/lazy.jpg\"></p><p>Text.</p>";

        EnrichedArticle article = ENRICHER.enrich(RawArticles.html(html, "https://news.example.org/a", "T", null));

        assertThat(article.images()).extracting(Image::url).containsExactly("https://cdn.example.net/lazy.jpg");
    }

    @Test
    void shouldReadReferencesToSurrogatesAsTheReplacementCharacterEverywhereInAPage() {
        // The HTML standard reads &#xD800; as U+FFFD; Jsoup keeps the lone surrogate, which no UTF-8 encodes.
        String html = "<html><head><title>T&#xD800;</title><meta property=og:description content='d&#55296;'>"
                + "<meta name=author content='Jo &#xDC00;'></head><body><article><h2>h&#xD800;</h2>"
                + "<p>a&#xD800;b <a href='https://x.example.org/' >l&#xDBFF;</a></p>"
                + "<figure><img src='/i.jpg'><figcaption>c&#xDC00;</figcaption></figure></article></body></html>";
        RawArticle raw = RawArticles.html(html, "https://news.example.org/a", null, null);
        RawArticle summarised = new RawArticle(raw.schema(), raw.id(), raw.revision(), raw.url(), raw.source(), null,
                new RawArticle.FeedFields(null, List.of(), List.of(), "<p>s&#xD800;</p>", null, null, null),
                "<p>Body.</p>", raw.contentType(), false, 11, "0", raw.fetchedAt());

        EnrichedArticle article = ENRICHER.enrich(raw);

        assertThat(article.title()).isEqualTo("T\uFFFD");
        assertThat(article.description()).isEqualTo("d\uFFFD");
        assertThat(article.authors()).containsExactly("Jo \uFFFD");
        assertThat(article.headings()).containsExactly("h\uFFFD");
        assertThat(article.text()).contains("a\uFFFDb l\uFFFD");
        assertThat(article.links()).extracting(Link::text).containsExactly("l\uFFFD");
        assertThat(article.images()).extracting(Image::caption).containsExactly("c\uFFFD");
        assertThat(ENRICHER.enrich(summarised).description()).isEqualTo("s\uFFFD");
    }

    @Test
    void shouldDropAFeedAuthorWrittenLikeCodeAndTakeThePagesByline() {
        String html = "<html><head><meta name=author content='Jane Roe'></head><body><p>Text.</p></body></html>";
        RawArticle raw = RawArticles.html(html, "https://news.example.org/a", "T", Instant.parse("2024-06-01T00:00:00Z"));
        RawArticle injected = new RawArticle(raw.schema(), raw.id(), raw.revision(), raw.url(), raw.source(), raw.title(),
                new RawArticle.FeedFields("g", List.of("'); DROP TABLE article_images;--"), List.of(), null,
                        raw.feed().timestamp(), null, null),
                raw.content(), raw.contentType(), false, raw.contentLength(), raw.contentHash(), raw.fetchedAt());
        String bylineInjected = "<html><body><p class=byline>By '); DROP TABLE article_images;--</p><p>Text.</p></body></html>";

        EnrichedArticle article = ENRICHER.enrich(injected);

        assertThat(article.authors()).containsExactly("Jane Roe");
        assertThat(article.provenance()).containsEntry("authors", "meta");
        assertThat(ENRICHER.enrich(RawArticles.html(bylineInjected, "https://news.example.org/b", "T", null)).authors()).isEmpty();
    }

    @Test
    void shouldGiveTheSameResultOnManyThreads() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<EnrichedArticle>> results = pool.invokeAll(
                    Collections.nCopies(16, () -> ENRICHER.enrich(SEED_LIKE)));
            for (Future<EnrichedArticle> result : results) {
                assertThat(result.get()).isEqualTo(seedLike);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private List<Segment> segments(String kind) {
        return seedLike.language().segments().stream().filter(segment -> segment.kind().equals(kind)).toList();
    }
}
