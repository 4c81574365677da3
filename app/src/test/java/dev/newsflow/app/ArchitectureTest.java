package dev.newsflow.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape of the code, checked on every build: packages form no cycle (each can be read, and
 * moved, after the ones it uses), and each stage module (ingest, enrich, sink) stands on core and the
 * libraries alone: it never reaches into another stage or into the command line that composes them.
 */
class ArchitectureTest {

    private static final Pattern PACKAGE = Pattern.compile("(?m)^package (dev\\.newsflow[\\w.]*);");
    private static final Pattern IMPORT = Pattern.compile("(?m)^import (?:static )?(dev\\.newsflow[\\w.]*?)\\.[A-Z]");

    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        // The other modules come as jars or class folders, as the build resolves them: both are read.
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.newsflow");
    }

    @Test
    void shouldHaveNoCycleBetweenPackages() {
        slices().matching("dev.newsflow.(**)").should().beFreeOfCycles().check(classes);
    }

    /**
     * The same over the sources' imports: the compiler copies a constant into the class that uses it,
     * so an import made for a constant alone ({@code Topics.MAX_MESSAGE_BYTES} in an event) leaves no
     * trace in the class files, yet a reader still meets the cycle.
     */
    @Test
    void shouldHaveNoImportCycleBetweenPackagesInTheSources() throws IOException {
        Map<String, Set<String>> imports = new TreeMap<>();
        List<Path> sources;
        try (Stream<Path> files = Files.walk(Path.of(".."), 16)) {
            sources = files.filter(file -> file.toString().endsWith(".java") && file.toString().contains("/src/main/java/"))
                    .filter(file -> !file.toString().contains("/target/")).toList();
        }
        for (Path source : sources) {
            String text = Files.readString(source);
            Matcher declared = PACKAGE.matcher(text);
            if (declared.find()) {
                Set<String> used = imports.computeIfAbsent(declared.group(1), name -> new TreeSet<>());
                for (Matcher imported = IMPORT.matcher(text); imported.find(); ) {
                    if (!imported.group(1).equals(declared.group(1))) {
                        used.add(imported.group(1));
                    }
                }
            }
        }
        assertThat(imports).as("the packages of the modules' sources").containsKeys("dev.newsflow.core.event", "dev.newsflow.app.cli");
        for (String start : imports.keySet()) {
            assertThat(cycleFrom(start, start, imports, new ArrayList<>(List.of(start)), new HashSet<>())).as("import cycle").isEmpty();
        }
    }

    /** A path of imports from {@code at} back to {@code start}, or an empty list. */
    private static List<String> cycleFrom(String start, String at, Map<String, Set<String>> imports, List<String> path, Set<String> seen) {
        for (String next : imports.getOrDefault(at, Set.of())) {
            if (next.equals(start)) {
                List<String> cycle = new ArrayList<>(path);
                cycle.add(start);
                return cycle;
            }
            if (seen.add(next)) {
                path.add(next);
                List<String> found = cycleFrom(start, next, imports, path, seen);
                if (!found.isEmpty()) {
                    return found;
                }
                path.remove(path.size() - 1);
            }
        }
        return List.of();
    }

    @Test
    void shouldKeepIngestOffTheOtherStagesAndTheCommandLine() {
        noClasses().that().resideInAPackage("dev.newsflow.ingest..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.newsflow.enrich..", "dev.newsflow.sink..", "dev.newsflow.app..")
                .check(classes);
    }

    @Test
    void shouldKeepEnrichOffTheOtherStagesAndTheCommandLine() {
        noClasses().that().resideInAPackage("dev.newsflow.enrich..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.newsflow.ingest..", "dev.newsflow.sink..", "dev.newsflow.app..")
                .check(classes);
    }

    @Test
    void shouldKeepSinkOffTheOtherStagesAndTheCommandLine() {
        noClasses().that().resideInAPackage("dev.newsflow.sink..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.newsflow.ingest..", "dev.newsflow.enrich..", "dev.newsflow.app..")
                .check(classes);
    }
}
