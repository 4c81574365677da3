package dev.newsflow.ingest.source;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class CappedContentTest {

    @Test
    void shouldKeepContentUnderTheCapWhole() {
        CappedContent content = CappedContent.of("<p>short</p>", 100);

        assertThat(content.truncated()).isFalse();
        assertThat(content.text()).isEqualTo("<p>short</p>");
        assertThat(content.originalLength()).isEqualTo(12);
    }

    @Test
    void shouldCutOversizedContentAtACharacterBoundaryAndFlagIt() {
        String chinese = "中".repeat(10); // 3 bytes each

        CappedContent content = CappedContent.of(chinese, 10);

        assertThat(content.truncated()).isTrue();
        assertThat(content.text()).isEqualTo("中".repeat(3));
        assertThat(content.text().getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(10);
        assertThat(content.originalLength()).isEqualTo(30);
        assertThat(content.originalHash()).isEqualTo(CappedContent.of(chinese, 100).originalHash());
    }
}
