package dev.newsflow.app.observe;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.ingest.source.InputFile;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class IngestProgressTest {

    private static final long SECOND = Duration.ofSeconds(1).toNanos();

    private static List<InputFile> items(int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> InputFile.of("item-" + i, ("item " + i).getBytes(StandardCharsets.UTF_8))).toList();
    }

    /** Reads every item, the (fake) clock moving one second per item. */
    private static String run(boolean terminal, int items) {
        StringWriter err = new StringWriter();
        AtomicLong now = new AtomicLong();
        IngestProgress progress = new IngestProgress(new PrintWriter(err), terminal, now::get);
        for (InputFile ignored : progress.track(items(items), items)) {
            now.addAndGet(SECOND);
        }
        return err.toString();
    }

    @Test
    void shouldPrintItemsRateAndTimeLeft() {
        assertThat(IngestProgress.line(1200, 5000, Duration.ofSeconds(4)))
                .isEqualTo("progress: 1200/5000 items (24%), 300.0 items/s, about 13s left");
        assertThat(IngestProgress.line(10, 100_000, Duration.ofSeconds(10))).endsWith("about 27h46m left");
        assertThat(IngestProgress.line(5000, 5000, Duration.ofSeconds(4))).isEqualTo("progress: 5000/5000 items (100%), 1250.0 items/s");
    }

    @Test
    void shouldPrintPlainPeriodicLinesWhenNotOnATerminal() {
        String err = run(false, 25);

        assertThat(err).doesNotContain("\r");
        assertThat(err.lines().toList()).containsExactly(
                "progress: 11/25 items (44%), 1.1 items/s, about 13s left",
                "progress: 21/25 items (84%), 1.1 items/s, about 4s left",
                "progress: 25/25 items (100%), 1.0 items/s");
    }

    @Test
    void shouldRedrawOneLineInPlaceOnATerminal() {
        String err = run(true, 3);

        assertThat(err).startsWith("\rprogress: 2/3 items").endsWith("\n").contains("\rprogress: 3/3 items (100%)");
        assertThat(err.chars().filter(c -> c == '\n')).as("line ends").hasSize(1);
    }

    @Test
    void shouldStayQuietForAQuickPass() {
        StringWriter err = new StringWriter();
        IngestProgress progress = new IngestProgress(new PrintWriter(err), false, () -> 0L);
        progress.track(items(3), 3).forEach(item -> { });

        assertThat(err.toString()).isEmpty();
    }
}
