package dev.newsflow.language;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguageDetectorTest {

    private final LanguageDetector detector = LanguageDetector.shared();

    @Test
    void shouldTagSimplifiedChineseBySimplifiedOnlyCharacters() {
        assertThat(detector.detect("国务院总理在会议上发表了讲话").tag()).isEqualTo("zh-Hans");
    }

    @Test
    void shouldTagTraditionalChineseByTraditionalOnlyCharacters() {
        assertThat(detector.detect("國務院總理在會議上發表了講話").tag()).isEqualTo("zh-Hant");
    }

    @Test
    void shouldSayChineseButUnsureWhenNoCharacterTellsTheFormsApart() {
        Detection detection = detector.detect("中文");

        assertThat(detection.tag()).isEqualTo("zh");
        assertThat(detection.isSure()).isFalse();
    }

    @Test
    void shouldTagHanWithKanaAsJapanese() {
        assertThat(detector.detect("東京で新しい美術館が開館しました").tag()).isEqualTo("ja");
    }

    @Test
    void shouldTagHangulAsKorean() {
        assertThat(detector.detect("서울에서 새로운 박물관이 문을 열었다").tag()).isEqualTo("ko");
    }

    @Test
    void shouldNameSingleLanguageScriptsByScriptAlone() {
        assertThat(detector.detect("Η κυβέρνηση ανακοίνωσε νέα μέτρα").tag()).isEqualTo("el");
        assertThat(detector.detect("הממשלה הודיעה על צעדים חדשים").tag()).isEqualTo("he");
        assertThat(detector.detect("รัฐบาลประกาศมาตรการใหม่").tag()).isEqualTo("th");
        assertThat(detector.detect("მთავრობამ ახალი ზომები გამოაცხადა").tag()).isEqualTo("ka");
        assertThat(detector.detect("Կառավարությունը նոր միջոցներ հայտարարեց").tag()).isEqualTo("hy");
        assertThat(detector.detect("Η κυβέρνηση").basis()).isEqualTo(Detection.Basis.SCRIPT);
    }

    @Test
    void shouldNotAddARedundantScriptSubtag() {
        assertThat(detector.detect("The government announced new measures on Friday morning.").tag()).isEqualTo("en");
    }

    @Test
    void shouldTellLatinLanguagesApartOnASentence() {
        assertThat(detector.detect("Die Regierung hat am Freitag neue Maßnahmen angekündigt.").tag()).isEqualTo("de");
        assertThat(detector.detect("Le gouvernement a annoncé de nouvelles mesures vendredi.").tag()).isEqualTo("fr");
        assertThat(detector.detect("El gobierno anunció nuevas medidas el viernes por la mañana.").tag()).isEqualTo("es");
        assertThat(detector.detect("Rząd ogłosił w piątek nowe środki ostrożności.").tag()).isEqualTo("pl");
    }

    @Test
    void shouldTellCyrillicLanguagesApartAndMarkSerbianCyrillic() {
        assertThat(detector.detect("Правительство объявило о новых мерах в пятницу утром.").tag()).isEqualTo("ru");
        assertThat(detector.detect("Уряд оголосив про нові заходи в п'ятницю вранці.").tag()).isEqualTo("uk");
        assertThat(detector.detect("Влада је у петак ујутру најавила нове мере.").tag()).isEqualTo("sr-Cyrl");
    }

    @Test
    void shouldTellArabicScriptLanguagesApart() {
        assertThat(detector.detect("أعلنت الحكومة عن إجراءات جديدة صباح يوم الجمعة").tag()).isEqualTo("ar");
        assertThat(detector.detect("دولت صبح جمعه اقدامات جدیدی را اعلام کرد").tag()).isEqualTo("fa");
    }

    @Test
    void shouldBeSureOfASentenceAndGiveAConfidenceBetweenZeroAndOne() {
        Detection detection = detector.detect("The government announced new measures on Friday morning.");

        assertThat(detection.isSure()).isTrue();
        assertThat(detection.basis()).isEqualTo(Detection.Basis.NGRAMS);
        assertThat(detection.confidence()).isBetween(0.5, 1.0);
    }

    @Test
    void shouldReturnUndeterminedForTextWithoutLetters() {
        Detection detection = detector.detect("12:45 — 100 % !");

        assertThat(detection.tag()).isEqualTo(Detection.UNDETERMINED);
        assertThat(detection.isSure()).isFalse();
    }

    @Test
    void shouldFollowTheScriptOfMostLetters() {
        assertThat(detector.detect("王毅：中美关系中的负面因素仍在上升积聚 (AP)").tag()).isEqualTo("zh-Hans");
    }
}
