package dev.newsflow.enrich.stats;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class UnreadableTextTest {

    @Test
    void shouldFindRandomBytesReadAsUtf8MostlyUnreadable() {
        byte[] bytes = new byte[100_000];
        new Random(13).nextBytes(bytes);

        String decoded = new String(bytes, StandardCharsets.UTF_8);

        assertThat(UnreadableText.share(decoded)).isBetween(0.5, 0.65);
        assertThat(UnreadableText.isMostlyUnreadable(decoded)).isTrue();
    }

    @Test
    void shouldFindTextOfAnyScriptReadable() {
        assertThat(UnreadableText.share("港珠澳大桥周三正式通车，全长55公里。")).isZero();
        assertThat(UnreadableText.share("Паром продолжит ходить и зимой, решил совет.")).isZero();
        assertThat(UnreadableText.share("قرر المجلس تمديد خدمة العبّارة خلال الشتاء")).isZero();
        // ZWNJ is a format character Persian needs, and U+1FAE0 came with Unicode 14, after the JDK 17 tables.
        assertThat(UnreadableText.share("می\u200Cخواهم 🫠")).isZero();
    }

    @Test
    void shouldToleratePrivateUseIconsAndStrayControlsInRealText() {
        String text = "\uF099 Share \uF09A Like\u0007 The council voted on Tuesday to extend the ferry service.";

        assertThat(UnreadableText.share(text)).isGreaterThan(0).isLessThan(UnreadableText.MAX_SHARE);
    }

    @Test
    void shouldFindTextOfManyReplacementCharactersUnreadable() {
        // GBK bytes read as UTF-8: what a page in a legacy charset that does not declare it becomes.
        String misread = new String("港珠澳大桥周三正式通车，全长55公里。".getBytes(java.nio.charset.Charset.forName("GBK")),
                StandardCharsets.UTF_8);

        assertThat(UnreadableText.isMostlyUnreadable(misread.repeat(5))).isTrue();
        assertThat(UnreadableText.share("")).isZero();
    }

    @Test
    void shouldNotJudgeATextTooShortToSay() {
        String shortAndBroken = "caf\uFFFD cr\uFFFDme";

        assertThat(UnreadableText.share(shortAndBroken)).isGreaterThan(UnreadableText.MAX_SHARE / 2);
        assertThat(UnreadableText.isMostlyUnreadable("\uFFFD".repeat(UnreadableText.MIN_CHARACTERS - 1))).isFalse();
        assertThat(UnreadableText.isMostlyUnreadable("\uFFFD".repeat(UnreadableText.MIN_CHARACTERS))).isTrue();
    }
}
