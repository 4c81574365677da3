package dev.newsflow.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class EventuallyTest {

    @Test
    void shouldReturnOnceConditionHolds() {
        AtomicInteger polls = new AtomicInteger();

        Eventually.await(Duration.ofSeconds(5), "the third poll", () -> polls.incrementAndGet() >= 3);

        assertThat(polls).hasValue(3);
    }

    @Test
    void shouldFailSayingWhatItWaitedFor() {
        assertThatThrownBy(() -> Eventually.await(Duration.ofMillis(200), "a condition that never holds", () -> false))
                .isInstanceOf(AssertionError.class)
                .hasMessage("Timed out after 200 ms waiting for a condition that never holds");
    }
}
