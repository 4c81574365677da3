package dev.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsflow.core.json.EventSchemas;
import dev.newsflow.core.json.Json;
import dev.newsflow.language.LanguageDetector;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real seed item (../shared/corpora/seed) through ingest → enrich → sink on a real broker into
 * SQLite, and through {@code extract}: the stored row and the event carry the values the foundation
 * issue lists. Runs in the conformance profile, which points {@code newsflow.corpora} at the corpora.
 */
class SeedPipelineConformanceTest {

    private static final String SEED_TITLE = "布林肯会晤习近平 称中国对俄军工支持引忧";

    @TempDir
    Path work;

    private static Path seedFolder() {
        String corpora = System.getProperty("newsflow.corpora");
        assertThat(corpora).as("system property newsflow.corpora (set by the conformance profile)").isNotNull();
        Path seed = Path.of(corpora, "seed");
        assertThat(seed).as("the seed corpus").isDirectory();
        return seed;
    }

    private static void assertSeedFields(JsonNode article) {
        assertThat(article.get("title").asText()).isEqualTo(SEED_TITLE);
        assertThat(article.get("url").asText()).startsWith("https://www.dw.com/zh/").endsWith("/a-68927063");
        assertThat(article.get("publishedAt").asText()).isEqualTo("2024-04-26T08:25:56.585Z");
        assertThat(article.get("feedTimestamp").asText()).isEqualTo("2024-04-26T14:17:04Z");
        List<String> imageUrls = new ArrayList<>();
        article.get("images").forEach(image -> {
            imageUrls.add(image.get("url").asText());
            assertThat(image.get("caption").asText()).isNotBlank();
        });
        assertThat(imageUrls).containsExactly("https://static.dw.com/image/68927581_303.jpg",
                "https://static.dw.com/image/68924764_303.jpg");
        assertThat(article.get("headings")).hasSize(4);
        List<String> related = new ArrayList<>();
        article.get("links").forEach(link -> {
            if (link.get("kind").asText().equals("related")) {
                related.add(link.get("url").asText());
            }
        });
        assertThat(related).hasSize(8).allSatisfy(url -> assertThat(url).startsWith("https://api.dw.com/api/detail/article/"));
        String text = article.get("text").asText();
        assertThat(text).doesNotContain("德國之聲中文網", "綜合報導", "©", "习近平周五在人民大会堂会晤到访的美国国务卿布林肯")
                .contains("\n\n");
        String credits = article.get("credits").toString();
        assertThat(credits).contains("德國之聲中文網", "綜合報導", "©");
        assertThat(article.get("language").get("tag").asText()).startsWith("zh");
        assertSeedLanguages(article);
    }

    /**
     * The seed switches from Simplified to Traditional at the paragraph "周五上午，布林肯會晤了…", with a
     * Simplified subheading among the Traditional paragraphs; each caption goes by its own script.
     */
    private static void assertSeedLanguages(JsonNode article) {
        JsonNode language = article.get("language");
        List<String> headings = new ArrayList<>();
        article.get("headings").forEach(heading -> headings.add(heading.asText()));
        List<String> paragraphs = Arrays.stream(article.get("text").asText().split("\n\n"))
                .filter(block -> !headings.contains(block)).toList();
        List<String> captions = new ArrayList<>();
        article.get("images").forEach(image -> captions.add(image.get("caption").asText()));
        int switchAt = IntStream.range(0, paragraphs.size())
                .filter(i -> paragraphs.get(i).startsWith("周五上午，布林肯會晤了")).findFirst().orElseThrow();
        assertThat(switchAt).as("paragraphs before the switch").isPositive();

        List<String> paragraphTags = new ArrayList<>();
        language.get("segments").forEach(segment -> {
            String kind = segment.get("kind").asText();
            int index = segment.get("index").asInt();
            String tag = segment.get("tag").asText();
            switch (kind) {
                case "paragraph" -> paragraphTags.add(tag);
                case "heading" -> {
                    if (headings.get(index).equals("王毅：中美关系中的负面因素仍在上升积聚")) {
                        assertThat(tag).as("the Simplified subheading").isEqualTo("zh-Hans");
                    }
                }
                case "caption" -> assertThat(tag).as("caption %s", captions.get(index))
                        .isEqualTo(LanguageDetector.shared().detect(captions.get(index)).tag());
                default -> { }
            }
        });
        assertThat(headings).contains("王毅：中美关系中的负面因素仍在上升积聚");
        assertThat(paragraphTags).hasSize(paragraphs.size());
        assertThat(paragraphTags.subList(0, switchAt)).as("paragraphs before the switch").containsOnly("zh-Hans");
        assertThat(paragraphTags.subList(switchAt, paragraphTags.size())).as("paragraphs from the switch on").containsOnly("zh-Hant");
        assertThat(language.get("mixed").asBoolean()).isTrue();
        List<String> shareTags = new ArrayList<>();
        language.get("shares").forEach(share -> shareTags.add(share.get("tag").asText()));
        assertThat(shareTags).contains("zh-Hans", "zh-Hant");
    }

    @Test
    void shouldStoreTheSeedWithAllItsFieldsThroughARealBroker() throws Exception {
        Path data = work.resolve("data");

        Cli.Outcome run = Cli.execute("run", "--once", "--input", seedFolder().toString(), "--data-dir", data.toString(), "--timeout", "120");

        assertThat(run.exitCode()).as("exit code; stderr:%n%s", run.err()).isZero();
        assertThat(run.out()).contains("stored         1");
        try (Connection connection = DriverManager.getConnection("jdbc:sqlite:" + data.resolve("newsflow.db"));
             ResultSet row = connection.createStatement().executeQuery(
                     "SELECT id, url, title, published_at, language, json FROM articles")) {
            assertThat(row.next()).as("a stored row").isTrue();
            assertThat(row.getString("title")).isEqualTo(SEED_TITLE);
            assertThat(row.getString("published_at")).isEqualTo("2024-04-26T08:25:56.585Z");
            assertThat(row.getString("language")).startsWith("zh");
            byte[] json = row.getString("json").getBytes(StandardCharsets.UTF_8);
            assertThat(EventSchemas.validate(EventSchemas.ENRICHED_ARTICLE, json)).isEmpty();
            assertSeedFields(Json.mapper().readTree(json));
            assertThat(row.next()).as("only one row").isFalse();
        }
    }

    @Test
    void shouldExtractTheSeedOfflineAsOneJsonLine() throws Exception {
        Path seedFile;
        try (var files = Files.list(seedFolder())) {
            seedFile = files.filter(Files::isRegularFile).findFirst().orElseThrow();
        }

        Cli.Outcome extract = Cli.execute("extract", seedFile.toString());

        assertThat(extract.exitCode()).as("exit code; stderr:%n%s", extract.err()).isZero();
        List<String> lines = extract.out().lines().toList();
        assertThat(lines).hasSize(1);
        assertSeedFields(Json.mapper().readTree(lines.get(0)));
    }
}
