package dev.newsflow.ingest.source;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Lists the files under the given paths: a file stands for itself, a directory for every regular
 * file below it (recursively), in a stable order. Hidden files and folders (names starting with a
 * dot) are skipped: editors and sync tools leave them beside real items.
 */
public final class InputFiles {

    private InputFiles() {}

    /** The files to read, in order; throws {@link IllegalArgumentException} for a path that does not exist. */
    public static List<Path> list(List<Path> inputs) {
        List<Path> files = new ArrayList<>();
        for (Path input : inputs) {
            if (Files.isDirectory(input)) {
                files.addAll(walk(input));
            } else if (Files.isRegularFile(input)) {
                files.add(input);
            } else {
                throw new IllegalArgumentException("no such file or directory: " + input);
            }
        }
        return files;
    }

    /** Reads one file; a file that cannot be read becomes an input without bytes and the reason. */
    public static InputFile read(Path file) {
        try {
            return InputFile.of(file.toString(), Files.readAllBytes(file));
        } catch (IOException e) {
            return InputFile.unreadable(file.toString(), "cannot read the file: " + e.getMessage());
        }
    }

    /** The files under {@code inputs}, each read only when the iteration reaches it. */
    public static Iterable<InputFile> readLazily(List<Path> inputs) {
        List<Path> files = list(inputs);
        return () -> files.stream().map(InputFiles::read).iterator();
    }

    private static List<Path> walk(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            return paths.filter(Files::isRegularFile)
                    .filter(path -> !isHidden(directory.relativize(path)))
                    .sorted(Comparator.comparing(Path::toString))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + directory + ": " + e.getMessage(), e);
        }
    }

    private static boolean isHidden(Path relative) {
        for (Path part : relative) {
            if (part.toString().startsWith(".")) {
                return true;
            }
        }
        return false;
    }
}
