package dev.newsflow.benchmarks;

import dev.newsflow.enrich.extract.ArticleExtractor;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.openjdk.jmh.annotations.AuxCounters;
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
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.runner.IterationType;

/**
 * Pages per second on one thread (so per core) for (a) Jsoup parsing alone and (b) full extraction
 * (parse, metadata, content scoring, body walk; no language identification), over the same real
 * full pages, in one run. Each invocation handles every page once, so all invocations do the same
 * work; the {@code :pages} line JMH prints for each benchmark is pages/s. The ratio (b)/(a) is what
 * issue 4 bounds (at least 50 %).
 *
 * <p>{@code parseOnly} and {@code fullExtraction} run in JVMs of their own, minutes apart; on a
 * shared machine their speeds drift by a fifth from fork to fork. {@code parseThenExtract} times
 * both on each page in turn, in one JVM, and prints both rates and their ratio after each
 * iteration: the ratio from the same minutes of the same machine.
 *
 * <pre>
 * ./mvnw -q -pl benchmarks -am package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar ExtractionBenchmark
 * java -jar benchmarks/target/benchmarks.jar ExtractionBenchmark -p pages=/path/to/pages
 * </pre>
 * {@code pages} (or the system property {@code newsflow.pages}) is a directory searched for pages,
 * see {@link ExtractionPages}. The defaults warm up for 40 s: on two cores the JIT compiler is
 * still at work on Jsoup's parser after 15 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(2)
@Warmup(iterations = 8, time = 5)
@Measurement(iterations = 5, time = 5)
public class ExtractionBenchmark {

    /** Where the pages are; a relative path resolves against the working directory (the project root). */
    @Param("../shared/corpora/readability/test-pages")
    public String pages;

    private static final String PAGE_URL = "https://news.example.org/article.html";

    private final ArticleExtractor extractor = new ArticleExtractor();
    private List<String> html;

    /** Counts pages, so that JMH reports pages/s whatever the number of pages in the directory. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class PageCounter {
        public long pages;

        @Setup(Level.Iteration)
        public void reset() {
            pages = 0;
        }
    }

    @Setup
    public void readPages() {
        html = ExtractionPages.read(Path.of(System.getProperty("newsflow.pages", pages)));
        System.out.printf("%n%d pages, %.1f MB%n", html.size(), html.stream().mapToLong(String::length).sum() / 1e6);
    }

    @Benchmark
    public void parseOnly(PageCounter counter, Blackhole blackhole) {
        for (String page : html) {
            blackhole.consume(Jsoup.parse(page, PAGE_URL));
            counter.pages++;
        }
    }

    @Benchmark
    public void fullExtraction(PageCounter counter, Blackhole blackhole) {
        for (String page : html) {
            blackhole.consume(extractor.extract(page, PAGE_URL));
            counter.pages++;
        }
    }

    /** Time spent parsing alone and extracting, page by page in turn; printed after each iteration. */
    @State(Scope.Thread)
    public static class SideBySideClock {
        long pages;
        long parseNanos;
        long extractionNanos;
        long trialPages;
        long trialParseNanos;
        long trialExtractionNanos;

        @TearDown(Level.Iteration)
        public void printIteration(IterationParams iteration) {
            boolean measured = iteration.getType() == IterationType.MEASUREMENT;
            print(measured ? "iteration" : "warm-up iteration", pages, parseNanos, extractionNanos);
            if (measured) {
                trialPages += pages;
                trialParseNanos += parseNanos;
                trialExtractionNanos += extractionNanos;
            }
            pages = 0;
            parseNanos = 0;
            extractionNanos = 0;
        }

        @TearDown(Level.Trial)
        public void printTrial() {
            print("all measured iterations of this fork", trialPages, trialParseNanos, trialExtractionNanos);
        }

        private static void print(String span, long pages, long parseNanos, long extractionNanos) {
            if (pages == 0) {
                return;
            }
            double parseRate = pages / (parseNanos / 1e9);
            double extractionRate = pages / (extractionNanos / 1e9);
            System.out.printf("%n  %s: parse alone %.1f pages/s, full extraction %.1f pages/s, extraction/parse %.3f%n",
                    span, parseRate, extractionRate, extractionRate / parseRate);
        }
    }

    @Benchmark
    public void parseThenExtract(SideBySideClock clock, PageCounter counter, Blackhole blackhole) {
        for (String page : html) {
            long start = System.nanoTime();
            blackhole.consume(Jsoup.parse(page, PAGE_URL));
            long parsed = System.nanoTime();
            blackhole.consume(extractor.extract(page, PAGE_URL));
            long extracted = System.nanoTime();
            clock.parseNanos += parsed - start;
            clock.extractionNanos += extracted - parsed;
            clock.pages++;
            counter.pages++;
        }
    }
}
