package dev.newsflow.ingest.source.charset;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Pages as servers send them: declared in the HTTP header, in a meta, wrongly, or not at all. */
class PageDecodingTest {

    private static final String SIMPLIFIED = "市政府今天宣布，明年将扩大公共交通补贴，让更多市民能够以较低的票价乘坐地铁和公交车。"
            + "市长表示，这项政策的目的是减少交通拥堵，并改善空气质量。";
    private static final String TRADITIONAL = "市政府今天宣布，明年將擴大公共運輸補助，讓更多市民能夠以較低的票價搭乘捷運與公車。"
            + "市長表示，這項政策的目的是減少交通擁擠，並改善空氣品質。";
    private static final String RUSSIAN = "Городские власти сегодня объявили, что в следующем году расширят субсидии на общественный транспорт. "
            + "Мэр заявил, что цель этой политики состоит в том, чтобы уменьшить пробки и улучшить качество воздуха.";

    private static final Charset GBK = Charset.forName("GBK");

    private final DocumentDecoder decoder = new DocumentDecoder();

    @Test
    void shouldDecodeAPageDeclaredUtf8ButSentAsGbkAsGbkAndSaySo() {
        String page = page("<meta charset=\"utf-8\">", SIMPLIFIED);

        DecodedText decoded = decoder.decodePage(page.getBytes(GBK), "text/html; charset=UTF-8");

        assertThat(decoded.text()).isEqualTo(page);
        assertThat(decoded.charset().name()).isIn("GBK", "GB18030");
        assertThat(decoded.overruled()).isEqualTo("UTF-8 (declared by http)");
        assertThat(decoded.flags()).containsExactly("charset-overruled");
    }

    @Test
    void shouldDecodeAUtf8PageThatDeclaresGb2312AsUtf8AndSaySo() {
        String page = page("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">", SIMPLIFIED);

        DecodedText decoded = decoder.decodePage(page.getBytes(StandardCharsets.UTF_8), null);

        assertThat(decoded.text()).isEqualTo(page);
        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(decoded.flags()).containsExactly("charset-overruled");
    }

    @Test
    void shouldDetectAnUndeclaredGbkPageWithoutFlaggingIt() {
        String page = page("", SIMPLIFIED);

        DecodedText decoded = decoder.decodePage(page.getBytes(GBK), "text/html");

        assertThat(decoded.text()).isEqualTo(page);
        assertThat(decoded.origin()).isEqualTo("detected");
        assertThat(decoded.flags()).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "<meta http-equiv=\"content-type\" content=\"text/html; charset=big5\">",
            "<meta charset='big5'>",
            "<META HTTP-EQUIV=Content-Type CONTENT=\"charset=BIG5\">"})
    void shouldFollowTheMetaDeclarationOfThePage(String meta) {
        String page = page(meta, TRADITIONAL);

        DecodedText decoded = decoder.decodePage(page.getBytes(Charset.forName("Big5")), null);

        assertThat(decoded.text()).isEqualTo(page);
        assertThat(decoded.origin()).isEqualTo("meta");
        assertThat(decoded.flags()).isEmpty();
    }

    @Test
    void shouldFindAMetaDeclarationBehindALongHeadScript() {
        String script = "<script>var config = {" + "\"key\": \"value\", ".repeat(300) + "};</script>";
        String page = page(script + "<meta charset=\"windows-1251\">", RUSSIAN);

        DecodedText decoded = decoder.decodePage(page.getBytes(Charset.forName("windows-1251")), null);

        assertThat(decoded.text()).isEqualTo(page);
        assertThat(decoded.origin()).isEqualTo("meta");
    }

    @Test
    void shouldIgnoreAMetaInsideACommentOrAScript() {
        String page = page("<!-- <meta charset=\"koi8-r\"> --><script>document.write('<meta charset=\"koi8-r\">')</script>"
                + "<meta charset=\"windows-1251\">", RUSSIAN);

        DecodedText decoded = decoder.decodePage(page.getBytes(Charset.forName("windows-1251")), null);

        assertThat(decoded.text()).isEqualTo(page);
        assertThat(decoded.charset().name()).isEqualTo("windows-1251");
    }

    @Test
    void shouldPreferTheHttpCharsetOverTheMetaWhenBothFit() {
        String page = page("<meta charset=\"Big5\">", SIMPLIFIED);

        DecodedText decoded = decoder.decodePage(page.getBytes(GBK), "text/html; charset=gbk");

        assertThat(decoded.text()).isEqualTo(page);
        assertThat(decoded.origin()).isEqualTo("http");
    }

    @Test
    void shouldKeepTheDeclaredCharsetOfAPageWithAFewBrokenBytes() {
        String page = page("<meta charset=\"utf-8\">", SIMPLIFIED);
        byte[] bytes = page.getBytes(StandardCharsets.UTF_8);
        byte[] broken = new byte[bytes.length + 2];
        System.arraycopy(bytes, 0, broken, 0, bytes.length);
        broken[bytes.length] = (byte) 0xE4; // a character cut off at the end, as by a truncating proxy
        broken[bytes.length + 1] = (byte) 0xB8;

        DecodedText decoded = decoder.decodePage(broken, null);

        assertThat(decoded.charset()).isEqualTo(StandardCharsets.UTF_8);
        assertThat(decoded.text()).startsWith(page);
        assertThat(decoded.flags()).isEmpty();
    }

    @Test
    void shouldFlagAPageThatNoCharsetFits() {
        // Two pages glued together: GBK text after UTF-8 text, as a broken template include makes them.
        byte[] utf8 = page("<meta charset=\"utf-8\">", SIMPLIFIED).getBytes(StandardCharsets.UTF_8);
        byte[] gbk = ("<p>" + SIMPLIFIED + SIMPLIFIED + "</p>").getBytes(GBK);
        byte[] glued = new byte[utf8.length + gbk.length];
        System.arraycopy(utf8, 0, glued, 0, utf8.length);
        System.arraycopy(gbk, 0, glued, utf8.length, gbk.length);

        DecodedText decoded = decoder.decodePage(glued, null);

        assertThat(decoded.flags()).contains("charset-doubtful");
        assertThat(decoded.doubt()).contains("no charset fits the bytes");
    }

    @Test
    void shouldFlagAPageWhoseTextHoldsManyReplacementCharacters() {
        String page = page("<meta charset=\"utf-8\">", "\uFFFD\uFFFD \uFFFD\uFFFD\uFFFD \uFFFD\uFFFD\uFFFD\uFFFD \uFFFD\uFFFD");

        DecodedText decoded = decoder.decodePage(page.getBytes(StandardCharsets.UTF_8), null);

        assertThat(decoded.text()).isEqualTo(page);
        assertThat(decoded.flags()).containsExactly("charset-doubtful");
    }

    private static String page(String head, String text) {
        return "<!DOCTYPE html>\n<html><head>" + head + "<title>" + text.substring(0, 12) + "</title></head>\n"
                + "<body><article><h1>" + text.substring(0, 12) + "</h1><p>" + text + "</p><p>" + text.substring(10) + "</p></article></body></html>\n";
    }
}
