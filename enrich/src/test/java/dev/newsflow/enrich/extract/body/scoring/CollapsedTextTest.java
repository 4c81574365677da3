package dev.newsflow.enrich.extract.body.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CollapsedTextTest {

    @Test
    void shouldCountEachRunOfWhitespaceAsOneAndNoneAtTheEnds() {
        CollapsedText text = new CollapsedText();

        text.read(" \n two\u00A0\u00A0 words\t ");

        assertThat(text.length).isEqualTo("two words".length());
        assertThat(text.leadingSpace).isTrue();
        assertThat(text.pendingSpace).isTrue();
    }

    @Test
    void shouldJoinPiecesWithOneSpaceWhereWhitespaceMeetsAcrossThem() {
        CollapsedText text = new CollapsedText();

        text.read("one ");
        text.read(" two");
        text.read("three");

        assertThat(text.length).isEqualTo("one twothree".length());
        assertThat(text.leadingSpace).isFalse();
        assertThat(text.pendingSpace).isFalse();
    }

    @Test
    void shouldRememberWhitespaceReadBeforeAnyCharacterAsLeading() {
        CollapsedText text = new CollapsedText();

        text.read("  ");
        assertThat(text.length).isZero();
        assertThat(text.pendingSpace).isTrue();

        text.read("word");
        assertThat(text.length).isEqualTo(4);
        assertThat(text.leadingSpace).isTrue();
    }

    @Test
    void shouldCountCommasOfOtherScriptsAndLeaveInvisibleCharactersOutOfTheKeptOnes() {
        CollapsedText text = new CollapsedText();

        text.read("a,b\u060Cc\uFF0Cd\u200Be\u00ADf");

        assertThat(text.commas).isEqualTo(3);
        assertThat(text.kept).isEqualTo("a,b\u060Cc\uFF0Cdef".length());
        // Invisible characters are not whitespace: they count in the length, as they stay in the text.
        assertThat(text.length).isEqualTo("a,b\u060Cc\uFF0Cd\u200Be\u00ADf".length());
    }

    @Test
    void shouldStartAfreshOnceCleared() {
        CollapsedText text = new CollapsedText();
        text.read(" a, b ");

        text.clear();
        text.read("c");

        assertThat(text.length).isEqualTo(1);
        assertThat(text.commas).isZero();
        assertThat(text.kept).isEqualTo(1);
        assertThat(text.leadingSpace).isFalse();
        assertThat(text.pendingSpace).isFalse();
    }
}
