package dev.newsflow.app.run;

import dev.newsflow.ingest.source.InputFile;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Archived items for a load benchmark, made from the bundled samples (Chinese, English, German): each
 * under its own link and with a paragraph of its own, so that no two bodies are equal and the store
 * keeps every one.
 */
public final class SeedLikeItems {

    /** The item's link, in its second line: {@code [Title](https://…)}. */
    private static final Pattern LINK = Pattern.compile("\\]\\(([^)\\s]+)\\)");

    private SeedLikeItems() {}

    /**
     * @param count how many
     * @param tag   a word of this benchmark run in every link, so that its articles can be told from others in a store
     */
    public static List<InputFile> generate(int count, String tag) {
        List<InputFile> samples = BundledSamples.load();
        List<InputFile> items = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String sample = new String(samples.get(i % samples.size()).bytes(), StandardCharsets.UTF_8);
            Matcher link = LINK.matcher(sample);
            if (!link.find()) {
                throw new IllegalStateException("a bundled sample without a link");
            }
            String own = sample.substring(0, link.start(1)) + link.group(1) + "-bench-" + tag + "-" + i + sample.substring(link.end(1))
                    + "\n<p>Item " + i + " of the load benchmark " + tag + ".</p>\n";
            items.add(InputFile.of("bench:" + tag + "/" + i, own.getBytes(StandardCharsets.UTF_8)));
        }
        return items;
    }
}
