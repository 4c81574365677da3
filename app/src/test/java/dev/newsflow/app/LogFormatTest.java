package dev.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Log lines on stderr as a separate {@code newsflow} process writes them: plain by default, JSON with
 * {@code NEWSFLOW_LOG_FORMAT=json} or {@code --log-format json}. A process of its own, because the
 * log format is the whole JVM's.
 */
class LogFormatTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private record Process(int exitCode, String out, List<String> err) {}

    private Process newsflow(Map<String, String> env, String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(dir.resolve("out.txt").toFile())
                .redirectError(dir.resolve("err.txt").toFile());
        builder.environment().remove("NEWSFLOW_LOG_FORMAT");
        builder.environment().remove("NEWSFLOW_CONFIG");
        builder.environment().putAll(env);
        java.lang.Process process = builder.start();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("newsflow " + String.join(" ", args) + " did not end within 60 s");
        }
        return new Process(process.exitValue(), Files.readString(dir.resolve("out.txt")),
                Files.readAllLines(dir.resolve("err.txt"), StandardCharsets.UTF_8));
    }

    private static JsonNode configurationLine(List<String> err) throws IOException {
        for (String line : err) {
            if (line.contains("configuration: ")) {
                return JSON.readTree(line);
            }
        }
        throw new AssertionError("no configuration line on stderr: " + err);
    }

    @Test
    void shouldWriteJsonLogLinesWhenTheEnvironmentAsksForThem() throws Exception {
        Process process = newsflow(Map.of("NEWSFLOW_LOG_FORMAT", "json", "NEWSFLOW_SINK_BATCH_SIZE", "20"), "config", "print");

        assertThat(process.exitCode()).as("stderr: %s", process.err()).isZero();
        JsonNode line = configurationLine(process.err());
        assertThat(line.path("level").asText()).isEqualTo("INFO");
        assertThat(line.path("loggerName").asText()).isEqualTo("dev.newsflow.app.cli.ConfigOptions");
        assertThat(line.path("formattedMessage").asText())
                .isEqualTo("configuration: no file; from the environment: [NEWSFLOW_LOG_FORMAT, NEWSFLOW_SINK_BATCH_SIZE]");
        assertThat(line.path("message").asText()).startsWith("configuration: {}");
        assertThat(process.out()).as("stdout carries the data only").contains("batch-size: 20").doesNotContain("loggerName");
    }

    @Test
    void shouldWriteJsonLogLinesWhenTheFlagAsksForThem() throws Exception {
        Process process = newsflow(Map.of("NEWSFLOW_ENRICH_THREADS", "2"), "config", "print", "--log-format", "json");

        assertThat(configurationLine(process.err()).path("level").asText()).isEqualTo("INFO");
    }

    @Test
    void shouldStayQuietWhenOnlyDefaultsDecide() throws Exception {
        Process process = newsflow(Map.of(), "config", "print");

        assertThat(process.exitCode()).isZero();
        assertThat(process.err()).isEmpty();
    }

    @Test
    void shouldWritePlainLinesByDefault() throws Exception {
        Process process = newsflow(Map.of("NEWSFLOW_ENRICH_THREADS", "2"), "config", "print");

        assertThat(process.err()).anySatisfy(line -> assertThat(line).matches(
                "\\d{4}-\\d\\d-\\d\\dT.* \\[main\\] INFO ConfigOptions - configuration: no file; from the environment: \\[NEWSFLOW_ENRICH_THREADS\\]"));
    }
}
