package dev.newsflow.app.cli;

import dev.newsflow.core.event.DeadLetter;
import dev.newsflow.core.event.RawArticle;
import dev.newsflow.core.json.Json;
import dev.newsflow.core.text.Excerpt;
import dev.newsflow.ingest.source.feed.FeedInputs;
import dev.newsflow.ingest.source.feed.FeedParseException;
import dev.newsflow.ingest.source.http.FetchException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.NoSuchFileException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newsflow feed}: reads feed files or URLs and prints their items as raw articles, no Kafka. */
@Command(name = "feed", mixinStandardHelpOptions = true,
        description = {
            "Reads RSS 0.9x/1.0/2.0, Atom 0.3/1.0 or JSON Feed documents from files or http(s) URLs (no Kafka)",
            "and prints one RawArticle JSON line per item, in input and feed order; each line's source.feedUrl",
            "names its input. A failing input gives a one-line error on stderr naming it, the others go on,",
            "and the exit code is then 1. URLs are fetched with the SSRF guard: private, loopback and",
            "metadata addresses are refused unless allowed with --allow."})
final class FeedCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--source-id", paramLabel = "ID", description = "The source id on every article (default: the input itself).")
    private String sourceId;

    @Option(names = "--allow", paramLabel = "CIDR", split = ",",
            description = "Address ranges to fetch from although the SSRF guard blocks them, e.g. 127.0.0.0/8.")
    private List<String> allowed = new ArrayList<>();

    @Parameters(paramLabel = "FILE-or-URL", arity = "1..*", description = "Feed files or http(s) URLs.")
    private List<String> inputs;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        int failures = 0;
        try (FeedInputs feeds = new FeedInputs(allowed, Clock.systemUTC())) {
            for (String input : inputs) {
                try {
                    for (RawArticle article : feeds.read(input, sourceId != null ? sourceId : input)) {
                        out.println(Json.toLine(article));
                    }
                } catch (IOException | FetchException | FeedParseException | RuntimeException e) {
                    failures++;
                    String reason = e instanceof NoSuchFileException ? "no such file" : DeadLetter.reasonOf(e);
                    err.println("newsflow: feed: " + Excerpt.of(input, DeadLetter.Source.MAX_INPUT_CHARS) + ": " + reason);
                }
                out.flush();
            }
        }
        return failures == 0 ? 0 : 1;
    }
}
