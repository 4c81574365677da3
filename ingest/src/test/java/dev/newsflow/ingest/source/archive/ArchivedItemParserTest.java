package dev.newsflow.ingest.source.archive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class ArchivedItemParserTest {

    private final ArchivedItemParser parser = new ArchivedItemParser();

    private static byte[] utf8(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void shouldParseTimestampTitleLinkAndHtml() throws Exception {
        ArchivedItem item = parser.parse(utf8("<!--1714141024000-->\n[标题 一](https://news.example.org/a/1)\n------\n\n<p>正文</p>\n"));

        assertThat(item.feedTimestamp()).isEqualTo(Instant.parse("2024-04-26T14:17:04Z"));
        assertThat(item.title()).isEqualTo("标题 一");
        assertThat(item.url()).isEqualTo("https://news.example.org/a/1");
        assertThat(item.html()).isEqualTo("<p>正文</p>\n");
    }

    @Test
    void shouldAcceptCrlfBomAndBlankLinesAroundTheRule() throws Exception {
        byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
        byte[] body = utf8("<!--1000-->\r\n[Title](https://news.example.org/b)\r\n\r\n------\r\n\r\n<p>x</p>");
        byte[] bytes = new byte[bom.length + body.length];
        System.arraycopy(bom, 0, bytes, 0, bom.length);
        System.arraycopy(body, 0, bytes, bom.length, body.length);

        ArchivedItem item = parser.parse(bytes);

        assertThat(item.feedTimestamp()).isEqualTo(Instant.ofEpochMilli(1000));
        assertThat(item.title()).isEqualTo("Title");
        assertThat(item.html()).isEqualTo("<p>x</p>");
    }

    @Test
    void shouldKeepBracketsInTitlesAndParenthesesInUrls() throws Exception {
        ArchivedItem item = parser.parse(utf8("<!--1-->\n[[Live] Vote (update)](https://news.example.org/wiki/A_(b))\n------\n<p>x</p>"));

        assertThat(item.title()).isEqualTo("[Live] Vote (update)");
        assertThat(item.url()).isEqualTo("https://news.example.org/wiki/A_(b)");
    }

    @Test
    void shouldQuoteOnlyAShortEscapedExcerptOfARefusedLine() {
        String terminalTrick = "\u001B]0;owned\u0007\u001B[2J" + "root:$6$salt$hash:19000:0:99999:7:::".repeat(5);

        assertThatThrownBy(() -> parser.parse(utf8(terminalTrick + "\nsecond line\n")))
                .hasMessageStartingWith("line 1 is not <!--EPOCH_MILLIS--> (found \"\\u001B]0;owned\\u0007\\u001B[2Jroot:")
                .hasMessageEndingWith("…\")")
                .hasMessageNotContaining("\u001B")
                .satisfies(e -> assertThat(e.getMessage().length()).isLessThan(100));
    }

    @Test
    void shouldRejectAnEmptyFile() {
        assertThatThrownBy(() -> parser.parse(new byte[0])).hasMessage("file is empty");
    }

    @Test
    void shouldRejectAFirstLineWithoutEpochMillis() {
        assertThatThrownBy(() -> parser.parse(utf8("<!--yesterday-->\n[T](https://news.example.org/)\n------\n")))
                .hasMessageStartingWith("line 1 is not <!--EPOCH_MILLIS-->");
    }

    @Test
    void shouldRejectASecondLineThatIsNoLink() {
        assertThatThrownBy(() -> parser.parse(utf8("<!--1-->\nJust a title\n------\n")))
                .hasMessageStartingWith("line 2 is not a [title](url) link");
    }

    @Test
    void shouldRejectALinkThatIsNoHttpUrl() {
        assertThatThrownBy(() -> parser.parse(utf8("<!--1-->\n[T](mailto:desk@example.org)\n------\n")))
                .hasMessageStartingWith("line 2 link is not an absolute http(s) URL");
    }

    @Test
    void shouldRejectAnItemWithoutTheRule() {
        assertThatThrownBy(() -> parser.parse(utf8("<!--1-->\n[T](https://news.example.org/)\n<p>body</p>\n")))
                .hasMessage("no ------ line after the [title](url) link on line 2");
    }

    @Test
    void shouldRejectInvalidUtf8WithItsByteOffset() {
        byte[] head = utf8("<!--1-->\n[T](https://news.example.org/)\n------\n<p>");
        byte[] bytes = new byte[head.length + 2];
        System.arraycopy(head, 0, bytes, 0, head.length);
        bytes[head.length] = (byte) 0xC3;
        bytes[head.length + 1] = (byte) 0x28;

        assertThatThrownBy(() -> parser.parse(bytes))
                .hasMessage("invalid UTF-8 at byte offset " + head.length + " (archived items must be UTF-8)");
    }
}
