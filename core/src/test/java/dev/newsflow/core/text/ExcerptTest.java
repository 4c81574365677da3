package dev.newsflow.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ExcerptTest {

    @Test
    void shouldEscapeCharactersThatBreakTheLineOrDriveTheTerminal() {
        assertThat(Excerpt.of("a\nb\r\tc\u001B[31m\u0000", 100)).isEqualTo("a\\nb\\r\\tc\\u001B[31m\\u0000");
    }

    @Test
    void shouldEscapeCharactersThatHideOrReorderText() {
        assertThat(Excerpt.of("user\u202Etxt.exe\u200B\uE000\uDC00", 100))
                .isEqualTo("user\\u202Etxt.exe\\u200B\\uE000\\uDC00");
        assertThat(Excerpt.of("\uDB80\uDC00", 100)).isEqualTo("\\U000F0000");
    }

    @Test
    void shouldKeepLettersOfEveryScript() {
        assertThat(Excerpt.of("選舉 Выборы انتخابات 😀", 100)).isEqualTo("選舉 Выборы انتخابات 😀");
    }

    @Test
    void shouldCutAtTheLimitWithoutSplittingAnEscapeOrACharacter() {
        assertThat(Excerpt.of("abcdef", 4)).isEqualTo("abc…");
        assertThat(Excerpt.of("ab\u0001cdef", 6)).isEqualTo("ab…");
        assertThat(Excerpt.of("a😀😀😀", 4)).isEqualTo("a😀…");
        assertThat(Excerpt.of("abcd", 4)).isEqualTo("abcd");
    }

    @Test
    void shouldChangeNothingWhenAppliedToAnExcerpt() {
        String once = Excerpt.of("line\none\u001B" + "x".repeat(500), 60);

        assertThat(Excerpt.of(once, 60)).isEqualTo(once);
    }
}
