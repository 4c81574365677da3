package dev.newsflow.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code newsflow config print}: the effective configuration as YAML, with no secret in it. */
class ConfigPrintTest {

    @TempDir
    Path dir;

    @Test
    void shouldPrintTheConfigurationWithPasswordsAndKafkaCredentialsMasked() throws Exception {
        Path file = Files.writeString(dir.resolve("newsflow.yaml"), """
                kafka:
                  bootstrap-servers: kafka-1:9093
                  properties:
                    security.protocol: SASL_SSL
                    sasl.jaas.config: org.apache.kafka.common.security.scram.ScramLoginModule required username="nf" password="jaas-secret";
                sink:
                  batch-size: 250
                  store:
                    url: jdbc:postgresql://db:5432/newsflow
                    user: newsflow
                    password: store-secret
                """);

        Cli.Outcome outcome = Cli.execute("config", "print", "--config", file.toString());

        assertThat(outcome.exitCode()).as("stderr: %s", outcome.err()).isZero();
        assertThat(outcome.out()).doesNotContain("jaas-secret", "store-secret");
        JsonNode printed = new ObjectMapper(new YAMLFactory()).readTree(outcome.out());
        assertThat(printed.at("/kafka/properties/sasl.jaas.config").asText()).isEqualTo("****");
        assertThat(printed.at("/kafka/properties/security.protocol").asText()).isEqualTo("SASL_SSL");
        assertThat(printed.at("/sink/store/password").asText()).isEqualTo("****");
        assertThat(printed.at("/sink/store/user").asText()).isEqualTo("newsflow");
        assertThat(printed.at("/sink/batch-size").asInt()).isEqualTo(250);
        assertThat(printed.at("/enrich/application-id").asText()).isEqualTo("newsflow-enrich");
    }

    @Test
    void shouldSayWhereEachValueCameFrom() throws Exception {
        Path file = Files.writeString(dir.resolve("newsflow.yaml"), "enrich:\n  threads: 4\n");

        Cli.Outcome outcome = Cli.execute("config", "print", "--origins", "--config", file.toString());

        assertThat(outcome.out()).contains("enrich.threads: 4  # " + file, "sink.batch-size: 500  # default");
    }

    @Test
    void shouldRefuseAnUnknownKeyNamingTheFile() throws Exception {
        Path file = Files.writeString(dir.resolve("typo.yaml"), "sink:\n  stroe: {url: jdbc:sqlite:x.db}\n");

        Cli.Outcome outcome = Cli.execute("config", "print", "--config", file.toString());

        assertThat(outcome.exitCode()).isEqualTo(1);
        assertThat(outcome.err()).contains("typo.yaml", "unknown key 'sink.stroe'");
    }
}
