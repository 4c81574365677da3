package dev.newsflow.app.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class QuantitiesTest {

    @Test
    void shouldReadDurationsAsOperatorsWriteThem() {
        assertThat(Quantities.duration("90s")).isEqualTo(Duration.ofSeconds(90));
        assertThat(Quantities.duration("15m")).isEqualTo(Duration.ofMinutes(15));
        assertThat(Quantities.duration("1h")).isEqualTo(Duration.ofHours(1));
        assertThat(Quantities.duration("300")).isEqualTo(Duration.ofMinutes(5));
        assertThat(Quantities.duration("PT2H")).isEqualTo(Duration.ofHours(2));
        assertThatThrownBy(() -> Quantities.duration("soon")).hasMessageContaining("not a duration");
    }

    @Test
    void shouldReadSizesInBinaryMultiples() {
        assertThat(Quantities.bytes("512KB")).isEqualTo(512 * 1024);
        assertThat(Quantities.bytes("10MB")).isEqualTo(10L * 1024 * 1024);
        assertThat(Quantities.bytes("1000")).isEqualTo(1000);
        assertThatThrownBy(() -> Quantities.bytes("lots")).hasMessageContaining("not a size");
    }
}
