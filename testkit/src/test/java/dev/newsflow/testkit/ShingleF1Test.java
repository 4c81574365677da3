package dev.newsflow.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class ShingleF1Test {

    @Test
    void shouldIgnoreCasePunctuationAndWhitespace() {
        assertThat(ShingleF1.score("The quick, brown fox jumps.", "the quick brown\n fox — jumps"))
                .isEqualTo(1.0);
    }

    @Test
    void shouldCountEachHanCharacterAsAToken() {
        assertThat(ShingleF1.tokens("中国外长 met 王毅。")).containsExactly("中", "国", "外", "长", "met", "王", "毅");
    }

    @Test
    void shouldPenaliseBoilerplateAndMissingText() {
        String article = "one two three four five six seven eight";
        // 5 shingles expected; 5 + 3 extracted (3 from the added boilerplate), all 5 expected found.
        double f1 = ShingleF1.score(article + " share this story", article);

        assertThat(f1).isCloseTo(2 * (5.0 / 8) / (5.0 / 8 + 1), within(1e-9));
        assertThat(ShingleF1.score("", article)).isZero();
        assertThat(ShingleF1.score("", "")).isEqualTo(1.0);
    }
}
