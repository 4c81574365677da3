package dev.newsflow.benchmarks;

import dev.newsflow.ingest.source.feed.FeedParseException;
import dev.newsflow.ingest.source.feed.FeedReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.TimeUnit;
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
 * Feed items read per second on one thread (so per core): {@link FeedReader#read} — charset
 * decoding, XML parsing, item mapping, content hashing — over a typical RSS 2.0 feed generated here
 * (title, link, guid, date, author, categories, a summary, a few KB of {@code content:encoded} and an
 * image enclosure per item). The {@code :items} line JMH prints is items/s; issue 3 targets ≥ 20,000.
 *
 * <pre>
 * ./mvnw -q -pl benchmarks package -DskipTests
 * java -jar benchmarks/target/benchmarks.jar FeedParseBenchmark -f 1 -wi 2 -i 3 -w 2s -r 3s
 * </pre>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(1)
public class FeedParseBenchmark {

    private static final String FEED_URL = "https://news.example.org/rss.xml";
    private static final Instant FETCHED_AT = Instant.parse("2024-05-01T10:00:00Z");

    /** Items in the generated feed; news feeds carry 20 to 100. */
    @Param("50")
    public int itemsPerFeed;

    private final FeedReader reader = new FeedReader();
    private byte[] feed;

    /** Counts items, so that JMH reports items/s. */
    @State(Scope.Thread)
    @AuxCounters(AuxCounters.Type.OPERATIONS)
    public static class ItemCounter {
        public long items;

        @Setup(Level.Iteration)
        public void reset() {
            items = 0;
        }
    }

    @Setup
    public void generateFeed() {
        feed = TypicalRss.generate(itemsPerFeed).getBytes(StandardCharsets.UTF_8);
        System.out.printf("%nfeed of %d items, %.1f KB%n", itemsPerFeed, feed.length / 1024.0);
    }

    @Benchmark
    public void readFeed(ItemCounter counter, Blackhole blackhole) throws FeedParseException {
        var articles = reader.read(feed, "application/rss+xml; charset=utf-8", FEED_URL, "bench", FETCHED_AT);
        counter.items += articles.size();
        blackhole.consume(articles);
    }

    /** A news feed as publishers write them, with varied text so no two items are alike. */
    static final class TypicalRss {

        private static final DateTimeFormatter RFC_1123 = DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

        private TypicalRss() {}

        static String generate(int items) {
            StringBuilder xml = new StringBuilder(items * 4096);
            xml.append("""
                    <?xml version="1.0" encoding="UTF-8"?>
                    <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"
                         xmlns:content="http://purl.org/rss/1.0/modules/content/" xmlns:atom="http://www.w3.org/2005/Atom">
                    <channel>
                      <title>Example News – Top Stories</title>
                      <link>https://news.example.org/</link>
                      <atom:link href="https://news.example.org/rss.xml" rel="self" type="application/rss+xml"/>
                      <description>The latest news from Example News</description>
                      <language>en-gb</language>
                      <lastBuildDate>Wed, 01 May 2024 10:00:00 GMT</lastBuildDate>
                    """);
            for (int i = 0; i < items; i++) {
                String slug = "story-" + (1000 + i * 7);
                xml.append("  <item>\n")
                        .append("    <title>Council approves plan number ").append(i).append(" for the city&#8217;s transport &amp; housing</title>\n")
                        .append("    <link>https://news.example.org/2024/05/").append(slug).append("?at_medium=RSS</link>\n")
                        .append("    <guid isPermaLink=\"false\">urn:example:").append(slug).append("</guid>\n")
                        .append("    <pubDate>").append(RFC_1123.format(FETCHED_AT.minusSeconds(600L * i))).append("</pubDate>\n")
                        .append("    <dc:creator>Reporter ").append(i % 9).append("</dc:creator>\n")
                        .append("    <category>Politics</category><category>Region ").append(i % 5).append("</category>\n")
                        .append("    <description>&lt;p&gt;The council voted on plan ").append(i)
                        .append(" after a long debate about buses, trams and new homes.&lt;/p&gt;</description>\n")
                        .append("    <content:encoded><![CDATA[").append(body(i)).append("]]></content:encoded>\n")
                        .append("    <enclosure url=\"https://img.example.org/2024/05/").append(slug)
                        .append(".jpg\" type=\"image/jpeg\" length=\"84211\"/>\n")
                        .append("  </item>\n");
            }
            return xml.append("</channel>\n</rss>\n").toString();
        }

        private static String body(int item) {
            StringBuilder html = new StringBuilder();
            html.append("<figure><img src=\"https://img.example.org/").append(item).append(".jpg\" alt=\"The council chamber\">")
                    .append("<figcaption>The council chamber on Tuesday</figcaption></figure>");
            for (int p = 0; p < 8; p++) {
                html.append("<p>Paragraph ").append(p).append(" of item ").append(item)
                        .append(": councillors debated the <a href=\"https://news.example.org/topics/transport\">transport</a> plan")
                        .append(" for several hours, weighing the cost of new tram lines against bus lanes, cycle paths and")
                        .append(" the thousands of homes the city says it needs by the end of the decade.</p>");
            }
            return html.toString();
        }
    }
}
