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
    private static final String ENGLISH = "The city council said on Monday that the new library will open to the public next month.";
    private static final String GERMAN = "Der Stadtrat teilte am Montag mit, dass die neue Bibliothek im nächsten Monat öffnen wird.";

    private final LanguageTagger tagger = new LanguageTagger();

    private static TextSegment paragraph(int index, String text) {
        return new TextSegment(TextSegment.PARAGRAPH, index, text);
    }

    @Test
    void shouldTagEachSegmentAndCallADocumentOfBothChineseScriptsMixed() {
        Language language = tagger.tag(List.of(
                new TextSegment(TextSegment.TITLE, 0, "图书馆下月开放"),
                paragraph(0, SIMPLIFIED),
                paragraph(1, TRADITIONAL),
                paragraph(2, TRADITIONAL)), null);

        assertThat(language.segments()).extracting(Segment::tag).containsExactly("zh-Hans", "zh-Hans", "zh-Hant", "zh-Hant");
        assertThat(language.segments()).extracting(Segment::basis).containsOnly("script");
        assertThat(language.tag()).isEqualTo("zh-Hant");
        assertThat(language.mixed()).isTrue();
        assertThat(language.shares()).extracting(Share::tag).containsExactly("zh-Hant", "zh-Hans");
        assertThat(language.method()).isEqualTo("script");
    }

    @Test
    void shouldGiveTraditionalSegmentsASimplifiedCopyAndOthersNone() {
        Language language = tagger.tag(List.of(paragraph(0, TRADITIONAL), paragraph(1, SIMPLIFIED)), null);

        assertThat(language.segments().get(0).normalized()).isEqualTo(SIMPLIFIED);
        assertThat(language.segments().get(1).normalized()).isNull();
    }

    @Test
    void shouldLetHanSegmentsWithoutEvidenceFollowTheDocumentAndSaySo() {
        // 市民 is written alike in both standards.
        Language language = tagger.tag(List.of(
                new TextSegment(TextSegment.HEADING, 0, "市民"),
                paragraph(0, TRADITIONAL)), null);

        assertThat(language.segments().get(0).tag()).isEqualTo("zh-Hant");
        assertThat(language.segments().get(0).basis()).isEqualTo("document");
        assertThat(language.mixed()).isFalse();
    }

    @Test
    void shouldTellEnglishFromGermanParagraphByParagraph() {
        Language language = tagger.tag(List.of(paragraph(0, ENGLISH), paragraph(1, GERMAN), paragraph(2, ENGLISH)), null);

        assertThat(language.segments()).extracting(Segment::tag).containsExactly("en", "de", "en");
        assertThat(language.segments()).extracting(Segment::basis).containsOnly("ngrams");
        assertThat(language.tag()).isEqualTo("en");
        assertThat(language.mixed()).isTrue();
    }

    @Test
    void shouldGiveAnUnsureShortSegmentTheDocumentsTagForItsScript() {
        Language language = tagger.tag(List.of(
                new TextSegment(TextSegment.CAPTION, 0, "Foto"),
                paragraph(0, GERMAN), paragraph(1, GERMAN)), null);

        Segment caption = language.segments().get(0);
        assertThat(caption.tag()).isEqualTo("de");
        assertThat(caption.basis()).isEqualTo("document");
    }

    @Test
    void shouldNeverGiveALatinSegmentTheTagOfAChineseDocument() {
        Language language = tagger.tag(List.of(
                paragraph(0, SIMPLIFIED.repeat(10)),
                new TextSegment(TextSegment.CAPTION, 0, "Photo")), "en");

        assertThat(language.tag()).isEqualTo("zh-Hans");
        assertThat(language.mixed()).isFalse();
        assertThat(language.segments().get(1).tag()).isEqualTo("en");
        assertThat(language.segments().get(1).basis()).isIn("ngrams", "declared");
    }

    @Test
    void shouldFallBackToTheDeclaredLanguageOnlyWhenItIsWrittenInTheSegmentsScript() {
        Language english = tagger.tag(List.of(paragraph(0, "OK")), "en_US");
        Language chinese = tagger.tag(List.of(paragraph(0, "OK")), "zh-TW");

        assertThat(english.segments().get(0).tag()).isEqualTo("en-US");
        assertThat(english.segments().get(0).basis()).isEqualTo("declared");
        assertThat(chinese.segments().get(0).basis()).isNotEqualTo("declared");
        assertThat(chinese.segments().get(0).tag()).doesNotStartWith("zh");
    }

    @Test
    void shouldTagKanaAsJapaneseAndHangulAsKorean() {
        Language language = tagger.tag(List.of(
                paragraph(0, "東京で新しい図書館が開館しました。"),
                paragraph(1, "서울시는 새 도서관을 열었다.")), null);

        assertThat(language.segments()).extracting(Segment::tag).containsExactly("ja", "ko");
    }

    @Test
    void shouldSayUndForADocumentWithoutLetters() {
        Language language = tagger.tag(List.of(paragraph(0, "2024 · 42")), null);

        assertThat(language.tag()).isEqualTo("und");
        assertThat(language.method()).isEqualTo("none");
        assertThat(language.shares()).isEmpty();
        assertThat(language.segments().get(0).basis()).isEqualTo("none");
    }
}
