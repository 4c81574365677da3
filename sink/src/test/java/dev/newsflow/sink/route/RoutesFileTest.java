package dev.newsflow.sink.route;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsflow.sink.jdbc.SampleArticles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RoutesFileTest {

    @TempDir
    Path folder;

    private Path write(String yaml) throws IOException {
        return Files.writeString(folder.resolve("routes.yaml"), yaml);
    }

    @Test
    void shouldReadRulesAndTheDefaultRoute() throws Exception {
        RoutingRules rules = RoutesFile.load(write("""
                routes:
                  - name: traditional-chinese
                    topic: news.zh-hant.v1
                    match: { language: zh-Hant }
                  - name: harbour
                    topic: news.harbour.v1
                    match:
                      site: news.example.org
                      titleRegex: "(?i)harbour"
                default: news.other.v1
                """));

        assertThat(rules.routes()).extracting(RouteRule::name).containsExactly("traditional-chinese", "harbour");
        assertThat(rules.defaultTopic()).isEqualTo("news.other.v1");
        assertThat(rules.topicsFor(SampleArticles.inLanguage("a", "zh-Hant", "Harbour news")))
                .containsExactly("news.zh-hant.v1", "news.harbour.v1");
    }

    @Test
    void shouldRefuseAnUnknownConditionInsteadOfMatchingEverything() throws Exception {
        Path file = write("""
                routes:
                  - name: typo
                    topic: t
                    match: { langauge: en }
                """);

        assertThatThrownBy(() -> RoutesFile.load(file)).hasMessageContaining("langauge");
    }

    @Test
    void shouldRefuseARuleWithoutConditionsNamingTheFile() throws Exception {
        Path file = write("""
                routes:
                  - name: everything
                    topic: t
                    match: {}
                """);

        assertThatThrownBy(() -> RoutesFile.load(file)).isInstanceOf(IOException.class)
                .hasMessageContaining("routes.yaml").hasMessageContaining("everything");
    }

    @Test
    void shouldRefuseAnInvalidTitleRegex() throws Exception {
        Path file = write("""
                routes:
                  - name: broken
                    topic: t
                    match: { titleRegex: "(unclosed" }
                """);

        assertThatThrownBy(() -> RoutesFile.load(file)).isInstanceOf(IOException.class);
    }
}
