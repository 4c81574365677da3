package dev.newsflow.ingest.poll;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsflow.ingest.source.http.FetchLimits;
import org.junit.jupiter.api.Test;

class FeedSourceTest {

    @Test
    void shouldFillDefaults() {
        FeedSource source = FeedSource.of("dw", "https://rss.example.org/feed.xml");

        assertThat(source.interval()).isEqualTo(FeedSource.DEFAULT_INTERVAL);
        assertThat(source.limits()).isEqualTo(FetchLimits.DEFAULT);
        assertThat(source.host()).isEqualTo("rss.example.org");
    }

    @Test
    void shouldRefuseSourcesThatCannotBeKeyedOrFetched() {
        assertThatThrownBy(() -> FeedSource.of("a|b", "https://example.org/")).hasMessageContaining("'|'");
        assertThatThrownBy(() -> FeedSource.of("ftp", "ftp://example.org/feed")).hasMessageContaining("source ftp");
    }
}
