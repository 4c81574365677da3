package dev.newsflow.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class BrokerSettingsTest {

    private static final Path DIR = Path.of("/tmp/kafka");

    @Test
    void shouldBindBothListenersToLoopbackOnly() {
        Map<String, String> props = BrokerSettings.of(DIR, 9092, 9093, Map.of());

        assertThat(props.get("listeners")).isEqualTo("PLAINTEXT://127.0.0.1:9092,CONTROLLER://127.0.0.1:9093");
        assertThat(props.get("controller.quorum.voters")).isEqualTo("1@127.0.0.1:9093");
    }

    @Test
    void shouldLetOverridesWinOverDefaults() {
        Map<String, String> props = BrokerSettings.of(DIR, 9092, 9093, Map.of("message.max.bytes", "1024"));

        assertThat(props).containsEntry("message.max.bytes", "1024");
    }

    @Test
    void shouldRejectOverrideOfListeners() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> BrokerSettings.of(DIR, 9092, 9093, Map.of("listeners", "PLAINTEXT://0.0.0.0:9092")))
                .withMessageContaining("listeners");
    }
}
