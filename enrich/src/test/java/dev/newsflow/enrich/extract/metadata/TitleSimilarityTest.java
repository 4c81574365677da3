package dev.newsflow.enrich.extract.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class TitleSimilarityTest {

    @Test
    void shouldMeasureTheShareOfTheCandidateMadeOfTheReferencesWords() {
        assertThat(TitleSimilarity.of("Ferry service extended", "Ferry service extended | Coast News")).isEqualTo(1.0);
        assertThat(TitleSimilarity.of("Ferry returns", "Ferry service")).isCloseTo(1 - "returns".length() / 13.0, within(1e-9));
        assertThat(TitleSimilarity.of("", "Ferry")).isZero();
        assertThat(TitleSimilarity.of("Ferry", null)).isZero();
    }

    @Test
    void shouldSplitWordsAtAnythingButLettersAndNumbersInAnyScript() {
        assertThat(TitleSimilarity.of("¡Año 2024½—Ⅻ!", "año, 2024½ / ⅻ")).isEqualTo(1.0);
        assertThat(TitleSimilarity.of("新华社：𠀀字", "新华社 𠀀字")).isEqualTo(1.0);
        assertThat(TitleSimilarity.of("COVID-19 update", "covid 19")).isCloseTo(1 - "update".length() / 15.0, within(1e-9));
    }
}
