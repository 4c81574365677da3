package dev.newsflow.enrich.golden;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.newsflow.core.event.EnrichedArticle;
import dev.newsflow.core.json.Json;
import dev.newsflow.enrich.Enricher;
import dev.newsflow.ingest.source.page.HtmlPages;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Small pages written for newsflow's tests, one per date form, byline form, title case and decoding
 * case that extraction must get right, each beside the fields it must yield. A case is two files in
 * {@code src/test/resources/golden}: {@code NAME.html}, the page's bytes as a server would send them
 * (in its own charset), and {@code NAME.json}:
 * <pre>
 * {
 *   "about": "what the case shows, in a sentence",
 *   "url": "https://…",                     the page's link
 *   "fetchedAt": "2024-05-03T18:00:00Z",     when it was fetched (relative dates count from it)
 *   "contentType": "text/html; charset=…",   optional: the HTTP Content-Type the page came with
 *   "expect": {                              only the fields given are checked
 *     "title": "…", "authors": ["…"],
 *     "publishedAt": "…Z" or null, "updatedAt": "…Z" or null,
 *     "textContains": ["…"], "textExcludes": ["…"],
 *     "flags": ["…"], "absentFlags": ["…"],  flags the article must / must not carry
 *     "language": "zh-Hans"                  the document's tag
 *   }
 * }
 * </pre>
 * The page goes through ingest's page reader (decoding, with the case's Content-Type as a fetch has
 * it) and the Enricher, as {@code newsflow extract --url} takes it. Unit tests: no corpus, no network.
 */
class GoldenPagesTest {

    private static final Enricher ENRICHER = new Enricher();

    @TestFactory
    Stream<DynamicTest> everyGoldenPageYieldsItsExpectedFields() {
        return cases().stream().map(name -> DynamicTest.dynamicTest(name, () -> check(name)));
    }

    @Test
    void shouldHoldGoldenPages() {
        assertThat(cases()).as("golden cases in src/test/resources/golden").isNotEmpty();
    }

    private static void check(String name) throws IOException {
        JsonNode spec = Json.mapper().readTree(resource(name + ".json"));
        JsonNode expect = spec.get("expect");
        assertThat(expect).as(name + ".json has an expect object").isNotNull();
        EnrichedArticle article = ENRICHER.enrich(HtmlPages.toRawArticle(
                resource(name + ".html"), spec.get("url").asText(), textOrNull(spec.path("contentType")), "golden/" + name + ".html",
                Instant.parse(spec.get("fetchedAt").asText())));
        SoftAssertions soft = new SoftAssertions();
        if (expect.has("title")) {
            soft.assertThat(article.title()).as("title").isEqualTo(textOrNull(expect.get("title")));
        }
        if (expect.has("authors")) {
            soft.assertThat(article.authors()).as("authors").containsExactlyElementsOf(strings(expect.get("authors")));
        }
        if (expect.has("publishedAt")) {
            soft.assertThat(article.publishedAt()).as("publishedAt (provenance %s)", article.provenance())
                    .isEqualTo(instantOrNull(expect.get("publishedAt")));
        }
        if (expect.has("updatedAt")) {
            soft.assertThat(article.updatedAt()).as("updatedAt (provenance %s)", article.provenance())
                    .isEqualTo(instantOrNull(expect.get("updatedAt")));
        }
        for (String part : strings(expect.get("textContains"))) {
            soft.assertThat(article.text()).as("text contains").contains(part);
        }
        for (String part : strings(expect.get("textExcludes"))) {
            soft.assertThat(article.text()).as("text excludes").doesNotContain(part);
        }
        if (expect.has("flags")) {
            soft.assertThat(article.flags()).as("flags").containsAll(strings(expect.get("flags")));
        }
        if (expect.has("absentFlags")) {
            soft.assertThat(article.flags()).as("absent flags").doesNotContainAnyElementsOf(strings(expect.get("absentFlags")));
        }
        if (expect.has("language")) {
            soft.assertThat(article.language().tag()).as("language").isEqualTo(expect.get("language").asText());
        }
        soft.assertAll();
    }

    private static List<String> cases() {
        try (Stream<Path> files = Files.list(folder())) {
            return files.map(path -> path.getFileName().toString())
                    .filter(file -> file.endsWith(".json"))
                    .map(file -> file.substring(0, file.length() - ".json".length()))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Path folder() {
        try {
            return Path.of(GoldenPagesTest.class.getResource("/golden").toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static byte[] resource(String file) throws IOException {
        try (InputStream in = GoldenPagesTest.class.getResourceAsStream("/golden/" + file)) {
            assertThat(in).as("golden/" + file).isNotNull();
            return in.readAllBytes();
        }
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        if (array != null) {
            array.forEach(value -> values.add(value.asText()));
        }
        return values;
    }

    private static String textOrNull(JsonNode value) {
        return value.isNull() || value.isMissingNode() ? null : value.asText();
    }

    private static Instant instantOrNull(JsonNode value) {
        return value.isNull() ? null : Instant.parse(value.asText());
    }
}
