package dev.newsflow.app.cli;

import dev.newsflow.app.config.NewsflowConfig;
import dev.newsflow.app.topics.TopicReport;
import dev.newsflow.app.topics.TopicSetup;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.TopicDescription;
import picocli.CommandLine.Command;

/** {@code newsflow topics}: create and inspect newsflow's topics on a cluster. */
@Command(name = "topics", mixinStandardHelpOptions = true,
        description = "Creates or describes newsflow's topics.",
        subcommands = {TopicsCommand.Create.class, TopicsCommand.Describe.class})
final class TopicsCommand extends CommandGroup {

    @Command(name = "create", mixinStandardHelpOptions = true,
            description = {
                "Creates the missing topics with their partitions and settings; idempotent.",
                "Existing topics are never changed: differences from the configuration are reported as drift."})
    static final class Create extends ConfiguredCommand {

        @Override
        List<ConfigOption> options() {
            return ConfigOption.kafka(ConfigOption.PARTITIONS, ConfigOption.REPLICATION_FACTOR);
        }

        @Override
        public Integer call() throws Exception {
            NewsflowConfig config = loadConfig().config();
            String bootstrap = StageCommand.requireBootstrap(config, commandLine());
            TopicReport report = TopicSetup.createAndCompare(bootstrap, config.kafka().properties(), config.topics());
            PrintWriter out = commandLine().getOut();
            report.created().forEach(name -> out.println("created    " + name));
            report.unchanged().forEach(name -> out.println("unchanged  " + name));
            report.drift().forEach(line -> out.println("drift      " + line));
            if (report.changedNothing()) {
                out.println("nothing to create: all topics exist" + (report.drift().isEmpty() ? " as configured" : " (see drift)"));
            }
            out.flush();
            return 0;
        }
    }

    @Command(name = "describe", mixinStandardHelpOptions = true,
            description = "Prints each newsflow topic with its partitions, replication and settings.")
    static final class Describe extends ConfiguredCommand {

        @Override
        List<ConfigOption> options() {
            return ConfigOption.KAFKA;
        }

        @Override
        public Integer call() throws Exception {
            NewsflowConfig config = loadConfig().config();
            String bootstrap = StageCommand.requireBootstrap(config, commandLine());
            Map<String, String> kafkaProperties = config.kafka().properties();
            PrintWriter out = commandLine().getOut();
            for (TopicDescription topic : TopicSetup.describe(bootstrap, kafkaProperties)) {
                Map<String, String> settings = TopicSetup.settings(bootstrap, kafkaProperties, topic.name());
                out.printf("%-22s partitions=%d replication=%d %s%n", topic.name(), topic.partitions().size(),
                        topic.partitions().get(0).replicas().size(),
                        settings.entrySet().stream().sorted(Map.Entry.comparingByKey())
                                .map(setting -> setting.getKey() + "=" + setting.getValue())
                                .collect(Collectors.joining(" ")));
            }
            out.flush();
            return 0;
        }
    }
}
