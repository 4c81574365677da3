package dev.newsflow.sink.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class ExtractorVersionTest {

    private static List<String> sortedByKey(String... versions) {
        return Stream.of(versions).sorted((a, b) -> ExtractorVersion.orderKey(a).compareTo(ExtractorVersion.orderKey(b))).toList();
    }

    @Test
    void shouldOrderVersionsNumericallyNotAsText() {
        assertThat(sortedByKey("0.10.0", "0.9.2", "1.0.0", "0.9.10")).containsExactly("0.9.2", "0.9.10", "0.10.0", "1.0.0");
    }

    @Test
    void shouldPutAReleaseAfterItsPreReleases() {
        assertThat(sortedByKey("1.0.0", "1.0.0-rc.1", "0.9.9")).containsExactly("0.9.9", "1.0.0-rc.1", "1.0.0");
    }

    @Test
    void shouldReadShortVersionsAsZeroFilled() {
        assertThat(ExtractorVersion.orderKey("2")).isEqualTo(ExtractorVersion.orderKey("2.0.0"));
        assertThat(ExtractorVersion.orderKey("v1.2")).isEqualTo(ExtractorVersion.orderKey("1.2.0"));
    }

    @Test
    void shouldPutUnreadableOrMissingVersionsBeforeAnySemanticVersion() {
        assertThat(ExtractorVersion.orderKey("test")).isEmpty();
        assertThat(ExtractorVersion.orderKey(null)).isEmpty();
        assertThat(sortedByKey("0.0.1", "nightly")).containsExactly("nightly", "0.0.1");
    }
}
