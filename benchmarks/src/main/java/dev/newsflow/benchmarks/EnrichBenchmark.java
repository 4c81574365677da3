package dev.newsflow.benchmarks;

import dev.newsflow.app.run.SeedLikeItems;
import dev.newsflow.core.event.EnrichedArticle;
import dev.newsflow.core.event.RawArticle;
import dev.newsflow.core.topic.Topics;
import dev.newsflow.enrich.Enricher;
import dev.newsflow.ingest.source.InputFile;
import dev.newsflow.ingest.source.archive.ArchivedItemParser;
import dev.newsflow.ingest.source.archive.ArchivedItems;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.Serializer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;

/**
 * What the enrich stream does per record, on one thread (one core): {@link Enricher#enrich} of the
 * seed-like items {@code newsflow bench} generates (the bundled Chinese, English and German samples,
 * each under its own link with its own paragraph), and the same with the raw record's JSON decoded
 * before and the enriched event's encoded after, as the stream's serdes do. Items/s is JMH's score.
 *
 * <pre>java -jar benchmarks/target/benchmarks.jar EnrichBenchmark</pre>
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
@Fork(value = 2, jvmArgsAppend = "-Xmx1g")
@Warmup(iterations = 3, time = 3)
@Measurement(iterations = 5, time = 3)
public class EnrichBenchmark {

    /** Enough distinct items that no cache of one item's work makes the next one cheaper. */
    private static final int ITEMS = 600;

    private final Enricher enricher = new Enricher();
    private final Deserializer<RawArticle> rawDecoder = Topics.RAW.valueSerde().deserializer();
    private final Serializer<EnrichedArticle> enrichedEncoder = Topics.ENRICHED.valueSerde().serializer();
    private RawArticle[] raws;
    private byte[][] rawRecords;
    private int next;

    @Setup(Level.Trial)
    public void generate() throws Exception {
        List<InputFile> items = SeedLikeItems.generate(ITEMS, "jmh");
        ArchivedItemParser parser = new ArchivedItemParser();
        Serializer<RawArticle> rawEncoder = Topics.RAW.valueSerde().serializer();
        raws = new RawArticle[ITEMS];
        rawRecords = new byte[ITEMS][];
        Instant fetchedAt = Instant.parse("2026-12-01T00:00:00Z");
        for (int i = 0; i < ITEMS; i++) {
            raws[i] = ArchivedItems.toRawArticle(parser.parse(items.get(i).bytes()), items.get(i).origin(), fetchedAt);
            rawRecords[i] = rawEncoder.serialize(Topics.RAW.name(), raws[i]);
        }
    }

    @Benchmark
    public EnrichedArticle enrich() {
        return enricher.enrich(raws[advance()]);
    }

    @Benchmark
    public byte[] decodeEnrichEncode() {
        RawArticle raw = rawDecoder.deserialize(Topics.RAW.name(), rawRecords[advance()]);
        return enrichedEncoder.serialize(Topics.ENRICHED.name(), enricher.enrich(raw));
    }

    private int advance() {
        int at = next;
        next = (next + 1) % ITEMS;
        return at;
    }
}
