package dev.newsflow.core.id;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ArticleIdTest {

    @Test
    void shouldBeTwentyLowerCaseHexDigits() {
        assertThat(ArticleId.of(UrlCanonicalizerTest.DW_ENCODED)).matches("[0-9a-f]{20}");
    }

    @Test
    void shouldBeTheStartOfTheSha256OfTheCanonicalLink() {
        String canonical = UrlCanonicalizer.canonicalize(UrlCanonicalizerTest.DW_RAW);

        assertThat(ArticleId.of(UrlCanonicalizerTest.DW_RAW))
                .isEqualTo(ContentHash.sha256Hex(canonical.getBytes(StandardCharsets.UTF_8)).substring(0, 20));
    }

    @Test
    void shouldBeOneIdForEverySpellingOfTheSameLink() {
        List<String> spellings = List.of(
                UrlCanonicalizerTest.DW_ENCODED,
                UrlCanonicalizerTest.DW_RAW,
                UrlCanonicalizerTest.DW_LOWER_HEX,
                "HTTPS://www.DW.com:443" + UrlCanonicalizerTest.DW_ENCODED.substring("https://www.dw.com".length()),
                UrlCanonicalizerTest.DW_ENCODED + "/",
                UrlCanonicalizerTest.DW_ENCODED + "#comments",
                UrlCanonicalizerTest.DW_ENCODED + "?utm_source=rss&utm_medium=feed&fbclid=IwAR0",
                "https://www.dw.com/zh/./" + UrlCanonicalizerTest.DW_RAW.substring("https://www.dw.com/zh/".length()),
                " " + UrlCanonicalizerTest.DW_ENCODED + "\n");

        Set<String> ids = spellings.stream().map(ArticleId::of).collect(Collectors.toSet());

        assertThat(ids).hasSize(1);
    }

    @Test
    void shouldDifferForDifferentArticles() {
        List<String> links = List.of(
                "https://www.dw.com/zh/a-68927063",
                "https://www.dw.com/zh/a-68927064",
                "https://www.dw.com/en/a-68927063",
                "http://www.dw.com/zh/a-68927063",
                "https://dw.com/zh/a-68927063",
                "https://www.dw.com:8443/zh/a-68927063",
                "https://www.dw.com/zh/a-68927063?page=2",
                "https://www.dw.com/ZH/a-68927063",
                "https://www.dw.com/zh/a-68927063%2F");

        Set<String> ids = links.stream().map(ArticleId::of).collect(Collectors.toSet());

        assertThat(ids).hasSameSizeAs(links);
    }

    @Test
    void shouldBeStableAcrossReleases() {
        // Ids are Kafka keys and database keys: a change here re-keys every stored article.
        // The values are `printf %s CANONICAL-LINK | sha256sum | cut -c1-20`.
        assertThat(ArticleId.of(UrlCanonicalizerTest.DW_RAW)).isEqualTo("72a3c3b505c49fa7f083");
        assertThat(ArticleId.of("https://www.dw.com/zh/a-68927063")).isEqualTo("5f9b359928828304a2e7");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "ftp://www.dw.com/zh/a-68927063", "/zh/a-68927063", "www.dw.com/zh/a-68927063"})
    void shouldRejectWhatIsNoAbsoluteHttpLink(String link) {
        assertThatThrownBy(() -> ArticleId.of(link)).isInstanceOf(IllegalArgumentException.class);
    }
}
