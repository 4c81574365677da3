package dev.newsflow.app.cli;

import dev.newsflow.ingest.ArchiveIngest;
import dev.newsflow.ingest.IngestReport;
import dev.newsflow.ingest.publish.RawPublisher;
import dev.newsflow.ingest.source.InputFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code newsflow ingest}: publishes archived items from folders, then watches them for new files. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {
            "Publishes archived feed items from files or folders to news.raw.v1 (malformed ones to news.dlq.v1),",
            "then keeps watching the folders for new or changed files until stopped (unless --once)."})
final class IngestCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Mixin
    private KafkaOptions kafka;

    @Mixin
    private TopicOptions topics;

    @Option(names = "--input", paramLabel = "PATH", required = true, description = "A file or folder of archived feed items. Repeatable.")
    private List<Path> inputs = new ArrayList<>();

    @Option(names = "--once", description = "Ingest what is there now, print a summary line on stdout, and exit.")
    private boolean once;

    @Option(names = "--poll-seconds", paramLabel = "SECONDS", defaultValue = "10", description = "How often to look for new files (default: ${DEFAULT-VALUE}).")
    private long pollSeconds;

    /** Files this process has already ingested, with the modification time it saw: a changed file is read again. */
    private final Map<Path, FileTime> ingested = new HashMap<>();

    @Override
    public Integer call() throws Exception {
        String bootstrap = StageCommand.requireBootstrap(kafka, spec.commandLine());
        StageCommand.ensureTopics(kafka, topics.replicationFactor, topics.partitions);
        CountDownLatch stop = once ? new CountDownLatch(0) : StageCommand.stopOnSignal("ingest", () -> { });
        try (RawPublisher publisher = new RawPublisher(bootstrap, UUID.randomUUID().toString(), kafka.properties())) {
            ArchiveIngest ingest = new ArchiveIngest(publisher, spec.commandLine().getErr()::println, Clock.systemUTC());
            do {
                IngestReport report = ingest.ingest(InputFiles.readLazily(newOrChanged()));
                if (report.read() > 0 || once) {
                    spec.commandLine().getOut().printf("ingested %d: published %d, dead-lettered %d%n",
                            report.read(), report.published(), report.deadLettered());
                    spec.commandLine().getOut().flush();
                }
            } while (!stop.await(pollSeconds, TimeUnit.SECONDS));
        }
        return 0;
    }

    private List<Path> newOrChanged() throws IOException {
        List<Path> fresh = new ArrayList<>();
        for (Path file : InputFiles.list(inputs)) {
            FileTime modified = Files.getLastModifiedTime(file);
            if (!modified.equals(ingested.put(file, modified))) {
                fresh.add(file);
            }
        }
        return fresh;
    }
}
