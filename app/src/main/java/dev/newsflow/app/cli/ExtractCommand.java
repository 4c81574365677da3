package dev.newsflow.app.cli;

import dev.newsflow.app.observe.IngestProgress;
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
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsflow extract}: offline enrichment of saved items or pages, no Kafka. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = {
            "Enriches archived items or saved HTML pages offline (no Kafka), one JSON line per input.",
            "Prints one EnrichedArticle JSON line per input, in input order. A failing input gives",
            "{\"input\":…,\"error\":…} in its place and a line on stderr; the exit code is then 1.",
            "A FILE ending in .gz is gunzipped. Progress of a long pass goes to stderr."})
final class ExtractCommand implements Callable<Integer> {

    /** An archived item starts with its timestamp comment; anything else is taken as an HTML page. */
    private static final Pattern ARCHIVED_ITEM_START = Pattern.compile("^(\\uFEFF)?\\s*<!--\\s*\\d+\\s*-->");

    @Spec
    private CommandSpec spec;

    @Option(names = "--url", paramLabel = "URL", description = "The page's URL, for saved HTML pages given as FILE (resolves links, names the article).")
    private String url;

    @Option(names = "--inputs", paramLabel = "LIST",
            description = {"A file listing inputs, one PATH<TAB>URL[<TAB>FETCHED_AT] line each: each page is read with its URL",
                "and fetch time (ISO-8601 with a zone; without it, the time of this run). A relative PATH is relative",
                "to LIST's folder. A bad line gives an error in its place. Read after the FILEs."})
    private Path inputs;

    @Parameters(paramLabel = "FILE", arity = "0..*", description = "Archived feed items or HTML pages.")
    private List<Path> files = List.of();

    private final Enricher enricher = new Enricher();
    private final ArchivedItemParser parser = new ArchivedItemParser();

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (files.isEmpty() && inputs == null) {
            throw new ParameterException(spec.commandLine(), "Give FILEs to extract, or --inputs LIST");
        }
        // One fetch time for the whole run: pages without their own are all read as of its start.
        Instant runTime = Instant.now();
        List<ExtractInput> all = new ArrayList<>();
        files.forEach(file -> all.add(ExtractInput.file(file, url, runTime)));
        if (inputs != null) {
            try {
                all.addAll(ExtractInput.listed(inputs, runTime));
            } catch (IOException e) {
                err.println("newsflow: extract: cannot read --inputs " + inputs + ": "
                        + (e instanceof NoSuchFileException ? "no such file" : DeadLetter.reasonOf(e)));
                return 1;
            }
        }
        int failures = 0;
        for (ExtractInput input : IngestProgress.onStderr(err).track(all, all.size())) {
            String reason = input.error();
            if (reason == null) {
                try {
                    out.println(Json.toLine(enricher.enrich(read(input))));
                } catch (IOException | MalformedItemException | RuntimeException e) {
                    reason = e instanceof NoSuchFileException ? "no such file" : DeadLetter.reasonOf(e);
                }
            }
            if (reason != null) {
                failures++;
                Map<String, String> failure = new LinkedHashMap<>();
                failure.put("input", input.name());
                failure.put("error", reason);
                out.println(Json.toLine(failure));
                err.println("newsflow: extract: " + Excerpt.of(input.name(), DeadLetter.Source.MAX_INPUT_CHARS) + ": " + reason);
            }
            out.flush();
        }
        return failures == 0 ? 0 : 1;
    }

    private RawArticle read(ExtractInput input) throws IOException, MalformedItemException {
        byte[] bytes = bytes(input.path());
        String head = new String(bytes, 0, Math.min(bytes.length, 64), StandardCharsets.UTF_8);
        if (ARCHIVED_ITEM_START.matcher(head).find()) {
            return ArchivedItems.toRawArticle(parser.parse(bytes), input.path().toString(), input.fetchedAt());
        }
        return HtmlPages.toRawArticle(bytes, input.url(), input.path().toString(), input.fetchedAt());
    }

    /**
     * The file's bytes, gunzipped when its name ends in .gz. Files and pages beyond the size ingest
     * reads whole are refused here too, before anything is read (a gzipped one by what it unpacks to).
     */
    private static byte[] bytes(Path file) throws IOException {
        byte[] bytes = InputFiles.readWhole(file, InputFiles.MAX_INPUT_BYTES);
        if (!file.getFileName().toString().endsWith(".gz")) {
            return bytes;
        }
        try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
            byte[] unpacked = in.readNBytes((int) InputFiles.MAX_INPUT_BYTES + 1);
            if (unpacked.length > InputFiles.MAX_INPUT_BYTES) {
                throw new IOException("unpacks to more than the " + (InputFiles.MAX_INPUT_BYTES >> 20) + " MiB limit: not read");
            }
            return unpacked;
        }
    }
}
