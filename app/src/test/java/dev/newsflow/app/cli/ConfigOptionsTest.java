package dev.newsflow.app.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.app.config.ConfigFlags;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Which file a command reads: --config, else the one NEWSFLOW_CONFIG names, else none. */
class ConfigOptionsTest {

    @TempDir
    Path dir;

    @Test
    void shouldReadTheFileTheEnvironmentNamesUnlessAFlagNamesAnother() throws Exception {
        Path fromEnv = Files.writeString(dir.resolve("env.yaml"), "enrich: { threads: 2 }\n");
        Path fromFlag = Files.writeString(dir.resolve("flag.yaml"), "enrich: { threads: 3 }\n");
        Map<String, String> env = Map.of(ConfigOptions.CONFIG_ENV, fromEnv.toString());
        ConfigOptions named = new ConfigOptions();
        named.file = fromFlag;

        assertThat(new ConfigOptions().load(new ConfigFlags(), env).config().enrich().threads()).isEqualTo(2);
        assertThat(named.load(new ConfigFlags(), env).config().enrich().threads()).isEqualTo(3);
        assertThat(new ConfigOptions().load(new ConfigFlags(), Map.of()).file()).isNull();
    }
}
