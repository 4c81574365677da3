package dev.newsflow.ingest.source.charset;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Feeds written in each language, encoded here in the charsets their publishers use. */
class DocumentDecoderTest {

    private static final String TRADITIONAL_CHINESE = "台北市政府今天宣布，明年將擴大公共運輸補助，讓更多市民能夠以較低的票價搭乘捷運與公車。"
            + "市長表示，這項政策的目的是減少交通擁擠，並改善空氣品質。";
    private static final String SIMPLIFIED_CHINESE = "北京市政府今天宣布，明年将扩大公共交通补贴，让更多市民能够以较低的票价乘坐地铁和公交车。"
            + "市长表示，这项政策的目的是减少交通拥堵，并改善空气质量。";
    private static final String JAPANESE = "東京都は今日、来年から公共交通機関への補助を拡大すると発表しました。"
            + "知事は、この政策の目的は交通渋滞を減らし、空気の質を改善することだと述べました。";
    private static final String KOREAN = "서울시는 오늘 내년부터 대중교통 보조금을 확대한다고 발표했습니다. "
            + "시장은 이 정책의 목적이 교통 혼잡을 줄이고 공기 질을 개선하는 것이라고 말했습니다.";
    private static final String RUSSIAN = "Правительство Москвы сегодня объявило, что в следующем году расширит субсидии на общественный транспорт. "
            + "Мэр заявил, что цель этой политики состоит в том, чтобы уменьшить пробки и улучшить качество воздуха.";
    private static final String FRENCH = "La mairie de Paris a annoncé aujourd'hui qu'elle élargira l'année prochaine les aides aux transports "
            + "publics. Le maire a déclaré que cette politique vise à réduire les embouteillages et à améliorer la qualité de l'air.";
    private static final String POLISH = "Władze Warszawy ogłosiły dziś, że w przyszłym roku rozszerzą dopłaty do transportu publicznego. "
            + "Prezydent miasta powiedział, że celem tej polityki jest zmniejszenie korków i poprawa jakości powietrza.";

    private final DocumentDecoder decoder = new DocumentDecoder();

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "Big5, TRADITIONAL_CHINESE", "GB2312, SIMPLIFIED_CHINESE", "GBK, SIMPLIFIED_CHINESE", "GB18030, SIMPLIFIED_CHINESE",
            "Shift_JIS, JAPANESE", "EUC-JP, JAPANESE", "EUC-KR, KOREAN", "KOI8-R, RUSSIAN", "windows-1251, RUSSIAN",
            "windows-1252, FRENCH", "ISO-8859-1, FRENCH", "windows-1250, POLISH", "UTF-8, JAPANESE"})
    void shouldDecodeWhatTheXmlDeclarationSays(String charset, String language) throws Exception {
        String feed = feed(charset, text(language));

        DecodedText decoded = decoder.decode(feed.getBytes(Charset.forName(charset)), null, true);

        assertThat(decoded.text()).isEqualTo(feed);
        assertThat(decoded.origin()).isEqualTo("xml-declaration");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "Big5, TRADITIONAL_CHINESE", "GB18030, SIMPLIFIED_CHINESE", "Shift_JIS, JAPANESE", "EUC-JP, JAPANESE",
            "EUC-KR, KOREAN", "KOI8-R, RUSSIAN", "windows-1251, RUSSIAN"})
    void shouldDetectTheEncodingWhenNoneIsDeclared(String charset, String language) throws Exception {
        String feed = feed(null, text(language));

        DecodedText decoded = decoder.decode(feed.getBytes(Charset.forName(charset)), null, true);

        assertThat(decoded.text()).isEqualTo(feed);
        assertThat(decoded.origin()).isEqualTo("detected");
    }

    @ParameterizedTest(name = "{0} declared as UTF-8")
    @CsvSource({"Big5, TRADITIONAL_CHINESE", "GBK, SIMPLIFIED_CHINESE", "Shift_JIS, JAPANESE", "EUC-KR, KOREAN", "KOI8-R, RUSSIAN"})
    void shouldDetectTheEncodingWhenTheDeclarationIsWrong(String charset, String language) throws Exception {
        String body = text(language);
        byte[] bytes = feed("UTF-8", body).getBytes(Charset.forName(charset));

        DecodedText decoded = decoder.decode(bytes, "application/rss+xml; charset=utf-8", true);

        assertThat(decoded.text()).contains(body);
        assertThat(decoded.origin()).isEqualTo("detected");
    }

    @Test
    void shouldPreferTheHttpCharsetOverTheXmlDeclaration() throws Exception {
        String feed = feed("ISO-8859-1", SIMPLIFIED_CHINESE);

        DecodedText decoded = decoder.decode(feed.getBytes(Charset.forName("GBK")), "text/xml; charset=GBK", true);

        assertThat(decoded.text()).isEqualTo(feed);
        assertThat(decoded.origin()).isEqualTo("http");
    }

    @Test
    void shouldTakeUtf8BytesAsUtf8WhenASingleByteCharsetIsDeclared() throws Exception {
        String feed = feed(null, FRENCH);

        DecodedText decoded = decoder.decode(feed.getBytes(StandardCharsets.UTF_8), "text/xml; charset=ISO-8859-1", true);

        assertThat(decoded.text()).isEqualTo(feed);
    }

    @Test
    void shouldOverrideADeclaredLatinCharsetForCyrillicBytes() throws Exception {
        String feed = feed("windows-1252", RUSSIAN);

        DecodedText decoded = decoder.decode(feed.getBytes(Charset.forName("windows-1251")), null, true);

        assertThat(decoded.text()).contains(RUSSIAN);
        assertThat(decoded.origin()).isEqualTo("detected");
    }

    @Test
    void shouldFollowAByteOrderMark() throws Exception {
        String feed = feed("UTF-8", JAPANESE);
        byte[] utf16 = feed.getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[utf16.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(utf16, 0, withBom, 2, utf16.length);

        DecodedText decoded = decoder.decode(withBom, "text/xml; charset=iso-8859-1", true);

        assertThat(decoded.text()).isEqualTo(feed);
        assertThat(decoded.origin()).isEqualTo("bom");
    }

    @Test
    void shouldRefuseBytesThatFitNoEncodingRatherThanGuess() {
        byte[] bytes = new byte[200];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i % 2 == 0 ? 0xC3 : 0x28);
        }

        assertThatThrownBy(() -> decoder.decode(bytes, "text/xml; charset=utf-8", true))
                .isInstanceOf(UndecodableTextException.class)
                .hasMessageContaining("not valid UTF-8 (declared by http)");
    }

    private static String feed(String declaredCharset, String body) {
        String declaration = declaredCharset == null ? "" : "<?xml version=\"1.0\" encoding=\"" + declaredCharset + "\"?>\n";
        return declaration + "<rss version=\"2.0\"><channel><title>" + body.substring(0, 10) + "</title>\n"
                + "<item><title>" + body.substring(0, 20) + "</title><description>" + body + "</description></item>\n"
                + "<item><title>" + body.substring(20, 40) + "</title><description>" + body.substring(20) + "</description></item>\n"
                + "</channel></rss>\n";
    }

    private static String text(String language) throws ReflectiveOperationException {
        return (String) DocumentDecoderTest.class.getDeclaredField(language).get(null);
    }
}
