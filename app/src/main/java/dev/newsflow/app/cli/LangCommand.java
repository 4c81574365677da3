package dev.newsflow.app.cli;

import dev.newsflow.language.Detection;
import dev.newsflow.language.LanguageDetector;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code newsflow lang}: the language of each line of stdin. */
@Command(name = "lang", mixinStandardHelpOptions = true,
        description = {
            "Detects the language of each line read from stdin (UTF-8).",
            "Prints one TAG<TAB>CONFIDENCE line per input line, flushed at once: a BCP-47 tag with a",
            "script subtag only where it tells written forms apart (zh-Hans, zh-Hant, sr-Cyrl), und",
            "for a line without letters, and a confidence from 0 to 1."})
final class LangCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        LanguageDetector detector = LanguageDetector.shared();
        PrintWriter out = spec.commandLine().getOut();
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        for (String line = in.readLine(); line != null; line = in.readLine()) {
            Detection detection = detector.detect(line);
            out.print(detection.tag() + "\t" + String.format(Locale.ROOT, "%.3f", detection.confidence()) + "\n");
            // A caller may feed one line and wait for its answer before writing the next.
            out.flush();
        }
        return 0;
    }
}
