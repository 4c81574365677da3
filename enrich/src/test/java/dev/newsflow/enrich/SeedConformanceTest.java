package dev.newsflow.enrich;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.core.event.EnrichedArticle;
import dev.newsflow.core.event.EnrichedArticle.Image;
import dev.newsflow.core.event.EnrichedArticle.Language.Segment;
import dev.newsflow.core.event.EnrichedArticle.Link;
import dev.newsflow.core.event.RawArticle;
import dev.newsflow.core.id.ArticleId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The Enricher against the seed item the project was specified from (shared corpora, see
 * DESIGN.md). Runs only in the {@code conformance} profile, which passes {@code -Dnewsflow.corpora};
 * without the corpora it fails rather than skips, so a misconfigured CI cannot pass silently.
 */
class SeedConformanceTest {

    private static final String SEED_FILE = "000_bef200b8a0c60b0a.txt";

    private static EnrichedArticle seed;

    @BeforeAll
    static void enrichTheSeed() throws IOException {
        String corpora = System.getProperty("newsflow.corpora");
        assertThat(corpora).as("system property newsflow.corpora (set by the conformance profile)").isNotBlank();
        Path file = Path.of(corpora, "seed", SEED_FILE);
        assertThat(file).as("the seed item in the shared corpora").isRegularFile();
        seed = new Enricher().enrich(archivedItem(Files.readString(file, StandardCharsets.UTF_8)));
    }

    @Test
    void shouldTakeTitleAndUrlFromTheFeed() {
        assertThat(seed.title()).isEqualTo("布林肯会晤习近平 称中国对俄军工支持引忧");
        assertThat(seed.url()).startsWith("https://www.dw.com/zh/").endsWith("/a-68927063");
        assertThat(seed.provenance()).containsEntry("title", "feed");
    }

    @Test
    void shouldReadPublishedAtFromTheBodyAndKeepTheFeedTimestamp() {
        assertThat(seed.publishedAt()).isEqualTo(Instant.parse("2024-04-26T08:25:56.585Z"));
        assertThat(seed.provenance()).containsEntry("publishedAt", "body");
        assertThat(seed.feedTimestamp()).isEqualTo(Instant.ofEpochMilli(1714141024000L));
    }

    @Test
    void shouldUnwrapBothProxiedImagesWithTheirCaptions() {
        assertThat(seed.images()).extracting(Image::url).containsExactly(
                "https://static.dw.com/image/68927581_303.jpg", "https://static.dw.com/image/68924764_303.jpg");
        assertThat(seed.images()).extracting(Image::sourceUrl).containsExactly(
                "https://images.weserv.nl/?url=static.dw.com/image/68927581_303.jpg",
                "https://images.weserv.nl/?url=static.dw.com/image/68924764_303.jpg");
        assertThat(seed.images()).extracting(Image::caption).containsExactly(
                "习近平周五在人民大会堂会晤到访的美国国务卿布林肯", "4月26日，美國國務卿布林肯和中國外長王毅在北京會晤。");
        assertThat(seed.leadImage()).isEqualTo(seed.images().get(0));
    }

    @Test
    void shouldFindTheFourSubheadings() {
        assertThat(seed.headings()).containsExactly(
                "布林肯：“没有中国支持，俄罗斯难以维持侵乌”",
                "习近平：做伙伴不是对手",
                "王毅：中美关系中的负面因素仍在上升积聚",
                "中美之間能克服分歧嗎？");
    }

    @Test
    void shouldListTheEightRelatedLinksAndKeepTheirTextInline() {
        assertThat(seed.links()).hasSize(8).extracting(Link::kind).containsOnly("related");
        assertThat(seed.links()).extracting(Link::url).allMatch(url -> url.startsWith("https://api.dw.com/api/detail/article/"));
        assertThat(seed.links().get(0).text()).isEqualTo("一年內二度訪華之旅");
        assertThat(seed.text()).contains("這是布林肯一年內二度訪華之旅的最後一天。");
    }

    @Test
    void shouldSeparateParagraphsWithABlankLineAndStartAfterThePublisherCredit() {
        String[] blocks = seed.text().split("\n\n");

        assertThat(blocks[0]).startsWith("美国国务卿布林肯周五（4月26日）");
        assertThat(blocks).hasSize(seed.stats().paragraphs() + seed.headings().size());
        assertThat(blocks).contains("王毅：中美关系中的负面因素仍在上升积聚");
    }

    @Test
    void shouldKeepCaptionsCreditsAndTheCopyrightLineOutOfText() {
        assertThat(seed.text())
                .doesNotContain("习近平周五在人民大会堂会晤到访的美国国务卿布林肯")
                .doesNotContain("美國國務卿布林肯和中國外長王毅在北京會晤")
                .doesNotContain("德國之聲中文網")
                .doesNotContain("綜合報導")
                .doesNotContain("©")
                .doesNotContain("2024-04-26T08:25:56.585Z");
        assertThat(seed.credits()).hasSize(3);
        assertThat(seed.credits().get(0)).isEqualTo("（德國之聲中文網）");
        assertThat(seed.credits().get(1)).isEqualTo("（綜合報導）");
        assertThat(seed.credits().get(2)).startsWith("© 2024年德國之聲版權聲明");
    }

    @Test
    void shouldTagSimplifiedThenTraditionalParagraphsAndCallTheDocumentMixed() {
        List<Segment> paragraphs = segments("paragraph");
        List<String> paragraphTexts = Arrays.stream(seed.text().split("\n\n"))
                .filter(block -> !seed.headings().contains(block))
                .toList();
        int firstTraditional = IntStream.range(0, paragraphTexts.size())
                .filter(i -> paragraphTexts.get(i).startsWith("周五上午，布林肯會晤了"))
                .findFirst()
                .orElseThrow();

        assertThat(firstTraditional).isPositive();
        assertThat(paragraphs.subList(0, firstTraditional)).extracting(Segment::tag).containsOnly("zh-Hans");
        assertThat(paragraphs.subList(firstTraditional, paragraphs.size())).extracting(Segment::tag).containsOnly("zh-Hant");
        assertThat(paragraphs.get(firstTraditional).normalized()).startsWith("周五上午，布林肯会晤了中国外长王毅");
        assertThat(segments("heading").get(2).tag()).isEqualTo("zh-Hans");
        assertThat(seed.language().tag()).startsWith("zh");
        assertThat(seed.language().mixed()).isTrue();
    }

    @Test
    void shouldNameTheSiteAndCountStats() {
        assertThat(seed.site()).isEqualTo("dw.com");
        assertThat(seed.stats().images()).isEqualTo(2);
        assertThat(seed.stats().links()).isEqualTo(8);
        assertThat(seed.stats().readingTimeSeconds()).isPositive();
        assertThat(seed.flags()).doesNotContain("content-truncated");
    }

    private static List<Segment> segments(String kind) {
        return seed.language().segments().stream().filter(segment -> segment.kind().equals(kind)).toList();
    }

    /**
     * The archived-item format, read just enough for this test (the full reader lives in ingest):
     * line 1 {@code <!--EPOCH_MILLIS-->}, line 2 {@code [title](url)}, line 3 {@code ------}, then HTML.
     */
    private static RawArticle archivedItem(String item) {
        String[] parts = item.split("\n", 4);
        Instant feedTimestamp = Instant.ofEpochMilli(Long.parseLong(parts[0].replaceAll("[^0-9]", "")));
        String link = parts[1].strip();
        int separator = link.lastIndexOf("](");
        String url = link.substring(separator + 2, link.length() - 1);
        return new RawArticle(RawArticle.SCHEMA, ArticleId.of(url), 1, url,
                new RawArticle.Source("seed", "archive", null, SEED_FILE), link.substring(1, separator),
                new RawArticle.FeedFields(null, List.of(), List.of(), null, feedTimestamp, null, null),
                parts[3], "text/html", false, parts[3].getBytes(StandardCharsets.UTF_8).length, "0", Instant.now());
    }
}
