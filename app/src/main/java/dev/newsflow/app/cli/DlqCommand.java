package dev.newsflow.app.cli;

import dev.newsflow.app.config.NewsflowConfig;
import dev.newsflow.app.dlq.DeadLetterFilter;
import dev.newsflow.app.dlq.DeadLetterLog;
import dev.newsflow.app.dlq.DeadLetterReplayer;
import dev.newsflow.app.dlq.LoggedDeadLetter;
import dev.newsflow.app.dlq.ReplayReport;
import dev.newsflow.core.event.DeadLetter;
import dev.newsflow.core.json.Json;
import java.io.PrintWriter;
import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code newsflow dlq}: inspect dead letters and replay them after a fix. */
@Command(name = "dlq", mixinStandardHelpOptions = true,
        description = "Lists dead letters or replays them into the stage that failed them.",
        subcommands = {DlqCommand.ListLetters.class, DlqCommand.Replay.class})
final class DlqCommand extends CommandGroup {

    /** The filters both subcommands share. */
    static final class Selection {

        @Option(names = "--stage", paramLabel = "STAGE", description = "Only dead letters of this stage: ingest, enrich or sink.")
        String stage;

        @Option(names = "--reason", paramLabel = "REGEX", description = "Only dead letters whose error class or message matches.")
        Pattern reason;

        @Option(names = "--since", paramLabel = "INSTANT", description = "Only dead letters from this time on (ISO-8601, e.g. 2026-01-31T00:00:00Z).")
        Instant since;

        @Option(names = "--until", paramLabel = "INSTANT", description = "Only dead letters before this time (ISO-8601).")
        Instant until;

        List<LoggedDeadLetter> select(NewsflowConfig config, picocli.CommandLine commandLine) {
            String bootstrap = StageCommand.requireBootstrap(config, commandLine);
            DeadLetterFilter filter = new DeadLetterFilter(stage, reason, since, until);
            return DeadLetterLog.read(bootstrap, config.kafka().properties()).stream().filter(filter::matches).toList();
        }
    }

    /** A subcommand over the dead letters the filters select. */
    abstract static class SelectedLetters extends ConfiguredCommand {

        @Mixin
        private Selection selection;

        @Override
        final List<ConfigOption> options() {
            return ConfigOption.KAFKA;
        }

        @Override
        public final Integer call() throws Exception {
            NewsflowConfig config = loadConfig().config();
            return handle(config, selection.select(config, commandLine()));
        }

        /** @return the exit code */
        abstract int handle(NewsflowConfig config, List<LoggedDeadLetter> selected);
    }

    @Command(name = "list", mixinStandardHelpOptions = true,
            description = {"Prints matching dead letters, one JSON line each (without the payload bytes).",
                "Fields: partition, offset, stage, errorClass, errorMessage, source, articleId, attempt, time, payloadBytes,",
                "payloadTruncated (only the first payloadBytes of payloadLength kept), payloadLength, replayed."})
    static final class ListLetters extends SelectedLetters {

        @Override
        int handle(NewsflowConfig config, List<LoggedDeadLetter> selected) {
            PrintWriter out = commandLine().getOut();
            for (LoggedDeadLetter logged : selected) {
                out.println(Json.toLine(summary(logged)));
            }
            out.flush();
            return 0;
        }

        private static Map<String, Object> summary(LoggedDeadLetter logged) {
            DeadLetter letter = logged.letter();
            Map<String, Object> line = new LinkedHashMap<>();
            line.put("partition", logged.partition());
            line.put("offset", logged.offset());
            line.put("stage", letter.stage());
            line.put("errorClass", letter.errorClass());
            line.put("errorMessage", letter.errorMessage());
            line.put("source", letter.source());
            line.put("articleId", letter.articleId());
            line.put("attempt", letter.attempt());
            line.put("time", letter.time());
            line.put("payloadBytes", letter.payload() == null ? 0 : letter.payload().length);
            line.put("payloadTruncated", letter.payloadTruncated());
            line.put("payloadLength", letter.payloadTruncated() ? letter.payloadLength() : line.get("payloadBytes"));
            line.put("replayed", logged.replayed());
            return line;
        }
    }

    @Command(name = "replay", mixinStandardHelpOptions = true,
            description = "Sends matching dead letters back into the stage that failed them, each at most once. Enrich dead "
                    + "letters go back to news.raw.v1, sink ones to news.enriched.v1; ingest ones are read again as ingest "
                    + "read them: a polled feed's bytes as that feed, an archived item as one (one whose payload was cut is "
                    + "read again from its file, if that is still there unchanged).")
    static final class Replay extends SelectedLetters {

        @Override
        int handle(NewsflowConfig config, List<LoggedDeadLetter> selected) {
            ReplayReport report = new DeadLetterReplayer(config.kafka().bootstrapServers(), config.kafka().properties(), Clock.systemUTC())
                    .replay(selected);
            PrintWriter out = commandLine().getOut();
            out.printf("replayed %d, already replayed %d, failed %d%n", report.replayed(), report.alreadyReplayed(), report.failures().size());
            out.flush();
            report.failures().forEach(failure -> commandLine().getErr().println("newsflow: dlq replay: " + failure));
            return report.failures().isEmpty() ? 0 : 1;
        }
    }
}
