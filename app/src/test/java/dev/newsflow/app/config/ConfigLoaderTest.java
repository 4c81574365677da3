package dev.newsflow.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsflow.app.log.LogFormat;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

    @TempDir
    Path dir;

    private Path write(String yaml) throws Exception {
        return Files.writeString(dir.resolve("newsflow.yaml"), yaml);
    }

    @Test
    void shouldLayDefaultsThenFileThenEnvironmentThenFlags() throws Exception {
        // Four keys, each decided by a later layer: batch-size by the flag, group-id by the environment,
        // linger by the file, threads by the default.
        Path file = write("""
                sink:
                  batch-size: 100
                  group-id: from-file
                  linger: 50ms
                """);
        Map<String, String> env = Map.of("NEWSFLOW_SINK_BATCH_SIZE", "200", "NEWSFLOW_SINK_GROUP_ID", "from-env");

        EffectiveConfig effective = ConfigLoader.load(file, env, new ConfigFlags().set("sink.batch-size", 300));

        NewsflowConfig config = effective.config();
        assertThat(config.sink().batchSize()).isEqualTo(300);
        assertThat(config.sink().groupId()).isEqualTo("from-env");
        assertThat(config.sink().linger()).isEqualTo(Duration.ofMillis(50));
        assertThat(config.enrich().threads()).isEqualTo(NewsflowConfig.DEFAULTS.enrich().threads());
        assertThat(effective.origins()).containsEntry("sink.batch-size", "flag")
                .containsEntry("sink.group-id", "env NEWSFLOW_SINK_GROUP_ID")
                .containsEntry("sink.linger", file.toString())
                .doesNotContainKey("enrich.threads");
    }

    @Test
    void shouldUseTheDefaultsWithoutFileEnvironmentOrFlags() throws Exception {
        NewsflowConfig config = ConfigLoader.load(null, Map.of(), new ConfigFlags()).config();

        assertThat(config).isEqualTo(NewsflowConfig.DEFAULTS);
    }

    @Test
    void shouldRefuseLinksOutOfInputFoldersUnlessTheFileTheEnvironmentOrAFlagSaysToFollowThem() throws Exception {
        Path file = write("ingest:\n  follow-links: true\n");

        assertThat(ConfigLoader.load(null, Map.of(), new ConfigFlags()).config().ingest().followLinks()).isFalse();
        assertThat(ConfigLoader.load(file, Map.of(), new ConfigFlags()).config().ingest().followLinks()).isTrue();
        assertThat(ConfigLoader.load(null, Map.of("NEWSFLOW_INGEST_FOLLOW_LINKS", "true"), new ConfigFlags())
                .config().ingest().followLinks()).isTrue();
        assertThat(ConfigLoader.load(null, Map.of(), new ConfigFlags().set("ingest.follow-links", true))
                .config().ingest().followLinks()).isTrue();
    }

    @Test
    void shouldMergeKafkaPropertiesFromEveryLayer() throws Exception {
        Path file = write("""
                kafka:
                  bootstrap-servers: broker-1:9092
                  properties:
                    security.protocol: SASL_SSL
                    sasl.mechanism: PLAIN
                """);
        Map<String, String> env = Map.of("NEWSFLOW_KAFKA_PROPERTIES_SASL_MECHANISM", "SCRAM-SHA-512",
                "NEWSFLOW_KAFKA_BOOTSTRAP_SERVERS", "broker-2:9092");

        NewsflowConfig config = ConfigLoader.load(file, env, new ConfigFlags().set("kafka.properties", Map.of("client.id", "cli"))).config();

        assertThat(config.kafka().bootstrapServers()).isEqualTo("broker-2:9092");
        assertThat(config.kafka().properties()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "security.protocol", "SASL_SSL", "sasl.mechanism", "SCRAM-SHA-512", "client.id", "cli"));
    }

    @Test
    void shouldReadListsAndEnumsFromTheEnvironment() throws Exception {
        Map<String, String> env = Map.of("NEWSFLOW_INGEST_ALLOW_RANGES", "10.0.0.0/8, 192.168.0.0/16", "NEWSFLOW_LOG_FORMAT", "JSON",
                "NEWSFLOW_JAVA_OPTS", "-Xmx2g");

        NewsflowConfig config = ConfigLoader.load(null, env, new ConfigFlags()).config();

        assertThat(config.ingest().allowRanges()).containsExactly("10.0.0.0/8", "192.168.0.0/16");
        assertThat(config.log().format()).isEqualTo(LogFormat.JSON);
    }

    @Test
    void shouldNameTheFileAndKeyOfAnUnknownKey() throws Exception {
        Path file = write("sink:\n  batch-sise: 10\n");

        assertThatThrownBy(() -> ConfigLoader.load(file, Map.of(), new ConfigFlags()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("unknown key 'sink.batch-sise'")
                .hasMessageContaining("batch-size");
    }

    @Test
    void shouldNameTheVariableOfAValueThatDoesNotFit() {
        assertThatThrownBy(() -> ConfigLoader.load(null, Map.of("NEWSFLOW_SINK_LINGER", "soon"), new ConfigFlags()))
                .hasMessageContaining("env NEWSFLOW_SINK_LINGER")
                .hasMessageContaining("sink.linger")
                .hasMessageContaining("not a duration");
    }

    @Test
    void shouldAddTheStoreCredentialsToTheJdbcUrl() throws Exception {
        Path file = write("""
                sink:
                  store:
                    url: jdbc:postgresql://db:5432/news
                    user: newsflow
                """);

        EffectiveConfig config = ConfigLoader.load(file, Map.of("NEWSFLOW_SINK_STORE_PASSWORD", "p&ss"), new ConfigFlags());

        assertThat(config.storeUrl()).isEqualTo("jdbc:postgresql://db:5432/news?user=newsflow&password=p%26ss");
    }

    @Test
    void shouldMaskSecretsWhenPrinted() throws Exception {
        Path file = write("""
                kafka:
                  properties:
                    sasl.jaas.config: org.apache.kafka.common.security.plain.PlainLoginModule required password="kafka-secret";
                    ssl.truststore.location: /etc/kafka/truststore.jks
                sink:
                  store:
                    password: db-secret
                """);

        EffectiveConfig config = ConfigLoader.load(file, Map.of(), new ConfigFlags());

        assertThat(config.toYaml()).doesNotContain("kafka-secret", "db-secret")
                .contains("sasl.jaas.config: '****'", "password: '****'", "ssl.truststore.location: /etc/kafka/truststore.jks");
        assertThat(config.withOrigins()).doesNotContain("db-secret").contains("sink.store.password: ****  # " + file);
    }

    @Test
    void shouldMaskAPasswordInsideAStoreUrl() throws Exception {
        Path file = write("sink:\n  store:\n    url: jdbc:postgresql://db/news?user=nf&password=url-secret&ssl=true\n");

        EffectiveConfig config = ConfigLoader.load(file, Map.of(), new ConfigFlags());

        assertThat(config.toYaml()).doesNotContain("url-secret").contains("jdbc:postgresql://db/news?user=nf&password=****&ssl=true");
        assertThat(SecretMask.inText("cannot open the store jdbc:postgresql://db/news?password=p4ss: refused"))
                .isEqualTo("cannot open the store jdbc:postgresql://db/news?password=****: refused");
    }

    @Test
    void shouldFindTheNewsflowVariablesThatSetNothing() {
        Map<String, String> env = Map.of("NEWSFLOW_SINK_BACTH_SIZE", "5", "NEWSFLOW_SINK_BATCH_SIZE", "5", "NEWSFLOW_PUSH_TOKEN", "t",
                "NEWSFLOW_KAFKA_PROPERTIES_CLIENT_ID", "x", "HOME", "/root");

        assertThat(EnvironmentOverrides.unknown(env, ConfigYaml.MAPPER.valueToTree(NewsflowConfig.DEFAULTS)))
                .containsExactly("NEWSFLOW_SINK_BACTH_SIZE");
    }

    @Test
    void shouldTakeTheBindAddressesFromFileEnvironmentAndFlag() throws Exception {
        Path file = write("""
                ingest:
                  push: { port: 8088, bind-address: 127.0.0.1 }
                observe:
                  bind-address: 10.0.0.5
                """);
        Map<String, String> env = Map.of("NEWSFLOW_OBSERVE_BIND_ADDRESS", "::1");

        EffectiveConfig fromEnv = ConfigLoader.load(file, env, new ConfigFlags());
        EffectiveConfig fromFlag = ConfigLoader.load(file, env, new ConfigFlags().set("observe.bind-address", "127.0.0.1"));

        assertThat(fromEnv.ingest().pushAddress()).isEqualTo(new InetSocketAddress(InetAddress.getLoopbackAddress(), 8088));
        assertThat(fromEnv.config().observe().address(8081)).isEqualTo(new InetSocketAddress(InetAddress.getByName("::1"), 8081));
        assertThat(fromFlag.config().observe().address(8081)).isEqualTo(new InetSocketAddress(InetAddress.getLoopbackAddress(), 8081));
        assertThat(fromFlag.withOrigins()).contains("observe.bind-address: 127.0.0.1  # flag",
                "ingest.push.bind-address: 127.0.0.1  # " + file);
        assertThat(fromEnv.withOrigins()).contains("observe.bind-address: ::1  # env NEWSFLOW_OBSERVE_BIND_ADDRESS");
        assertThat(fromEnv.toYaml()).contains("bind-address: 127.0.0.1");
    }

    @Test
    void shouldListenOnEveryInterfaceByDefault() throws Exception {
        EffectiveConfig config = ConfigLoader.load(write("ingest:\n  push: { port: 8088 }\n"), Map.of(), new ConfigFlags());

        assertThat(config.config().observe().address(8080).getAddress().isAnyLocalAddress()).isTrue();
        assertThat(config.ingest().pushAddress().getAddress().isAnyLocalAddress()).isTrue();
        assertThat(config.withOrigins()).contains("observe.bind-address: null  # default");
    }

    @Test
    void shouldNameTheKeyOfABindAddressThatIsNoIpAddress() throws Exception {
        Path file = write("ingest:\n  push: { port: 8088, bind-address: localhost }\n");

        assertThatThrownBy(() -> ConfigLoader.load(file, Map.of(), new ConfigFlags()))
                .isInstanceOf(ConfigException.class)
                .hasMessageContaining(file.toString())
                .hasMessageContaining("ingest.push.bind-address")
                .hasMessageContaining("not an IP address: 'localhost'");
        assertThatThrownBy(() -> ConfigLoader.load(null, Map.of("NEWSFLOW_OBSERVE_BIND_ADDRESS", "300.1.2.3"), new ConfigFlags()))
                .hasMessageContaining("env NEWSFLOW_OBSERVE_BIND_ADDRESS")
                .hasMessageContaining("not an IP address: '300.1.2.3'");
    }
}
