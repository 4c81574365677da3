package dev.newsflow.benchmarks;

import dev.newsflow.language.Detection;
import dev.newsflow.language.LanguageDetector;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Language detection per 600-character paragraph and per 40-character title, for English, German,
 * Russian, Arabic and Chinese; JMH's {@code p0.50} line is the median µs. The setup prints once per
 * fork how long the models took to load and how much heap they hold.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar LanguageBenchmark -f 1 -wi 2 -i 3</pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
public class LanguageBenchmark {

    private static final int PARAGRAPH_CHARS = 600;
    private static final int TITLE_CHARS = 40;

    /** News-like sentences written for this benchmark, repeated to length. */
    private static final Map<String, String> SENTENCES = Map.of(
            "en", "The city council approved the new budget on Tuesday after a long debate about schools, roads and "
                    + "the cost of public transport. Residents who spoke at the meeting asked for more buses at night. ",
            "de", "Der Stadtrat hat am Dienstag nach langer Debatte über Schulen, Straßen und die Kosten des "
                    + "Nahverkehrs den neuen Haushalt beschlossen. Anwohner forderten mehr Busse in der Nacht. ",
            "ru", "Городской совет во вторник утвердил новый бюджет после долгих споров о школах, дорогах и "
                    + "стоимости общественного транспорта. Жители попросили больше ночных автобусов. ",
            "ar", "وافق مجلس المدينة يوم الثلاثاء على الميزانية الجديدة بعد نقاش طويل حول المدارس والطرق وتكلفة "
                    + "النقل العام. وطالب السكان الذين تحدثوا في الاجتماع بمزيد من الحافلات ليلا. ",
            "zh", "市议会周二在就学校、道路和公共交通费用进行长时间辩论后批准了新预算。在会上发言的居民要求增加夜间公交车。");

    private static long modelBytes = -1;
    private static long loadMillis;

    @Param({"en", "de", "ru", "ar", "zh"})
    public String language;

    private LanguageDetector detector;
    private String paragraph;
    private String title;

    @Setup(Level.Trial)
    public void load() throws InterruptedException {
        if (modelBytes < 0) {
            long before = usedHeap();
            long started = System.nanoTime();
            LanguageDetector.shared().detect("warm up");
            loadMillis = (System.nanoTime() - started) / 1_000_000;
            modelBytes = usedHeap() - before;
        }
        System.out.printf("%nlanguage models: loaded in %d ms, hold %.1f MB of heap%n", loadMillis, modelBytes / 1e6);
        detector = LanguageDetector.shared();
        paragraph = toLength(SENTENCES.get(language), PARAGRAPH_CHARS);
        title = toLength(SENTENCES.get(language), TITLE_CHARS);
    }

    @Benchmark
    public Detection paragraph600() {
        return detector.detect(paragraph);
    }

    @Benchmark
    public Detection title40() {
        return detector.detect(title);
    }

    private static String toLength(String sentence, int length) {
        return sentence.repeat(length / sentence.length() + 1).substring(0, length);
    }

    private static long usedHeap() throws InterruptedException {
        Runtime runtime = Runtime.getRuntime();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return runtime.totalMemory() - runtime.freeMemory();
    }
}
