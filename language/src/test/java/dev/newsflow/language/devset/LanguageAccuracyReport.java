package dev.newsflow.language.devset;

import dev.newsflow.language.LanguageDetector;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Measures the detector on the UDHR development set: load time, heap held by the loaded models,
 * accuracy per language on sentences and on two-word phrases, and their means.
 *
 * <p>Run (see language/README.md): {@code java -cp … dev.newsflow.language.devset.LanguageAccuracyReport
 * /tmp/udhr/package/declaration [items per language]}.
 */
public final class LanguageAccuracyReport {

    private LanguageAccuracyReport() {}

    public static void main(String[] args) throws Exception {
        int perLanguage = args.length > 1 ? Integer.parseInt(args[1]) : 200;
        Map<String, UdhrDevSet.Items> set = UdhrDevSet.read(Path.of(args[0]), perLanguage);

        long heapBefore = usedHeap();
        long started = System.nanoTime();
        LanguageDetector detector = LanguageDetector.shared();
        detector.detect("warm");
        long loadMillis = (System.nanoTime() - started) / 1_000_000;
        long modelBytes = usedHeap() - heapBefore;
        System.out.printf("load %d ms, models hold %.1f MB of heap%n", loadMillis, modelBytes / 1e6);

        double sentenceSum = 0;
        double pairSum = 0;
        Map<String, String> confusions = new TreeMap<>();
        for (Map.Entry<String, UdhrDevSet.Items> entry : set.entrySet()) {
            double sentences = accuracy(detector, entry.getKey(), entry.getValue().sentences(), confusions);
            double pairs = accuracy(detector, entry.getKey(), entry.getValue().wordPairs(), confusions);
            sentenceSum += sentences;
            pairSum += pairs;
            System.out.printf("%-8s sentences %5.1f %% (%d)   word pairs %5.1f %% (%d)%n", entry.getKey(),
                    sentences * 100, entry.getValue().sentences().size(), pairs * 100, entry.getValue().wordPairs().size());
        }
        System.out.printf("MEAN over %d languages: sentences %.2f %%, word pairs %.2f %%%n",
                set.size(), sentenceSum * 100 / set.size(), pairSum * 100 / set.size());
        System.out.println("most frequent confusions: " + confusions);
    }

    private static double accuracy(LanguageDetector detector, String expected, List<String> items, Map<String, String> confusions) {
        if (items.isEmpty()) {
            return 0;
        }
        int right = 0;
        Map<String, Integer> wrong = new TreeMap<>();
        for (String item : items) {
            String tag = detector.detect(item).tag();
            if (tag.equals(expected)) {
                right++;
            } else {
                wrong.merge(tag, 1, Integer::sum);
            }
        }
        wrong.entrySet().stream().max(Map.Entry.comparingByValue())
                .ifPresent(worst -> confusions.merge(expected, worst.getKey() + "×" + worst.getValue(), (a, b) -> a + "," + b));
        return (double) right / items.size();
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
