package dev.newsflow.ingest.source.feed;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class DoctypeGuardTest {

    private static final String XXE = "<!DOCTYPE rss [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>";
    private static final String RSS = "<rss version=\"2.0\"><channel><item><link>https://n.example.com/1</link>"
            + "<title>&xxe;</title></item></channel></rss>";

    @Test
    void shouldFindTheDoctypeAfterAnyAmountOfPaddingInTheProlog() {
        String spaces = "<?xml version=\"1.0\"?>" + " ".repeat(1_000_000) + XXE + RSS;
        String comments = "<?xml version=\"1.0\"?>" + "<!-- padding -->\n".repeat(100_000) + "<?pi " + "x".repeat(300_000) + "?>" + XXE + RSS;
        String junk = "<b>Warning</b>: " + "header already sent ".repeat(20_000) + XXE + RSS;

        for (String feed : new String[] {spaces, comments, junk}) {
            assertThatThrownBy(() -> new FeedReader().read(feed.getBytes(UTF_8), null, "https://n.example.com/feed", "s", Instant.EPOCH))
                    .isInstanceOf(FeedParseException.class)
                    .hasMessageContaining("external entity 'xxe'");
        }
    }

    @Test
    void shouldReadTheWholeSubsetWhateverItsValuesHold() {
        // A "]" or ">" in a value does not end the subset, nor does a comment that looks like its end.
        String bracket = "<!DOCTYPE rss [<!ENTITY a \"]>\"><!-- ]> --><!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>" + RSS;
        String quoted = "<!DOCTYPE rss SYSTEM \"a[b>c\" [<!ENTITY % p \"x\">]>" + RSS;

        assertThatThrownBy(() -> DoctypeGuard.check(bracket)).hasMessageContaining("external entity 'xxe' (SYSTEM)");
        assertThatThrownBy(() -> DoctypeGuard.check(quoted)).hasMessageContaining("parameter entity 'p'");
    }

    @Test
    void shouldFindAnExternalEntityAfterAMillionDeclarationsWithinABoundedWait() {
        // About 20 MB of subset: a scan that went back over what it had read would take minutes; one pass takes well under a second.
        StringBuilder subset = new StringBuilder("<!DOCTYPE rss [");
        for (int i = 0; i < 1_000_000; i++) {
            subset.append("<!ENTITY e").append(i).append(" 'v'>");
        }
        String feed = subset.append("<!ENTITY xxe PUBLIC \"-//x\" \"http://10.0.0.1/\">]>").append(RSS).toString();

        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> assertThatThrownBy(() -> DoctypeGuard.check(feed))
                .hasMessageContaining("external entity 'xxe' (PUBLIC)"), "scanning a subset of a million declarations");
    }

    @Test
    void shouldStopAtTheRootElementWhateverItsPrefix() {
        // A DOCTYPE-like text in an item is content, not a DOCTYPE: the prolog ended at the root.
        String atom = "<atom:feed xmlns:atom=\"http://www.w3.org/2005/Atom\"><atom:entry><atom:content type=\"html\"><![CDATA["
                + XXE + "]]></atom:content></atom:entry></atom:feed>";
        String rdf = "<rdf:RDF><item><description>" + XXE.replace("<", "&lt;") + "</description></item>" + XXE + "</rdf:RDF>";

        assertThatCode(() -> DoctypeGuard.check(atom)).doesNotThrowAnyException();
        assertThatCode(() -> DoctypeGuard.check(rdf)).doesNotThrowAnyException();
    }

    @Test
    void shouldPassPublicDoctypesAndPlainInternalEntities() {
        String rss091 = "<?xml version=\"1.0\"?><!-- <!DOCTYPE x [<!ENTITY xxe SYSTEM \"f\">]> -->"
                + "<!DOCTYPE rss PUBLIC \"-//Netscape Communications//DTD RSS 0.91//EN\" \"http://my.netscape.com/publish/formats/rss-0.91.dtd\">"
                + RSS;
        String internal = "<!DOCTYPE rss [<!ENTITY copy \"&#169;\"><!ENTITY site 'Example &amp; Co'><!ELEMENT rss ANY>]>" + RSS;

        assertThatCode(() -> DoctypeGuard.check(rss091)).doesNotThrowAnyException();
        assertThatCode(() -> DoctypeGuard.check(internal)).doesNotThrowAnyException();
    }
}
