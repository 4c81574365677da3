package dev.newsflow.language.script;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ScriptProfileTest {

    private static final HanVariants VARIANTS = HanVariants.of(new int[] {'国'}, new int[] {'國'});

    @Test
    void shouldKeepAChineseSentenceChineseWhenItNamesSomeoneInLatinLetters() {
        assertThat(ScriptProfile.of("Katherine自殺，因此成了吸血鬼。", VARIANTS).dominant()).isEqualTo(WritingSystem.HAN);
    }

    @Test
    void shouldTakeHanWithKanaForJapanese() {
        assertThat(ScriptProfile.of("東京で会議", VARIANTS).dominant()).isEqualTo(WritingSystem.KANA);
    }

    @Test
    void shouldTakeHanWithAStrayKanaBrandNameForChinese() {
        assertThat(ScriptProfile.of("中国国务院总理今天在北京会见了来访的代表团成员ソ", VARIANTS).dominant())
                .isEqualTo(WritingSystem.HAN);
    }

    @Test
    void shouldCountSimplifiedAndTraditionalOnlyCharacters() {
        ScriptProfile profile = ScriptProfile.of("国国國中", VARIANTS);

        assertThat(profile.simplifiedOnly()).isEqualTo(2);
        assertThat(profile.traditionalOnly()).isEqualTo(1);
    }

    @Test
    void shouldCountIndicVowelSignsWithTheirScript() {
        ScriptProfile profile = ScriptProfile.of("हिन्दी", VARIANTS);

        assertThat(profile.dominant()).isEqualTo(WritingSystem.DEVANAGARI);
        assertThat(profile.letters()).isEqualTo(6);
    }

    @Test
    void shouldFindNoSystemInDigitsAndPunctuation() {
        assertThat(ScriptProfile.of("2024-05-01, 12:00!", VARIANTS).dominant()).isNull();
    }
}
