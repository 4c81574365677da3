package dev.newsflow.ingest.source.feed;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsflow.core.event.RawArticle;
import dev.newsflow.core.id.ArticleId;
import dev.newsflow.core.id.ContentHash;
import dev.newsflow.core.json.UnpairedSurrogates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedReaderTest {

    private static final String FEED_URL = "https://news.example.com/feed.xml";
    private static final Instant FETCHED_AT = Instant.parse("2024-05-01T10:00:00Z");

    private final FeedReader reader = new FeedReader();

    @Test
    void shouldTurnAnRss2ItemIntoARawArticle() throws Exception {
        String rss = """
                <?xml version="1.0" encoding="UTF-8"?>
                <rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/"
                     xmlns:media="http://search.yahoo.com/mrss/">
                  <channel>
                    <title>Example News</title>
                    <link>https://news.example.com/</link>
                    <language>en-gb</language>
                    <item>
                      <title>Fish &amp; Chips &lt;b&gt;rise&lt;/b&gt; &#8211; again</title>
                      <link>/2024/05/fish?utm_source=rss</link>
                      <guid isPermaLink="false">fish-42</guid>
                      <description>&lt;p&gt;Short.&lt;/p&gt;</description>
                      <content:encoded><![CDATA[<p>The long <b>story</b>.</p>]]></content:encoded>
                      <dc:creator>Jo Doe</dc:creator>
                      <author>al@example.com (Al Smith)</author>
                      <category>Food</category>
                      <category>UK</category>
                      <pubDate>Wed, 01 May 2024 08:30:00 +0100</pubDate>
                      <media:thumbnail url="https://img.example.com/fish-small.jpg"/>
                      <enclosure url="https://img.example.com/fish.jpg" type="image/jpeg" length="1"/>
                      <enclosure url="https://cdn.example.com/fish.mp3" type="audio/mpeg" length="1"/>
                    </item>
                  </channel>
                </rss>
                """;

        List<RawArticle> articles = reader.read(rss.getBytes(UTF_8), "application/rss+xml", FEED_URL, "example", FETCHED_AT);

        assertThat(articles).hasSize(1);
        RawArticle a = articles.get(0);
        assertThat(a.url()).isEqualTo("https://news.example.com/2024/05/fish?utm_source=rss");
        assertThat(a.id()).isEqualTo(ArticleId.of("https://news.example.com/2024/05/fish"));
        assertThat(a.revision()).isEqualTo(1);
        assertThat(a.source()).isEqualTo(new RawArticle.Source("example", "rss", FEED_URL, FEED_URL));
        assertThat(a.title()).isEqualTo("Fish & Chips rise – again");
        assertThat(a.content()).isEqualTo("<p>The long <b>story</b>.</p>");
        assertThat(a.contentType()).isEqualTo("text/html");
        assertThat(a.contentHash()).isEqualTo(ContentHash.sha256Hex(a.content().getBytes(UTF_8)));
        assertThat(a.fetchedAt()).isEqualTo(FETCHED_AT);
        RawArticle.FeedFields feed = a.feed();
        assertThat(feed.guid()).isEqualTo("fish-42");
        assertThat(feed.summary()).isEqualTo("<p>Short.</p>");
        assertThat(feed.authors()).containsExactly("Jo Doe", "Al Smith");
        assertThat(feed.categories()).containsExactly("Food", "UK");
        assertThat(feed.timestamp()).isEqualTo(Instant.parse("2024-05-01T07:30:00Z"));
        assertThat(feed.language()).isEqualTo("en-gb");
        assertThat(feed.images()).containsExactly("https://img.example.com/fish-small.jpg", "https://img.example.com/fish.jpg");
        assertThat(feed.flags()).isEmpty();
    }

    @Test
    void shouldReadRss10RdfWithDublinCore() throws Exception {
        String rdf = """
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/"
                         xmlns:dc="http://purl.org/dc/elements/1.1/">
                  <channel rdf:about="https://news.example.com/"><title>T</title><link>https://news.example.com/</link>
                    <dc:language>de</dc:language></channel>
                  <item rdf:about="https://news.example.com/a">
                    <title>A</title><link>https://news.example.com/a</link><description>Body</description>
                    <dc:creator>Kim</dc:creator><dc:subject>Politik</dc:subject><dc:date>2024-05-01T08:00:00+02:00</dc:date>
                  </item>
                </rdf:RDF>
                """;

        RawArticle a = reader.read(rdf.getBytes(UTF_8), null, FEED_URL, "s", FETCHED_AT).get(0);

        assertThat(a.source().type()).isEqualTo("rdf");
        assertThat(a.feed().guid()).isEqualTo("https://news.example.com/a");
        assertThat(a.feed().authors()).containsExactly("Kim");
        assertThat(a.feed().categories()).containsExactly("Politik");
        assertThat(a.feed().timestamp()).isEqualTo(Instant.parse("2024-05-01T06:00:00Z"));
        assertThat(a.feed().language()).isEqualTo("de");
        assertThat(a.content()).isEqualTo("Body");
    }

    @Test
    void shouldResolveAtomLinksAgainstXmlBaseAndInheritFeedAuthors() throws Exception {
        String atom = """
                <feed xmlns="http://www.w3.org/2005/Atom" xml:lang="fr" xml:base="https://blog.example.org/">
                  <title>B</title><author><name>Ana</name></author>
                  <entry xml:base="posts/">
                    <id>tag:blog.example.org,2024:1</id>
                    <title type="html">&lt;em&gt;Un&lt;/em&gt; titre</title>
                    <link rel="alternate" href="one.html"/>
                    <link rel="enclosure" type="image/png" href="/img/one.png"/>
                    <category term="x" label="Ex"/>
                    <published>2024-05-01T10:00:00Z</published>
                    <updated>2024-05-02T10:00:00Z</updated>
                    <summary>Short</summary>
                    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml"><p>Long <a href="two.html">two</a></p></div></content>
                  </entry>
                </feed>
                """;

        RawArticle a = reader.read(atom.getBytes(UTF_8), null, FEED_URL, "s", FETCHED_AT).get(0);

        assertThat(a.source().type()).isEqualTo("atom");
        assertThat(a.url()).isEqualTo("https://blog.example.org/posts/one.html");
        assertThat(a.title()).isEqualTo("Un titre");
        assertThat(a.content()).isEqualTo("<p>Long <a href=\"https://blog.example.org/posts/two.html\">two</a></p>");
        assertThat(a.feed().summary()).isEqualTo("Short");
        assertThat(a.feed().authors()).containsExactly("Ana");
        assertThat(a.feed().categories()).containsExactly("Ex");
        assertThat(a.feed().images()).containsExactly("https://blog.example.org/img/one.png");
        assertThat(a.feed().timestamp()).isEqualTo(Instant.parse("2024-05-01T10:00:00Z"));
        assertThat(a.feed().updated()).isEqualTo(Instant.parse("2024-05-02T10:00:00Z"));
        assertThat(a.feed().language()).isEqualTo("fr");
    }

    @Test
    void shouldReadAtom03() throws Exception {
        String atom = """
                <feed version="0.3" xmlns="http://purl.org/atom/ns#">
                  <entry><title>Old</title><link rel="alternate" type="text/html" href="https://old.example.com/1"/>
                    <issued>2004-01-01T19:48:21Z</issued><modified>2004-01-02T19:48:21Z</modified>
                    <content type="text/html" mode="escaped">&lt;p&gt;Hi&lt;/p&gt;</content></entry>
                </feed>
                """;

        RawArticle a = reader.read(atom.getBytes(UTF_8), null, FEED_URL, "s", FETCHED_AT).get(0);

        assertThat(a.url()).isEqualTo("https://old.example.com/1");
        assertThat(a.content()).isEqualTo("<p>Hi</p>");
        assertThat(a.feed().timestamp()).isEqualTo(Instant.parse("2004-01-01T19:48:21Z"));
        assertThat(a.feed().updated()).isEqualTo(Instant.parse("2004-01-02T19:48:21Z"));
    }

    @Test
    void shouldReadJsonFeed() throws Exception {
        String json = """
                {"version": "https://jsonfeed.org/version/1.1", "title": "J", "home_page_url": "https://j.example.com/",
                 "language": "ja", "authors": [{"name": "Feed Author"}],
                 "items": [
                   {"id": "1", "url": "/posts/1", "title": "First", "content_html": "<p>One</p>", "summary": "S",
                    "image": "https://j.example.com/1.png", "date_published": "2024-05-01T10:00:00+09:00", "tags": ["a", "b"]},
                   {"id": "2", "url": "https://j.example.com/posts/2", "content_text": "a < b", "author": {"name": "Old Style"}}
                 ]}
                """;

        List<RawArticle> articles = reader.read(json.getBytes(UTF_8), "application/feed+json", FEED_URL, "s", FETCHED_AT);

        assertThat(articles).hasSize(2);
        RawArticle first = articles.get(0);
        assertThat(first.source().type()).isEqualTo("json-feed");
        assertThat(first.url()).isEqualTo("https://j.example.com/posts/1");
        assertThat(first.content()).isEqualTo("<p>One</p>");
        assertThat(first.feed().authors()).containsExactly("Feed Author");
        assertThat(first.feed().categories()).containsExactly("a", "b");
        assertThat(first.feed().images()).containsExactly("https://j.example.com/1.png");
        assertThat(first.feed().timestamp()).isEqualTo(Instant.parse("2024-05-01T01:00:00Z"));
        assertThat(first.feed().language()).isEqualTo("ja");
        assertThat(articles.get(1).content()).isEqualTo("a &lt; b");
        assertThat(articles.get(1).feed().authors()).containsExactly("Old Style");
    }

    @Test
    void shouldReplaceUnpairedSurrogatesInAJsonFeedAndFlagTheItemsThatHeldThem() throws Exception {
        // Escapes as the feed writes them: \uD800 alone cannot be text; the pair \uD83D\uDE00 (U+1F600) can.
        String json = """
                {"version": "https://jsonfeed.org/version/1.1",
                 "items": [
                   {"id": "1", "url": "https://j.example.com/1", "title": "a\\uD800b", "content_html": "<p>x\\uDC00</p>",
                    "authors": [{"name": "Jo \\uDBFF"}], "tags": ["\\uD800"]},
                   {"id": "2", "url": "https://j.example.com/2", "title": "smile \\uD83D\\uDE00", "content_html": "<p>y</p>"}
                 ]}
                """;

        List<RawArticle> articles = reader.read(json.getBytes(UTF_8), "application/feed+json", FEED_URL, "s", FETCHED_AT);

        RawArticle broken = articles.get(0);
        assertThat(broken.title()).isEqualTo("a\uFFFDb");
        assertThat(broken.content()).isEqualTo("<p>x\uFFFD</p>");
        assertThat(broken.feed().authors()).containsExactly("Jo \uFFFD");
        assertThat(broken.feed().categories()).containsExactly("\uFFFD");
        assertThat(broken.feed().flags()).containsExactly(UnpairedSurrogates.FLAG);
        assertThat(articles.get(1).title()).isEqualTo("smile \uD83D\uDE00");
        assertThat(articles.get(1).feed().flags()).isEmpty();
    }

    @Test
    void shouldFlagEveryItemOfAJsonFeedWhoseOwnAuthorHeldAnUnpairedSurrogate() throws Exception {
        String json = """
                {"version": "https://jsonfeed.org/version/1.1", "authors": [{"name": "Desk \\uDC00"}],
                 "items": [{"id": "1", "url": "https://j.example.com/1", "content_html": "<p>x</p>"}]}
                """;

        RawArticle article = reader.read(json.getBytes(UTF_8), "application/feed+json", FEED_URL, "s", FETCHED_AT).get(0);

        assertThat(article.feed().authors()).containsExactly("Desk \uFFFD");
        assertThat(article.feed().flags()).containsExactly(UnpairedSurrogates.FLAG);
    }

    @Test
    void shouldReplaceReferencesToSurrogatesInAnRssItemAndFlagIt() throws Exception {
        String rss = "<rss version=\"2.0\"><channel><item><title>a&#xD800;b</title><link>https://n.example.com/1</link>"
                + "<author>x@example.com (Jo &#56320;)</author><description>&lt;p&gt;c&amp;#xD800;&lt;/p&gt;</description>"
                + "</item></channel></rss>";

        RawArticle article = reader.read(rss.getBytes(UTF_8), null, FEED_URL, "s", FETCHED_AT).get(0);

        assertThat(article.title()).isEqualTo("a\uFFFDb");
        assertThat(article.feed().authors()).containsExactly("Jo \uFFFD");
        assertThat(article.feed().flags()).containsExactly(UnpairedSurrogates.FLAG);
    }

    @Test
    void shouldRefuseAJsonFeedNestedTooDeepWithTheLimitAsItsReason() {
        String deep = "{\"version\": \"https://jsonfeed.org/version/1.1\", \"items\": [" + "[".repeat(100_000)
                + "]".repeat(100_000) + "]}";

        assertThatThrownBy(() -> reader.read(deep.getBytes(UTF_8), "application/feed+json", FEED_URL, "s", FETCHED_AT))
                .isInstanceOf(FeedParseException.class)
                .hasMessage("JSON beyond the parser's limits: Document nesting depth (1001) exceeds the maximum allowed (1000)");
    }

    @Test
    void shouldUseAUrlGuidAsLinkAndSkipItemsWithoutAnyUsableLink() throws Exception {
        String rss = """
                <rss version="2.0"><channel>
                  <item><title>Has guid</title><guid>https://news.example.com/by-guid</guid></item>
                  <item><title>No link at all</title><guid>opaque-7</guid></item>
                  <item><title>Mail link</title><link>mailto:x@example.com</link></item>
                </channel></rss>
                """;

        List<RawArticle> articles = reader.read(rss.getBytes(UTF_8), null, FEED_URL, "s", FETCHED_AT);

        assertThat(articles).extracting(RawArticle::url).containsExactly("https://news.example.com/by-guid");
        assertThat(reader.parse(rss.getBytes(UTF_8), null, FEED_URL).items()).hasSize(3);
    }

    @Test
    void shouldFlagADateWithoutZoneAndReadItAsUtc() throws Exception {
        String rss = """
                <rss version="2.0"><channel><item><link>https://n.example.com/1</link>
                  <pubDate>Wed, 01 May 2024 08:30:00</pubDate></item></channel></rss>
                """;

        RawArticle a = reader.read(rss.getBytes(UTF_8), null, FEED_URL, "s", FETCHED_AT).get(0);

        assertThat(a.feed().timestamp()).isEqualTo(Instant.parse("2024-05-01T08:30:00Z"));
        assertThat(a.feed().flags()).containsExactly(RawArticle.FeedFields.FLAG_TIMESTAMP_WITHOUT_ZONE);
    }

    @Test
    void shouldReadFeedsThatAreNotWellFormedTheWayReadersDo() throws Exception {
        String rss = """
                <rss version="2.0"><channel><item><link>https://n.example.com/1</link>
                  <title>Fish & Chips&nbsp;today</title><content:encoded><![CDATA[<p>Body</p>]]></content:encoded></item></channel></rss>
                """;

        RawArticle a = reader.read(rss.getBytes(UTF_8), null, FEED_URL, "s", FETCHED_AT).get(0);

        assertThat(a.title()).isEqualTo("Fish & Chips today");
        assertThat(a.content()).isEqualTo("<p>Body</p>");
    }

    @Test
    void shouldSkipJunkAroundTheRootElement() throws Exception {
        String rss = "<b>Warning</b>: Cannot modify header information in feed.php on line 3\n"
                + "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><item><link>https://n.example.com/1</link></item></channel></rss>\n"
                + "<!-- served in 0.2 s --><script>track()</script>";

        assertThat(reader.read(rss.getBytes(UTF_8), null, FEED_URL, "s", FETCHED_AT)).hasSize(1);
    }

    @Test
    void shouldRefuseAnExternalEntityNamingItAndNeverReadTheFile(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-VALUE");
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY xxe SYSTEM "%s">]>
                <rss version="2.0"><channel><item><link>https://n.example.com/1</link><title>a &xxe; b</title>
                <description>&xxe;</description></item></channel></rss>
                """.formatted(secret.toUri());

        assertThatThrownBy(() -> reader.read(xxe.getBytes(UTF_8), null, FEED_URL, "s", FETCHED_AT))
                .isInstanceOf(FeedParseException.class)
                .hasMessageContaining("external entity 'xxe'")
                .hasMessageContaining("XXE")
                .hasMessageNotContaining("TOP-SECRET");
    }

    @Test
    void shouldRefuseNestedEntitiesAsAnEntityExpansionAttack() {
        StringBuilder dtd = new StringBuilder("<!ENTITY lol0 \"lol\">");
        for (int i = 1; i <= 9; i++) {
            dtd.append("<!ENTITY lol").append(i).append(" \"").append(("&lol" + (i - 1) + ";").repeat(10)).append("\">");
        }
        String laughs = "<?xml version=\"1.0\"?><!DOCTYPE rss [" + dtd + "]><rss version=\"2.0\"><channel><item>"
                + "<link>https://n.example.com/1</link><title>&lol9;</title></item></channel></rss>";

        assertThatThrownBy(() -> reader.read(laughs.getBytes(UTF_8), null, FEED_URL, "s", FETCHED_AT))
                .isInstanceOf(FeedParseException.class)
                .hasMessageContaining("entity 'lol1' built from the entity 'lol0'")
                .hasMessageContaining("billion laughs");
    }

    @Test
    void shouldRefuseAParameterEntity() {
        String dtd = "<?xml version=\"1.0\"?><!DOCTYPE rss [<!ENTITY % remote \"x\">]><rss version=\"2.0\"><channel>"
                + "<item><link>https://n.example.com/1</link></item></channel></rss>";

        assertThatThrownBy(() -> reader.read(dtd.getBytes(UTF_8), null, FEED_URL, "s", FETCHED_AT))
                .isInstanceOf(FeedParseException.class)
                .hasMessageContaining("parameter entity 'remote'");
    }

    @Test
    void shouldAcceptThePublicRss091DoctypeAndPlainInternalEntities() throws Exception {
        String rss091 = """
                <?xml version="1.0"?>
                <!DOCTYPE rss PUBLIC "-//Netscape Communications//DTD RSS 0.91//EN" "http://my.netscape.com/publish/formats/rss-0.91.dtd">
                <rss version="0.91"><channel><item><link>https://n.example.com/1</link><title>One</title></item></channel></rss>
                """;
        String internal = """
                <?xml version="1.0"?>
                <!DOCTYPE rss [<!ENTITY copy "&#169;"><!ENTITY site 'Example'>]>
                <rss version="2.0"><channel><item><link>https://n.example.com/2</link><title>Two</title></item></channel></rss>
                """;

        assertThat(reader.read(rss091.getBytes(UTF_8), null, FEED_URL, "s", FETCHED_AT)).hasSize(1);
        assertThat(reader.read(internal.getBytes(UTF_8), null, FEED_URL, "s", FETCHED_AT)).hasSize(1);
    }

    @Test
    void shouldRefuseAFeedOverTheSizeCap() {
        byte[] fiftyMegabytes = new byte[50 * 1024 * 1024];
        Arrays.fill(fiftyMegabytes, (byte) ' ');
        byte[] start = "<rss version=\"2.0\"><channel>".getBytes(UTF_8);
        System.arraycopy(start, 0, fiftyMegabytes, 0, start.length);

        assertThatThrownBy(() -> reader.read(fiftyMegabytes, null, FEED_URL, "s", FETCHED_AT))
                .isInstanceOf(FeedParseException.class)
                .hasMessageContaining("52428800 bytes")
                .hasMessageContaining("cap");
    }

    @Test
    void shouldRefuseTruncatedXml() {
        String cut = "<rss version=\"2.0\"><channel><item><link>https://n.example.com/1</link><title>Half";

        assertThatThrownBy(() -> reader.read(cut.getBytes(UTF_8), null, FEED_URL, "s", FETCHED_AT))
                .isInstanceOf(FeedParseException.class)
                .hasMessage("truncated XML: the document ends before its root element <rss> is closed");
    }

    @Test
    void shouldRefuseAnHtmlPageServedAsAFeed() {
        String html = "<!DOCTYPE html>\n<html lang=\"en\"><head><title>Not found</title></head><body><p>Sorry</p></body></html>";

        assertThatThrownBy(() -> reader.read(html.getBytes(UTF_8), "text/html; charset=utf-8", FEED_URL, "s", FETCHED_AT))
                .isInstanceOf(FeedParseException.class)
                .hasMessage("an HTML page, not a feed (root element <html>)");
    }

    @Test
    void shouldRefuseDocumentsThatAreNoFeed() {
        assertThatThrownBy(() -> reader.read(new byte[0], null, FEED_URL, "s", FETCHED_AT)).hasMessage("empty document");
        assertThatThrownBy(() -> reader.read("<note><to>x</to></note>".getBytes(UTF_8), null, FEED_URL, "s", FETCHED_AT))
                .hasMessageStartingWith("no feed: the root element is <note>");
        assertThatThrownBy(() -> reader.read("{\"hello\": 1}".getBytes(UTF_8), null, FEED_URL, "s", FETCHED_AT))
                .hasMessageStartingWith("JSON but no JSON Feed");
        assertThatThrownBy(() -> reader.read("Service unavailable".getBytes(UTF_8), null, FEED_URL, "s", FETCHED_AT))
                .hasMessageStartingWith("no XML: the document is text starting");
    }

    @Test
    void shouldDecodeAFeedWhoseDeclaredCharsetIsWrongAndFlagItsItems() throws Exception {
        String title = "北京市政府今天宣布明年将扩大公共交通补贴";
        String body = "让更多市民能够以较低的票价乘坐地铁和公交车。市长表示，这项政策的目的是减少交通拥堵，并改善空气质量。";
        String rss = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><rss version=\"2.0\"><channel><item><title>" + title
                + "</title><link>https://n.example.com/1</link><description>" + body + "</description></item></channel></rss>";

        RawArticle a = reader.read(rss.getBytes("GBK"), "application/rss+xml; charset=utf-8", FEED_URL, "s", FETCHED_AT).get(0);

        assertThat(a.title()).isEqualTo(title);
        assertThat(a.content()).isEqualTo(body);
        assertThat(a.feed().flags()).containsExactly(RawArticle.FeedFields.FLAG_CHARSET_OVERRULED);
    }

    @Test
    void shouldNotFlagAFeedWhoseDeclarationIsRight() throws Exception {
        String rss = "<?xml version=\"1.0\" encoding=\"GBK\"?><rss version=\"2.0\"><channel><item><title>北京</title>"
                + "<link>https://n.example.com/1</link></item></channel></rss>";

        assertThat(reader.read(rss.getBytes("GBK"), null, FEED_URL, "s", FETCHED_AT).get(0).feed().flags()).isEmpty();
    }

    @Test
    void shouldRefuseBytesWhoseEncodingCannotBeTold() {
        byte[] feed = "<rss version=\"2.0\"><channel><item><title>X</title></item></channel></rss>".getBytes(UTF_8);
        byte[] garbled = new byte[feed.length + 3];
        System.arraycopy(feed, 0, garbled, 0, feed.length);
        garbled[20] = (byte) 0xC3;
        garbled[21] = (byte) 0x28;

        assertThatThrownBy(() -> reader.read(garbled, "application/rss+xml; charset=utf-8", FEED_URL, "s", FETCHED_AT))
                .isInstanceOf(FeedParseException.class)
                .hasMessageStartingWith("undecodable: ");
    }
}
