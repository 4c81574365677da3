package dev.newsflow.core.id;

import static dev.newsflow.core.id.UrlCanonicalizer.canonicalize;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class UrlCanonicalizerTest {

    /** The seed item's link, as the DW feed writes it. */
    static final String DW_ENCODED = "https://www.dw.com/zh/%E5%B8%83%E6%9E%97%E8%82%AF%E4%BC%9A%E6%99%A4%E4%B9%A0"
            + "%E8%BF%91%E5%B9%B3%20%E7%A7%B0%E4%B8%AD%E5%9B%BD%E5%AF%B9%E4%BF%84%E5%86%9B%E5%B7%A5%E6%94%AF%E6%8C%81"
            + "%E5%BC%95%E5%BF%A7/a-68927063";
    static final String DW_RAW = "https://www.dw.com/zh/布林肯会晤习近平 称中国对俄军工支持引忧/a-68927063";
    static final String DW_LOWER_HEX = DW_ENCODED.replace("%E5", "%e5").replace("%B8", "%b8").replace("%AF", "%af")
            .replace("%E4", "%e4").replace("%BC", "%bc");

    @Test
    void shouldKeepAlreadyCanonicalPercentEncodedLinkAsItIs() {
        assertThat(canonicalize(DW_ENCODED)).isEqualTo(DW_ENCODED);
    }

    @Test
    void shouldEncodeRawCjkCharactersAndSpacesAsUpperCaseUtf8Escapes() {
        assertThat(canonicalize(DW_RAW)).isEqualTo(DW_ENCODED);
    }

    @Test
    void shouldUpperCaseLowerCaseHexEscapes() {
        assertThat(DW_LOWER_HEX).isNotEqualTo(DW_ENCODED);
        assertThat(canonicalize(DW_LOWER_HEX)).isEqualTo(DW_ENCODED);
    }

    @Test
    void shouldGiveOneFormForEverySpellingOfTheSeedLink() {
        assertThat(canonicalize("HTTPS://WWW.DW.COM:443" + DW_RAW.substring("https://www.dw.com".length()) + "/#comments"))
                .isEqualTo(DW_ENCODED);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            https://example.com/a?utm_source=rss&utm_medium=feed&utm_campaign=x | https://example.com/a
            https://example.com/a?id=7&utm_source=rss&page=2                     | https://example.com/a?id=7&page=2
            https://example.com/a?z=1&UTM_Medium=feed&a=2&fbclid=IwAR0x&m=3      | https://example.com/a?z=1&a=2&m=3
            https://example.com/a?gclid=1&msclkid=2&_ga=3&mc_cid=4&igshid=5      | https://example.com/a
            https://example.com/a?b=2&&a=1&                                      | https://example.com/a?b=2&a=1
            https://example.com/a?                                               | https://example.com/a
            https://example.com/a?utm=keep&q=utm_source                          | https://example.com/a?utm=keep&q=utm_source
            """)
    void shouldRemoveTrackingParametersAndKeepTheOthersInOrder(String link, String canonical) {
        assertThat(canonicalize(link)).isEqualTo(canonical);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            https://example.com/a#section-2          | https://example.com/a
            https://example.com/a?x=1#frag?utm_a=b   | https://example.com/a?x=1
            https://example.com/#                    | https://example.com/
            """)
    void shouldDropTheFragment(String link, String canonical) {
        assertThat(canonicalize(link)).isEqualTo(canonical);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            http://example.com:80/a      | http://example.com/a
            https://example.com:443/a    | https://example.com/a
            https://example.com:/a       | https://example.com/a
            http://example.com:0080/a    | http://example.com/a
            http://example.com:443/a     | http://example.com:443/a
            https://example.com:80/a     | https://example.com:80/a
            https://example.com:8443/a   | https://example.com:8443/a
            http://[2001:DB8::1]:80/a    | http://[2001:db8::1]/a
            http://[2001:db8::1]:8080/a  | http://[2001:db8::1]:8080/a
            """)
    void shouldDropOnlyTheDefaultPort(String link, String canonical) {
        assertThat(canonicalize(link)).isEqualTo(canonical);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            HTTPS://WWW.Example.COM/Path/To/Article | https://www.example.com/Path/To/Article
            Http://example.com./a                   | http://example.com/a
            """)
    void shouldLowerCaseSchemeAndHostButNotThePath(String link, String canonical) {
        assertThat(canonicalize(link)).isEqualTo(canonical);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            https://münchen.de/nachrichten     | https://xn--mnchen-3ya.de/nachrichten
            https://MÜNCHEN.DE/nachrichten     | https://xn--mnchen-3ya.de/nachrichten
            https://xn--MNCHEN-3ya.de/nachrichten | https://xn--mnchen-3ya.de/nachrichten
            http://新闻.中国/国际              | http://xn--efvy88h.xn--fiqs8s/%E5%9B%BD%E9%99%85
            """)
    void shouldWriteInternationalisedHostsInPunycode(String link, String canonical) {
        assertThat(canonicalize(link)).isEqualTo(canonical);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            https://example.com              | https://example.com/
            https://example.com/             | https://example.com/
            https://example.com?a=1          | https://example.com/?a=1
            https://example.com/news/a-1/    | https://example.com/news/a-1
            https://example.com/news/a-1/?p=2 | https://example.com/news/a-1?p=2
            """)
    void shouldKeepTheRootSlashAndDropOtherTrailingSlashes(String link, String canonical) {
        assertThat(canonicalize(link)).isEqualTo(canonical);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            https://example.com/a/./b          | https://example.com/a/b
            https://example.com/a/b/../c       | https://example.com/a/c
            https://example.com/a/b/..         | https://example.com/a
            https://example.com/../../a        | https://example.com/a
            https://example.com/a/%2E%2E/b     | https://example.com/b
            https://example.com/a/..b/.c       | https://example.com/a/..b/.c
            """)
    void shouldResolveDotSegments(String link, String canonical) {
        assertThat(canonicalize(link)).isEqualTo(canonical);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            https://example.com/%7Euser/%41%62%2D%5F%2e   | https://example.com/~user/Ab-_.
            https://example.com/a%2Fb%3f%26               | https://example.com/a%2Fb%3F%26
            https://example.com/100%                      | https://example.com/100%25
            https://example.com/a%zz                      | https://example.com/a%25zz
            https://example.com/a?q=%e4%b8%ad%e6%96%87    | https://example.com/a?q=%E4%B8%AD%E6%96%87
            https://example.com/a?q=中文&x=%7e            | https://example.com/a?q=%E4%B8%AD%E6%96%87&x=~
            https://example.com/a?q=a+b%20c               | https://example.com/a?q=a+b%20c
            https://example.com/a?q=x%26utm_source%3Dy    | https://example.com/a?q=x%26utm_source%3Dy
            https://example.com/😀                        | https://example.com/%F0%9F%98%80
            """)
    void shouldNormalisePercentEncoding(String link, String canonical) {
        assertThat(canonicalize(link)).isEqualTo(canonical);
    }

    @Test
    void shouldIgnoreSurroundingWhitespace() {
        assertThat(canonicalize("  https://example.com/a\n")).isEqualTo("https://example.com/a");
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {
        "", "   ", "ftp://example.com/file", "mailto:news@example.com", "javascript:alert(1)",
        "/zh/a-68927063", "a-68927063", "//www.dw.com/zh/a-68927063", "www.dw.com/zh/a-68927063",
        "https://", "https:///a", "https:example.com/a", "http://:80/", "http://exa mple.com/",
        "http://example.com:abc/", "http://example.com:65536/", "http://ex%41mple.com/"
    })
    void shouldRejectWhatIsNoAbsoluteHttpLink(String link) {
        assertThatThrownBy(() -> canonicalize(link)).isInstanceOf(IllegalArgumentException.class);
    }
}
