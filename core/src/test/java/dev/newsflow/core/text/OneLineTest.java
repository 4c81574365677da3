package dev.newsflow.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OneLineTest {

    @Test
    void shouldMakeEachRunOfAsciiWhiteSpaceOneSpaceAndStripTheEnds() {
        assertThat(OneLine.of("\n  Budget\t talks:\r\nwhat  the council agreed  ")).isEqualTo("Budget talks: what the council agreed");
        assertThat(OneLine.of("作者　茉莉")).isEqualTo("作者　茉莉");
        assertThat(OneLine.of(" \u2003 ")).isEmpty();
    }
}
