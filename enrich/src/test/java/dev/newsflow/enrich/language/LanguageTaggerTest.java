package dev.newsflow.enrich.language;

import static org.assertj.core.api.Assertions.assertThat;

import dev.newsflow.core.event.EnrichedArticle.Language;
import dev.newsflow.core.event.EnrichedArticle.Language.Segment;
import dev.newsflow.core.event.EnrichedArticle.Language.Share;
import java.util.List;
import org.junit.jupiter.api.Test;

class LanguageTaggerTest {

    private static final String SIMPLIFIED = "市政府今天宣布，新的图书馆将在下个月对公众开放，这里还会举办读书会。";
    private static final String TRADITIONAL = "市政府今天宣布，新的圖書館將在下個月對公眾開放，這裡還會舉辦讀書會。";

    private final LanguageTagger tagger = new LanguageTagger();

    @Test
    void shouldTellSimplifiedFromTraditionalChinese() {
        assertThat(tagger.detect(SIMPLIFIED, null).tag()).isEqualTo("zh-Hans");
        assertThat(tagger.detect(TRADITIONAL, null).tag()).isEqualTo("zh-Hant");
        assertThat(tagger.detect(TRADITIONAL, null).confidence()).isGreaterThan(0.8);
        assertThat(tagger.detect(TRADITIONAL, null).method()).isEqualTo("script");
    }

    @Test
    void shouldNotCountCharactersBothStandardsWriteAsEvidence() {
        // 皇后 and 台 are Traditional as well; nothing here is Simplified-only.
        assertThat(tagger.detect("皇后在台上", null).tag()).isEqualTo("zh");
    }

    @Test
    void shouldTagKanaAsJapaneseAndHangulAsKorean() {
        assertThat(tagger.detect("東京で新しい図書館が開館しました。", null).tag()).isEqualTo("ja");
        assertThat(tagger.detect("서울시는 새 도서관을 열었다.", null).tag()).isEqualTo("ko");
    }

    @Test
    void shouldFallBackToTheDeclaredLanguageForOtherScriptsAndElseSayUnd() {
        DetectedLanguage declared = tagger.detect("The library opens next month.", "en_US");

        assertThat(declared.tag()).isEqualTo("en-US");
        assertThat(declared.method()).isEqualTo("declared");
        assertThat(tagger.detect("The library opens next month.", null)).isEqualTo(new DetectedLanguage("und", 0, "none"));
        assertThat(tagger.detect("The library opens next month.", "zh-TW").tag()).isEqualTo("und");
        assertThat(tagger.detect("2024 — 42", "en").tag()).isEqualTo("und");
    }

    @Test
    void shouldTagEachSegmentAndCallADocumentOfBothScriptsMixed() {
        Language language = tagger.tag(List.of(
                new TextSegment("title", 0, "图书馆下月开放"),
                new TextSegment("paragraph", 0, SIMPLIFIED),
                new TextSegment("paragraph", 1, TRADITIONAL),
                new TextSegment("paragraph", 2, TRADITIONAL)), null);

        assertThat(language.segments()).extracting(Segment::tag).containsExactly("zh-Hans", "zh-Hans", "zh-Hant", "zh-Hant");
        assertThat(language.tag()).isEqualTo("zh-Hant");
        assertThat(language.mixed()).isTrue();
        assertThat(language.shares()).extracting(Share::tag).containsExactly("zh-Hant", "zh-Hans");
        assertThat(language.method()).isEqualTo("script");
    }

    @Test
    void shouldGiveTraditionalSegmentsASimplifiedCopy() {
        Language language = tagger.tag(List.of(new TextSegment("paragraph", 0, TRADITIONAL)), null);

        assertThat(language.segments().get(0).normalized()).isEqualTo(SIMPLIFIED);
    }

    @Test
    void shouldLetShortSegmentsWithoutEvidenceFollowTheDocument() {
        Language language = tagger.tag(List.of(
                new TextSegment("heading", 0, "市民"),
                new TextSegment("paragraph", 0, TRADITIONAL)), null);

        assertThat(language.segments().get(0).tag()).isEqualTo("zh-Hant");
        assertThat(language.mixed()).isFalse();
    }

    @Test
    void shouldNotCallADocumentMixedForAFewForeignWords() {
        Language language = tagger.tag(List.of(
                new TextSegment("paragraph", 0, SIMPLIFIED.repeat(10)),
                new TextSegment("caption", 0, "Photo")), "en");

        assertThat(language.tag()).isEqualTo("zh-Hans");
        assertThat(language.mixed()).isFalse();
        assertThat(language.segments().get(1).tag()).isEqualTo("en");
    }

    @Test
    void shouldSayUndForADocumentWithoutLetters() {
        Language language = tagger.tag(List.of(new TextSegment("paragraph", 0, "2024 · 42")), null);

        assertThat(language.tag()).isEqualTo("und");
        assertThat(language.method()).isEqualTo("none");
        assertThat(language.shares()).isEmpty();
    }
}
