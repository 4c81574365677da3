package dev.newsflow.ingest.source.feed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;

class RssParserTest {

    private static final String FEED_URL = "https://news.example.org/feed.xml";

    @Test
    void shouldReadTheFieldsOfAnRssItem() {
        List<FeedItem> items = items("""
                <rss version="2.0"><channel><title>Coast Times</title><link>https://news.example.org/</link><language>en-gb</language>
                <item><title>Ferry runs all winter</title><link>https://news.example.org/ferry</link>
                <description>The council voted.</description><guid isPermaLink="false">ferry-1</guid>
                <author>jane@example.org (Jane Roe)</author><category>Transport</category>
                <pubDate>Tue, 02 Jan 2024 09:30:00 +0100</pubDate></item></channel></rss>""");

        assertThat(items).hasSize(1);
        FeedItem item = items.get(0);
        assertThat(item.title()).isEqualTo("Ferry runs all winter");
        assertThat(item.link()).isEqualTo("https://news.example.org/ferry");
        assertThat(item.guid()).isEqualTo("ferry-1");
        // The description is the only text: it is the content, not a summary of it as well.
        assertThat(item.content()).isEqualTo("The council voted.");
        assertThat(item.summary()).isNull();
        assertThat(item.categories()).containsExactly("Transport");
        assertThat(item.authors()).isNotEmpty().allMatch(author -> author.contains("Jane Roe"));
        assertThat(item.published().local()).isEqualTo(LocalDateTime.of(2024, 1, 2, 9, 30));
        assertThat(item.published().offset()).isEqualTo(ZoneOffset.ofHours(1));
        assertThat(item.language()).isEqualTo("en-gb");
    }

    @Test
    void shouldResolveARelativeLinkAgainstTheChannelLink() {
        List<FeedItem> items = items("""
                <rss><channel><link>https://news.example.org/coast/</link>
                <item><title>Relative</title><link>ferry.html</link></item></channel></rss>""");

        assertThat(items.get(0).link()).isEqualTo("https://news.example.org/coast/ferry.html");
    }

    @Test
    void shouldFallBackToAPermalinkGuidWhenTheItemHasNoLink() {
        List<FeedItem> items = items("""
                <rss><channel><item><title>Guid only</title><guid>https://news.example.org/by-guid</guid></item>
                <item><title>Not a permalink</title><guid isPermaLink="false">https://news.example.org/not</guid></item></channel></rss>""");

        assertThat(items.get(0).link()).isEqualTo("https://news.example.org/by-guid");
        assertThat(items.get(1).link()).isNotEqualTo("https://news.example.org/not");
    }

    @Test
    void shouldReadDublinCoreContentEncodedAndMediaImages() {
        List<FeedItem> items = items("""
                <rss xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:content="http://purl.org/rss/1.0/modules/content/"
                     xmlns:media="http://search.yahoo.com/mrss/"><channel>
                <item><title>Full text</title><link>https://news.example.org/full</link>
                <dc:creator>Jane Roe</dc:creator><dc:date>2024-01-02T09:30:00Z</dc:date>
                <description>Short.</description><content:encoded><![CDATA[<p>The whole story.</p>]]></content:encoded>
                <media:content url="https://img.example.org/ferry.jpg" medium="image"/></item></channel></rss>""");

        FeedItem item = items.get(0);
        assertThat(item.authors()).containsExactly("Jane Roe");
        // dc:date says neither published nor updated: it stands for both.
        assertThat(item.published()).isEqualTo(item.updated());
        assertThat(item.published().local()).isEqualTo(LocalDateTime.of(2024, 1, 2, 9, 30));
        assertThat(item.content()).contains("The whole story.");
        assertThat(item.summary()).isEqualTo("Short.");
        assertThat(item.images()).containsExactly("https://img.example.org/ferry.jpg");
    }

    @Test
    void shouldReadTheItemsOfAnRdfFeedThatStandBesideTheChannel() {
        List<FeedItem> items = items("""
                <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/">
                <channel rdf:about="https://news.example.org/"><title>Coast</title><link>https://news.example.org/</link></channel>
                <item rdf:about="https://news.example.org/rdf-item"><title>RDF item</title><link>https://news.example.org/rdf-item</link></item>
                </rdf:RDF>""");

        assertThat(items).extracting(FeedItem::title).containsExactly("RDF item");
        assertThat(items.get(0).guid()).isEqualTo("https://news.example.org/rdf-item");
    }

    @Test
    void shouldTellAnImageEnclosureFromAnAudioOne() {
        assertThat(RssParser.isImage("image/jpeg", "", "https://img.example.org/a")).isTrue();
        assertThat(RssParser.isImage("", "", "https://img.example.org/a.webp")).isTrue();
        assertThat(RssParser.isImage("audio/mpeg", "", "https://cdn.example.org/a.mp3")).isFalse();
    }

    private static List<FeedItem> items(String xml) {
        Element root = Jsoup.parse(xml, "", Parser.xmlParser()).firstElementChild();
        return RssParser.items(root, FEED_URL);
    }
}
