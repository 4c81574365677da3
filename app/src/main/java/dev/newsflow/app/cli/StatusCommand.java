package dev.newsflow.app.cli;

import dev.newsflow.app.config.NewsflowConfig;
import dev.newsflow.app.dlq.DeadLetterLog;
import dev.newsflow.app.observe.ConsumerLag;
import dev.newsflow.app.observe.DeadLetterCounts;
import dev.newsflow.app.observe.LagProbe;
import dev.newsflow.app.observe.RecentThroughput;
import dev.newsflow.core.topic.Topics;
import java.io.PrintWriter;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import picocli.CommandLine.Command;

/** {@code newsflow status}: the pipeline as the cluster sees it: lag, recent throughput, dead letters. */
@Command(name = "status", mixinStandardHelpOptions = true,
        description = "Shows per stage consumer lag, offsets per topic over the last minutes, and dead letters by stage and "
                + "reason, read from the cluster (no stage needs to be running).")
final class StatusCommand extends ConfiguredCommand {

    @Override
    List<ConfigOption> options() {
        return ConfigOption.kafka(ConfigOption.STATUS_ENRICH_ID, ConfigOption.STATUS_SINK_GROUP, ConfigOption.WINDOW_SECONDS);
    }

    @Override
    public Integer call() throws Exception {
        NewsflowConfig config = loadConfig().config();
        String bootstrap = StageCommand.requireBootstrap(config, commandLine());
        Map<String, String> kafkaProperties = config.kafka().properties();
        Map<String, Object> settings = new HashMap<>(kafkaProperties);
        settings.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        PrintWriter out = commandLine().getOut();
        Duration window = config.observe().statusWindow();
        try (Admin admin = Admin.create(settings);
             KafkaConsumer<byte[], byte[]> reader = LagProbe.gaplessReader(bootstrap, kafkaProperties)) {
            out.println("consumer lag");
            out.printf(Locale.ROOT, "  %-8s %-28s %-20s %10s%n", "stage", "group", "topic", "lag");
            for (ConsumerLag.GroupLag lag : List.of(
                    ConsumerLag.measure(admin, reader, "enrich", config.enrich().applicationId(), Topics.RAW.name()),
                    ConsumerLag.measure(admin, reader, "sink", config.sink().groupId(), Topics.ENRICHED.name()))) {
                out.printf(Locale.ROOT, "  %-8s %-28s %-20s %10d%s%n", lag.stage(), lag.group(), lag.topic(), lag.lag(),
                        lag.committedPartitions() == 0 ? "  (no committed offsets)" : "");
            }
            // Offsets, not records: enrich writes in transactions, and each commit marker takes an offset.
            out.printf(Locale.ROOT, "%nthroughput, last %d s (offsets; transactional topics count commit markers too)%n",
                    window.toSeconds());
            out.printf(Locale.ROOT, "  %-20s %10s %10s%n", "topic", "offsets", "per s");
            Instant since = Instant.now().minus(window);
            for (String topic : List.of(Topics.RAW.name(), Topics.ENRICHED.name(), Topics.DEAD_LETTERS.name())) {
                long offsets = RecentThroughput.offsets(admin, topic, since);
                out.printf(Locale.ROOT, "  %-20s %10d %10.2f%n", topic, offsets, RecentThroughput.perSecond(offsets, window));
            }
        }
        out.printf(Locale.ROOT, "%ndead letters%n");
        out.printf(Locale.ROOT, "  %-8s %-40s %8s %9s%n", "stage", "reason", "count", "replayed");
        for (DeadLetterCounts.Count count : DeadLetterCounts.of(DeadLetterLog.read(bootstrap, kafkaProperties))) {
            out.printf(Locale.ROOT, "  %-8s %-40s %8d %9d%n", count.stage(), count.reason(), count.total(), count.replayed());
        }
        out.flush();
        return 0;
    }
}
