package dev.newsflow.benchmarks;

import dev.newsflow.enrich.extract.ArticleExtractor;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jsoup.Jsoup;
import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Pages per second on one thread (so per core) for (a) Jsoup parsing alone and (b) full extraction
 * (parse, metadata, content scoring, body walk; no language identification), over the same real
 * full pages, in one run. Each invocation handles every page once, so all invocations do the same
 * work; the {@code :pages} line JMH prints for each benchmark is pages/s. The ratio (b)/(a) is what
 * issue 4 bounds (at least 50 %).
 *
 * <pre>
 * ./mvnw -q -pl benchmarks package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar ExtractionBenchmark -f 1 -wi 2 -i 3 -w 2s -r 3s
 * java -jar benchmarks/target/benchmarks.jar ExtractionBenchmark -p pages=/path/to/pages
 * </pre>
 * {@code pages} (or the system property {@code newsflow.pages}) is a directory searched for pages,
 * see {@link ExtractionPages}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
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
}
