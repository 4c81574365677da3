package dev.newsflow.ingest.replay;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.newsflow.core.event.DeadLetter;
import dev.newsflow.core.event.RawArticle;
import dev.newsflow.core.event.Stage;
import dev.newsflow.ingest.poll.UnparseableDocumentException;
import dev.newsflow.ingest.source.InputRefusal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An ingest dead letter is read again the way ingest read it: a feed as a feed, an archived item as one. */
class IngestReplayTest {

    private static final Instant NOW = Instant.parse("2026-12-04T12:00:00Z");
    private static final String FEED_URL = "https://news.example.org/feed.xml";

    private static final String FEED = """
            <?xml version="1.0" encoding="UTF-8"?>
            <rss version="2.0"><channel><title>Example News</title><link>https://news.example.org/</link><description>d</description>
            <item><title>First story</title><link>https://news.example.org/first</link><description>One.</description></item>
            <item><title>Second story</title><link>https://news.example.org/second</link><description>Two.</description></item>
            </channel></rss>
            """;

    private static final String ARCHIVED_ITEM = "<!--1717526400000-->\n[A story](https://news.example.org/archived)\n------\n"
            + "<article><p>The body of an archived story.</p></article>\n";

    private final IngestReplay replay = new IngestReplay();

    private static DeadLetter letter(String errorClass, DeadLetter.Source source, String payload) {
        return DeadLetter.of(Stage.INGEST, errorClass, "failed before the fix", source, null, null,
                payload.getBytes(StandardCharsets.UTF_8), NOW.minusSeconds(3600));
    }

    @Test
    void shouldReadAFeedsDeadLetterAgainAsThatFeedWithAnArticlePerItem() throws Exception {
        List<RawArticle> articles = replay.articles(letter("UnparseableFeed", DeadLetter.Source.feed(FEED_URL, "example"), FEED), NOW);

        assertThat(articles).extracting(RawArticle::url).containsExactly("https://news.example.org/first", "https://news.example.org/second");
        assertThat(articles).allSatisfy(article -> {
            assertThat(article.source().id()).isEqualTo("example");
            assertThat(article.source().feedUrl()).isEqualTo(FEED_URL);
            assertThat(article.fetchedAt()).isEqualTo(NOW);
        });
    }

    @Test
    void shouldFailWithTheFeedsReasonWhenTheFeedIsStillUnreadable() {
        assertThatThrownBy(() -> replay.articles(letter("UnparseableFeed", DeadLetter.Source.feed(FEED_URL, "example"),
                "<html><body>Not a feed</body></html>"), NOW))
                .isInstanceOf(UnparseableDocumentException.class);
    }

    @Test
    void shouldReadAnArchivedItemsDeadLetterAgainAsAnArchivedItem() throws Exception {
        List<RawArticle> articles = replay.articles(letter("MalformedItem", DeadLetter.Source.input("/inbox/item.txt"), ARCHIVED_ITEM), NOW);

        assertThat(articles).singleElement().satisfies(article -> {
            assertThat(article.url()).isEqualTo("https://news.example.org/archived");
            assertThat(article.title()).isEqualTo("A story");
        });
    }

    @Test
    void shouldRefuseAnInputThatWasNeverRead() {
        DeadLetter refused = letter(InputRefusal.Kind.LINK_OUTSIDE_INPUT.errorClass(), DeadLetter.Source.input("/inbox/link.txt"), "");

        assertThatThrownBy(() -> replay.articles(refused, NOW))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("refused unread");
    }
}
