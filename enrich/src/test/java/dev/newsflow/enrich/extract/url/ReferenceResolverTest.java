package dev.newsflow.enrich.extract.url;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Tag;
import org.junit.jupiter.api.Test;

class ReferenceResolverTest {

    private static final List<String> BASES = List.of(
            "https://news.example.org/world/2024/article.html?page=2#top",
            "http://fakehost/test/page.html",
            "https://news.example.org",
            "",
            "not a url",
            "https://news.example.org/a b/\u00e9t\u00e9.html",
            "http://fakehost:8080/test/page.html",
            "https://user:pw@news.example.org/x",
            "HTTPS://News.Example.ORG/Upper/");

    /** The sloppy references real pages carry, beside the tidy ones. */
    private static final List<String> REFERENCES = List.of(
            "/images/photo.jpg", "photo.jpg", "../photo.jpg", "../../../../photo.jpg", "./a/./b/../c.html",
            "?page=3", "?", "#comments", "#", "", " ", "  /padded.html  ", "//cdn.example.net/x.png",
            "https://other.example.com/a/../b?c=d#e", "HTTPS://Other.Example.com/A", "http:relative.html",
            "mailto:desk@example.org", "tel:+44 20 7946 0000", "javascript:void(0)", "data:image/png;base64,iVBORw0KGgo=",
            "whatsapp://send?text=hi", "a+b.c-d,e:rest", "1abc:nope", "/path with spaces/caf\u00e9.html", "\\windows\\path",
            "/tab\there", "\n/newline-first.html", "ht\u0001tp://example.com/", "http://[::1]:8080/x", "http://exa mple.com/",
            "//", "///triple", "/%7Euser/%zz", "..", ".", "/..", "/./", "/a/b.html?x=1&y=/c#d", "/a#", "/a?",
            "/a:b/c", "JavaScript:void(0)", "data:", "tel:", "sms:+1", "whatsapp:x", "javascript", "/a/.hidden", "/a/..", "/a/%2e%2e/b", "/", "/?q", "/#f");

    @Test
    void shouldResolveEveryReferenceAsJsoupDoes() {
        for (String base : BASES) {
            for (String reference : REFERENCES) {
                String jsoup = new Element(Tag.valueOf("a"), base).attr("href", reference).absUrl("href");
                assertThat(ReferenceResolver.asJsoupResolves(base, reference))
                        .as("%s against %s", reference, base)
                        .isEqualTo(jsoup);
            }
        }
    }

    @Test
    void shouldGiveNothingForAMissingAttribute() {
        assertThat(ReferenceResolver.absolute(new Element("img"), "src")).isEmpty();
    }

    @Test
    void shouldGiveNullForABlankReference() {
        assertThat(ReferenceResolver.resolve("https://news.example.org/", "  ")).isNull();
    }
}
