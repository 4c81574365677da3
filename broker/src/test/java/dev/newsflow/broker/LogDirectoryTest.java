package dev.newsflow.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LogDirectoryTest {

    @Test
    void shouldFormatMissingDirectory(@TempDir Path tmp) throws Exception {
        Path dir = tmp.resolve("kafka");

        LogDirectory.formatUnlessFormatted(dir);

        assertThat(dir.resolve("meta.properties")).isRegularFile();
    }

    @Test
    void shouldKeepClusterIdOfFormattedDirectory(@TempDir Path dir) throws Exception {
        LogDirectory.formatUnlessFormatted(dir);
        String before = Files.readString(dir.resolve("meta.properties"));

        LogDirectory.formatUnlessFormatted(dir);

        assertThat(Files.readString(dir.resolve("meta.properties"))).isEqualTo(before);
    }

    @Test
    void shouldRefuseNonEmptyUnformattedDirectory(@TempDir Path dir) throws Exception {
        Files.createDirectory(dir.resolve("not-a-partition"));

        assertThatIllegalStateException()
                .isThrownBy(() -> LogDirectory.formatUnlessFormatted(dir))
                .withMessageContaining("neither empty nor a formatted Kafka log directory");
    }
}
