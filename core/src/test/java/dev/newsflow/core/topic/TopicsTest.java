package dev.newsflow.core.topic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsflow.core.event.Stage;
import org.junit.jupiter.api.Test;

/** Which topic each stage reads: where a replay sends that stage's dead letters back. */
class TopicsTest {

    @Test
    void shouldNameTheTopicEachStageReads() {
        assertThat(Topics.inputOf(Stage.ENRICH)).contains(Topics.RAW);
        assertThat(Topics.inputOf(Stage.SINK)).contains(Topics.ENRICHED);
        assertThat(Topics.inputOf(Stage.INGEST)).as("ingest reads files, feeds and pushes").isEmpty();
    }

    @Test
    void shouldKnowAStageByTheNameDeadLettersGiveIt() {
        assertThat(Stage.ofWireName("sink")).isEqualTo(Stage.SINK);
        assertThatThrownBy(() -> Stage.ofWireName("router")).hasMessage("unknown stage router");
    }
}
