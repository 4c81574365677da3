package dev.newsflow.benchmarks;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The pages a benchmark runs over: every {@code *.html} file under a directory, in path order,
 * except Readability's {@code expected.html} answers (its test pages keep each page as
 * {@code NAME/source.html} beside them). Read once, before measuring.
 */
final class ExtractionPages {

    private ExtractionPages() {}

    static List<String> read(Path directory) {
        if (!Files.isDirectory(directory)) {
            throw new IllegalArgumentException("no page directory " + directory.toAbsolutePath()
                    + " (set -p pages=DIR or -Dnewsflow.pages=DIR)");
        }
        try (Stream<Path> files = Files.walk(directory)) {
            List<String> pages = files
                    .filter(file -> file.toString().endsWith(".html") && !file.getFileName().toString().equals("expected.html"))
                    .sorted()
                    .map(ExtractionPages::readPage)
                    .toList();
            if (pages.isEmpty()) {
                throw new IllegalArgumentException("no *.html pages under " + directory.toAbsolutePath());
            }
            return pages;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String readPage(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
