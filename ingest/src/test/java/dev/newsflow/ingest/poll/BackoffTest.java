package dev.newsflow.ingest.poll;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BackoffTest {

    private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);

    @Test
    void shouldPollAtTheIntervalWhenAllIsWell() {
        assertThat(Backoff.next(FIVE_MINUTES, 0, Optional.empty())).isEqualTo(FIVE_MINUTES);
    }

    @Test
    void shouldDoubleTheDelayPerConsecutiveFailureUpToTheCap() {
        assertThat(Backoff.next(FIVE_MINUTES, 1, Optional.empty())).isEqualTo(Duration.ofMinutes(10));
        assertThat(Backoff.next(FIVE_MINUTES, 3, Optional.empty())).isEqualTo(Duration.ofMinutes(40));
        assertThat(Backoff.next(FIVE_MINUTES, 40, Optional.empty())).isEqualTo(Backoff.MAX);
    }

    @Test
    void shouldHonourALongerRetryAfter() {
        assertThat(Backoff.next(FIVE_MINUTES, 1, Optional.of(Duration.ofMinutes(30)))).isEqualTo(Duration.ofMinutes(30));
        assertThat(Backoff.next(FIVE_MINUTES, 1, Optional.of(Duration.ofSeconds(1)))).isEqualTo(Duration.ofMinutes(10));
        assertThat(Backoff.next(FIVE_MINUTES, 1, Optional.of(Duration.ofDays(7)))).isEqualTo(Backoff.MAX);
    }

    @Test
    void shouldNeverPollFasterThanTheIntervalEvenIfItExceedsTheCap() {
        Duration daily = Duration.ofDays(1);
        assertThat(Backoff.next(daily, 2, Optional.empty())).isEqualTo(daily);
    }
}
