package dev.newsflow.language;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.text.Transliterator;
import dev.newsflow.language.script.ChineseScripts;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Script tagging of Chinese over the Universal Dependencies Chinese GSD development sentences: the
 * {@code gsd} file is written in Traditional characters, {@code gsdsimp} is the same text in
 * Simplified ones. Prints the scores and asserts the bars already reached.
 */
class ChineseScriptConformanceTest {

    /** What issue 5 (language and script tags) reached: a Chinese-script regression fails CI. */
    static final double BAR = 0.995;

    private final LanguageDetector detector = LanguageDetector.shared();

    @Test
    void shouldTagChineseSentencesWithTheirScript() throws IOException {
        Path folder = Path.of(System.getProperty("newsflow.corpora", "newsflow.corpora-is-not-set"), "ud-chinese-dev");
        assertThat(folder).as("the corpora folder").isDirectory();

        Score traditional = score(sentences(folder.resolve("gsd-zh_gsd-ud-dev.conllu")), "zh-Hant");
        Score simplified = score(sentences(folder.resolve("zh_gsdsimp-ud-dev.conllu")), "zh-Hans");
        int total = traditional.total + simplified.total;
        double accuracy = (double) (traditional.right + simplified.right) / total;
        int nonChinese = traditional.nonChinese + simplified.nonChinese;
        System.out.printf("ud-chinese-dev: script right %.2f %% of %d sentences (Traditional %d/%d, Simplified %d/%d),"
                        + " tagged non-Chinese %d%n", accuracy * 100, total, traditional.right, traditional.total,
                simplified.right, simplified.total, nonChinese);

        assertThat(accuracy).as("sentences tagged with their script").isGreaterThanOrEqualTo(BAR);
        assertThat(nonChinese).as("sentences tagged as another language").isZero();
    }

    /**
     * Issue 16's bar for the Traditional→Simplified table: its output matches the Simplified file's
     * sentence at least as often as ICU's transliterator does (the two write the same today).
     */
    @Test
    void shouldNormaliseTraditionalSentencesToTheSimplifiedFileAtLeastAsOftenAsIcu() throws IOException {
        Path folder = Path.of(System.getProperty("newsflow.corpora", "newsflow.corpora-is-not-set"), "ud-chinese-dev");
        List<String> traditional = sentences(folder.resolve("gsd-zh_gsd-ud-dev.conllu"));
        List<String> simplified = sentences(folder.resolve("zh_gsdsimp-ud-dev.conllu"));
        assertThat(traditional).as("sentence pairs").hasSameSizeAs(simplified).isNotEmpty();
        Transliterator icu = Transliterator.getInstance("Traditional-Simplified");
        int tableRight = 0;
        int icuRight = 0;
        for (int i = 0; i < traditional.size(); i++) {
            tableRight += ChineseScripts.toSimplified(traditional.get(i)).equals(simplified.get(i)) ? 1 : 0;
            icuRight += icu.transliterate(traditional.get(i)).equals(simplified.get(i)) ? 1 : 0;
        }
        System.out.printf("ud-chinese-dev: Traditional normalised to the Simplified sentence: table %d, ICU %d of %d%n",
                tableRight, icuRight, traditional.size());

        assertThat(tableRight).as("sentences the table normalises to the Simplified file's").isGreaterThanOrEqualTo(icuRight);
    }

    private static List<String> sentences(Path conllu) throws IOException {
        return Files.readAllLines(conllu).stream()
                .filter(line -> line.startsWith("# text = "))
                .map(line -> line.substring("# text = ".length()))
                .toList();
    }

    private Score score(List<String> sentences, String expected) {
        Score score = new Score();
        for (String sentence : sentences) {
            String tag = detector.detect(sentence).tag();
            score.total++;
            if (tag.equals(expected)) {
                score.right++;
            }
            if (!tag.startsWith("zh")) {
                score.nonChinese++;
            }
        }
        return score;
    }

    private static final class Score {
        int total;
        int right;
        int nonChinese;
    }
}
