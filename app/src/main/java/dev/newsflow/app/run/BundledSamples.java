package dev.newsflow.app.run;

import dev.newsflow.ingest.source.InputFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The sample archived items inside the jar ({@code samples/index.txt} names them), ingested by
 * {@code newsflow run} when no input is given, so a fresh clone shows the whole pipeline at once.
 */
public final class BundledSamples {

    private static final String FOLDER = "samples/";

    private BundledSamples() {}

    public static List<InputFile> load() {
        List<InputFile> samples = new ArrayList<>();
        for (String name : read(FOLDER + "index.txt").lines().map(String::strip).filter(line -> !line.isEmpty()).toList()) {
            samples.add(InputFile.of("bundled:" + FOLDER + name, bytes(FOLDER + name)));
        }
        return samples;
    }

    private static String read(String resource) {
        return new String(bytes(resource), StandardCharsets.UTF_8);
    }

    private static byte[] bytes(String resource) {
        try (InputStream in = BundledSamples.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("bundled sample missing from the jar: " + resource);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read bundled sample " + resource, e);
        }
    }
}
