package dev.newsflow.enrich.stats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.core.event.EnrichedArticle.Stats;
import org.junit.jupiter.api.Test;

class ReadingStatsTest {

    @Test
    void shouldCountCjkCharactersAsWords() {
        Stats stats = ReadingStats.of("市政府宣布TikTok新规", 1, 0, 0);

        assertThat(stats.words()).isEqualTo(8);
        assertThat(stats.characters()).isEqualTo(13);
    }

    @Test
    void shouldReadWordsAtAbout230AMinuteAndCjkAtAbout500() {
        assertThat(ReadingStats.of("word ".repeat(230), 1, 0, 0).readingTimeSeconds()).isEqualTo(60);
        assertThat(ReadingStats.of("字".repeat(500), 1, 0, 0).readingTimeSeconds()).isEqualTo(60);
    }

    @Test
    void shouldKeepCombiningMarksInsideTheirWord() {
        assertThat(ReadingStats.of("नमस्ते दुनिया", 1, 0, 0).words()).isEqualTo(2);
    }

    @Test
    void shouldGiveAnyTextAtLeastOneSecondAndNoTextNone() {
        assertThat(ReadingStats.of("Hi", 1, 0, 0).readingTimeSeconds()).isEqualTo(1);
        assertThat(ReadingStats.of("", 0, 0, 0).readingTimeSeconds()).isZero();
    }
}
