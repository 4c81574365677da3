package dev.newsflow.app.cli;

import dev.newsflow.core.event.DeadLetter;
import dev.newsflow.core.event.RawArticle;
import dev.newsflow.core.json.Json;
import dev.newsflow.core.text.Excerpt;
import dev.newsflow.enrich.Enricher;
import dev.newsflow.ingest.source.InputFiles;
import dev.newsflow.ingest.source.archive.ArchivedItemParser;
import dev.newsflow.ingest.source.archive.ArchivedItems;
import dev.newsflow.ingest.source.archive.MalformedItemException;
import dev.newsflow.ingest.source.page.HtmlPages;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsflow extract}: offline enrichment of saved items or pages, no Kafka. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {
            "Enriches archived items or saved HTML pages offline (no Kafka), one JSON line per input.",
            "Prints one EnrichedArticle JSON line per input, in input order. A failing input gives",
            "{\"input\":…,\"error\":…} in its place and a line on stderr; the exit code is then 1."})
final class ExtractCommand implements Callable<Integer> {

    /** An archived item starts with its timestamp comment; anything else is taken as an HTML page. */
    private static final Pattern ARCHIVED_ITEM_START = Pattern.compile("^(\\uFEFF)?\\s*<!--\\s*\\d+\\s*-->");

    @Spec
    private CommandSpec spec;

    @Option(names = "--url", paramLabel = "URL", description = "The page's URL, for saved HTML pages (resolves links, names the article).")
    private String url;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "Archived feed items or HTML pages.")
    private List<Path> files;

    private final Enricher enricher = new Enricher();
    private final ArchivedItemParser parser = new ArchivedItemParser();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int failures = 0;
        for (Path file : files) {
            try {
                out.println(Json.toLine(enricher.enrich(read(file))));
            } catch (IOException | MalformedItemException | RuntimeException e) {
                failures++;
                String reason = e instanceof NoSuchFileException ? "no such file" : DeadLetter.reasonOf(e);
                Map<String, String> failure = new LinkedHashMap<>();
                failure.put("input", file.toString());
                failure.put("error", reason);
                out.println(Json.toLine(failure));
                err.println("newsflow: extract: " + Excerpt.of(file.toString(), DeadLetter.Source.MAX_INPUT_CHARS) + ": " + reason);
            }
            out.flush();
        }
        return failures == 0 ? 0 : 1;
    }

    private RawArticle read(Path file) throws IOException, MalformedItemException {
        // Pages and items beyond the size ingest reads whole are refused here too, before anything is read.
        byte[] bytes = InputFiles.readWhole(file, InputFiles.MAX_INPUT_BYTES);
        String head = new String(bytes, 0, Math.min(bytes.length, 64), StandardCharsets.UTF_8);
        if (ARCHIVED_ITEM_START.matcher(head).find()) {
            return ArchivedItems.toRawArticle(parser.parse(bytes), file.toString(), Instant.now());
        }
        return HtmlPages.toRawArticle(bytes, url, file.toString(), Instant.now());
    }
}
