package dev.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.newsflow.app.cli.NewsflowCommand;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** docker-compose.yml and the CLI cannot drift: every service command must parse as the CLI parses it. */
class ComposeFileTest {

    private static final Path COMPOSE = Path.of("..", "docker-compose.yml");

    private static Map<String, List<String>> newsflowCommands() throws Exception {
        JsonNode services = new ObjectMapper(new YAMLFactory()).readTree(COMPOSE.toFile()).path("services");
        Map<String, List<String>> commands = new LinkedHashMap<>();
        services.fields().forEachRemaining(service -> {
            List<String> command = new ArrayList<>();
            service.getValue().path("command").forEach(part -> command.add(part.asText()));
            int jar = command.indexOf("newsflow.jar");
            if (jar >= 0) {
                commands.put(service.getKey(), command.subList(jar + 1, command.size()));
            }
        });
        return commands;
    }

    @Test
    void shouldRunEachStageAsItsOwnService() throws Exception {
        Map<String, List<String>> commands = newsflowCommands();

        assertThat(commands).containsOnlyKeys("ingest", "enrich", "sink");
        assertThat(commands.get("ingest")).startsWith("ingest").contains("--bootstrap-servers");
        assertThat(commands.get("enrich")).startsWith("enrich").contains("--bootstrap-servers");
        assertThat(commands.get("sink")).startsWith("sink").contains("--bootstrap-servers");
    }

    @Test
    void shouldParseEveryServiceCommandWithTheCliParser() throws Exception {
        for (Map.Entry<String, List<String>> service : newsflowCommands().entrySet()) {
            assertThatCode(() -> NewsflowCommand.commandLine().parseArgs(service.getValue().toArray(String[]::new)))
                    .as("command of compose service %s", service.getKey())
                    .doesNotThrowAnyException();
        }
    }
}
