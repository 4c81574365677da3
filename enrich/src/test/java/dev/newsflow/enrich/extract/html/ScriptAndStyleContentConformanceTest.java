package dev.newsflow.enrich.extract.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

/**
 * Over every page of the shared corpora's Readability suite: taking out the content of scripts and
 * styles before parsing gives the tree parsing the whole page gives, apart from that content. Runs
 * only in the {@code conformance} profile and fails (not skips) without the corpora.
 */
class ScriptAndStyleContentConformanceTest {

    @Test
    void shouldParseEveryCorpusPageToTheSameTreeApartFromScriptAndStyleContent() throws IOException {
        String corpora = System.getProperty("newsflow.corpora");
        assertThat(corpora).as("system property newsflow.corpora (set by the conformance profile)").isNotBlank();
        Path pages = Path.of(corpora, "readability", "test-pages");
        assertThat(pages).isDirectory();
        List<String> different = new ArrayList<>();
        long characters = 0;
        long removed = 0;
        int checked = 0;
        try (Stream<Path> files = Files.walk(pages)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".html")).sorted().toList()) {
                String page = Files.readString(file, StandardCharsets.UTF_8);
                String stripped = ScriptAndStyleContent.of(page).toString();
                String whole = ScriptAndStyleContentTest.emptied(Jsoup.parse(page)).outerHtml();
                String fromStripped = ScriptAndStyleContentTest.emptied(Jsoup.parse(stripped)).outerHtml();
                if (!whole.equals(fromStripped)) {
                    different.add(pages.relativize(file).toString());
                }
                characters += page.length();
                removed += page.length() - stripped.length();
                checked++;
            }
        }
        System.out.printf("%nScript and style content: %d pages, %.1f of %.1f million characters left out before parsing, %d trees differ%n",
                checked, removed / 1e6, characters / 1e6, different.size());
        assertThat(checked).isPositive();
        assertThat(different).as("pages whose tree differs").isEmpty();
    }
}
