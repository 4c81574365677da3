package dev.newsflow.app.observe;

import dev.newsflow.app.run.BundledSamples;
import dev.newsflow.ingest.source.InputFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Archived items for the observe tests: the bundled samples, and a few made for a purpose. */
final class SampleItems {

    /** A title that is HTML markup: the status page must show it as text and never run it. */
    static final String SCRIPT_TITLE = "<script>document.title='pwned'</script> Harbour ferry returns";

    private SampleItems() {}

    static List<InputFile> bundled() {
        return BundledSamples.load();
    }

    /** The title of the bundled Chinese sample, from its link line ({@code [title](url)}). */
    static String chineseTitle() {
        String sample = new String(bundled().get(0).bytes(), StandardCharsets.UTF_8);
        String link = sample.lines().skip(1).findFirst().orElseThrow();
        return link.substring(1, link.lastIndexOf("]("));
    }

    /** Writes the bundled samples into {@code folder}; returns how many. */
    static int writeBundled(Path folder) throws IOException {
        Files.createDirectories(folder);
        List<InputFile> samples = bundled();
        for (InputFile sample : samples) {
            Files.write(folder.resolve(sample.origin().substring(sample.origin().lastIndexOf('/') + 1)), sample.bytes());
        }
        return samples.size();
    }

    /** Writes an item whose feed title and page title are {@link #SCRIPT_TITLE} (escaped in the page's HTML). */
    static void writeScriptTitled(Path folder) throws IOException {
        String escaped = SCRIPT_TITLE.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
        Files.writeString(folder.resolve("90-script-title.txt"), "<!--1717402000000-->\n"
                + "[" + SCRIPT_TITLE + "](https://news.example.org/en/harbour-ferry/c-3001)\n"
                + "------\n"
                + "<html><head><title>" + escaped + "</title></head><body><article><h1>" + escaped + "</h1>"
                + "<p>The harbour ferry returned to service on Monday after a three-month refit of its engines.</p>"
                + "<p>Commuters welcomed the return of the crossing, which saves forty minutes on the road.</p>"
                + "</article></body></html>\n");
    }

    /** Writes an item that is not an archived item at all: ingest dead-letters it. */
    static void writeMalformed(Path folder) throws IOException {
        Files.writeString(folder.resolve("99-malformed.txt"), "this is not an archived feed item\n");
    }
}
