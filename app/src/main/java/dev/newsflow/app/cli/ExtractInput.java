package dev.newsflow.app.cli;

import dev.newsflow.core.id.ArticleId;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * One input of {@code newsflow extract}: a file, with the URL and fetch time its page is read with,
 * or the reason its line in an {@code --inputs} list could not be read.
 *
 * @param name      how the input is named in errors: the file, or the list's file and line
 * @param path      the file; null for a bad line
 * @param url       the page's URL, or null
 * @param fetchedAt when the page was fetched (relative dates count from it)
 * @param error     why the input's line is bad, or null
 */
record ExtractInput(String name, Path path, String url, Instant fetchedAt, String error) {

    static ExtractInput file(Path path, String url, Instant fetchedAt) {
        return new ExtractInput(path.toString(), path, url, fetchedAt, null);
    }

    /**
     * The inputs listed in {@code list}, one {@code PATH<TAB>URL[<TAB>FETCHED_AT]} line each (blank
     * lines skipped; a relative PATH is relative to the list's folder, so that a list travels with its
     * pages). FETCHED_AT is an ISO-8601 time with a zone; without it, {@code runTime}. A line that
     * does not read so becomes an input holding its error, in its place.
     */
    static List<ExtractInput> listed(Path list, Instant runTime) throws IOException {
        Path folder = list.toAbsolutePath().getParent();
        List<String> lines = Files.readAllLines(list, StandardCharsets.UTF_8);
        List<ExtractInput> inputs = new ArrayList<>(lines.size());
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (!line.isEmpty()) {
                inputs.add(parse(list + ":" + (i + 1), line, folder, runTime));
            }
        }
        return inputs;
    }

    private static ExtractInput parse(String name, String line, Path folder, Instant runTime) {
        String[] fields = line.split("\t", -1);
        if (fields.length < 2 || fields.length > 3) {
            return bad(name, "expected PATH<TAB>URL[<TAB>FETCHED_AT], found " + fields.length + " field" + (fields.length == 1 ? "" : "s"));
        }
        String path = fields[0].strip();
        String url = fields[1].strip();
        if (path.isEmpty()) {
            return bad(name, "no PATH");
        }
        try {
            ArticleId.of(url);
        } catch (IllegalArgumentException e) {
            return bad(name, "URL '" + url + "' is not an absolute http(s) URL");
        }
        Instant fetchedAt = runTime;
        if (fields.length == 3) {
            fetchedAt = instant(fields[2].strip());
            if (fetchedAt == null) {
                return bad(name, "FETCHED_AT '" + fields[2].strip() + "' is not an ISO-8601 time with a zone, such as 2024-05-03T18:19:08Z");
            }
        }
        Path file;
        try {
            file = folder.resolve(path);
        } catch (IllegalArgumentException e) {
            return bad(name, "PATH '" + path + "' is not a path: " + e.getMessage());
        }
        return new ExtractInput(file.toString(), file, url, fetchedAt, null);
    }

    private static Instant instant(String text) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static ExtractInput bad(String name, String error) {
        return new ExtractInput(name, null, null, null, error);
    }
}
