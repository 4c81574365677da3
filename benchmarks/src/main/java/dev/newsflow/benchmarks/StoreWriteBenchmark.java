package dev.newsflow.benchmarks;

import dev.newsflow.core.event.EnrichedArticle;
import dev.newsflow.core.event.RawArticle;
import dev.newsflow.sink.jdbc.JdbcArticleStore;
import dev.newsflow.sink.jdbc.StoreException;
import dev.newsflow.testkit.TestPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Threads;

/**
 * Articles per second written by the sink's store, in batches of {@value #BATCH} (the sink's default
 * batch size), one writer, as the sink writes them: each article new (an insert, with its images
 * and links) and about 12 KB of JSON, like a real news article. PostgreSQL is the testkit's
 * (a container with Docker, else the embedded binaries on this machine); SQLite is a file in a
 * temporary directory, in WAL mode as the sink opens it.
 *
 * <pre>
 * ./mvnw -q -pl benchmarks package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar StoreWriteBenchmark -f 1 -wi 2 -i 3 -w 5s -r 5s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class StoreWriteBenchmark {

    static final int BATCH = 500;

    @Param({"postgresql", "sqlite"})
    public String store;

    private JdbcArticleStore articles;
    private Path sqliteDir;
    private long next;

    @Setup(Level.Trial)
    public void open() throws IOException, StoreException {
        String jdbcUrl;
        if (store.equals("postgresql")) {
            jdbcUrl = TestPostgres.newDatabase();
        } else {
            sqliteDir = Files.createTempDirectory("newsflow-bench-sqlite-");
            jdbcUrl = "jdbc:sqlite:" + sqliteDir.resolve("newsflow.db");
        }
        articles = JdbcArticleStore.open(jdbcUrl, Clock.systemUTC());
    }

    @TearDown(Level.Trial)
    public void close() throws IOException {
        articles.close();
        if (sqliteDir != null) {
            try (var files = Files.list(sqliteDir)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
            Files.delete(sqliteDir);
        }
    }

    @Benchmark
    @OperationsPerInvocation(BATCH)
    public int writeBatch() throws StoreException {
        List<EnrichedArticle> batch = new ArrayList<>(BATCH);
        for (int i = 0; i < BATCH; i++) {
            batch.add(article("bench-" + next++));
        }
        return articles.write(batch).size();
    }

    /** A news article of typical size: 4,000 characters of text, 6 images, 15 links. */
    static EnrichedArticle article(String id) {
        String paragraph = "港口在颱風過後重新開放，貨櫃船陸續進港。The harbour reopened after the storm; ships queue at the quay. ";
        String text = paragraph.repeat(4000 / paragraph.length() + 1);
        List<EnrichedArticle.Image> images = IntStream.range(0, 6)
                .mapToObj(i -> new EnrichedArticle.Image("https://img.example.org/" + id + "/" + i + ".jpg",
                        "Caption " + i + " of the harbour", "Photo: Agency", null))
                .toList();
        List<EnrichedArticle.Link> links = IntStream.range(0, 15)
                .mapToObj(i -> new EnrichedArticle.Link("https://news.example.org/related/" + i, "Related story " + i,
                        i < 5 ? "related" : "internal"))
                .toList();
        return new EnrichedArticle(EnrichedArticle.SCHEMA, id, 1, "https://news.example.org/" + id, null,
                "news.example.org", "Harbour reopens after the storm", "The harbour reopened after the storm.", List.of("Ada Reporter"),
                Instant.parse("2024-04-26T08:25:56.585Z"), null, Instant.parse("2024-04-26T14:17:04Z"), images.get(0),
                images, List.of("The storm", "The cargo"), text, links, List.of("（綜合報導）"),
                new EnrichedArticle.Language("zh-Hant", 0.8, true,
                        List.of(new EnrichedArticle.Language.Share("zh-Hant", 0.6), new EnrichedArticle.Language.Share("en", 0.4)),
                        List.of(), "script"),
                new EnrichedArticle.Stats(20, 2000, text.length(), images.size(), links.size(), 400),
                Map.of("title", "feed", "publishedAt", "body"), List.of(),
                new RawArticle.Source("archive", "archive", null, "bench"), Instant.parse("2024-04-26T14:20:00Z"),
                new EnrichedArticle.Extractor("newsflow", "0.1.0"));
    }
}
