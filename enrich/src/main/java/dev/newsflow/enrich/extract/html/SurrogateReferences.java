package dev.newsflow.enrich.extract.html;

import dev.newsflow.core.json.UnpairedSurrogates;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * Puts U+FFFD where a page's numeric character reference names a surrogate ({@code &#xD800;},
 * {@code &#55296;}): the HTML standard reads such a reference as U+FFFD, Jsoup keeps the lone
 * surrogate, which no UTF-8 encodes ({@link UnpairedSurrogates}). Pages almost never hold one, so
 * the parsed page is walked only when the markup does.
 */
public final class SurrogateReferences {

    private SurrogateReferences() {}

    /**
     * Whether the markup the parser reads holds a numeric reference to a surrogate, or a surrogate
     * character alone: one pass, no parse. The content of scripts and styles, nearly half of a news
     * page's characters, which the parser never sees, is skipped (over the whole page, this check
     * was 8 % of extraction time).
     */
    public static boolean mayHold(ScriptAndStyleContent page) {
        return page.anyKeptPart(new Scan());
    }

    /**
     * Looks through the parts of one page in order. Two plain passes per part: String.indexOf is
     * vectorised, and a loop that asks one thing per character is unrolled. indexOf has no end
     * bound, so the next reference found is kept for the parts after: searching afresh from each
     * part's start would read on to the page's end once per script, as the first version of this did.
     */
    private static final class Scan implements ScriptAndStyleContent.PartTest {
        /** Where the next "&#" at or after the parts read so far starts; -1 for none up to the page's end, -2 not yet looked for. */
        private int nextReference = -2;

        @Override
        public boolean test(String html, int from, int to) {
            if (nextReference != -1 && nextReference < from) {
                nextReference = html.indexOf("&#", from);
            }
            while (nextReference >= 0 && nextReference < to) {
                if (namesSurrogate(html, nextReference + 2)) {
                    return true;
                }
                nextReference = html.indexOf("&#", nextReference + 2);
            }
            for (int i = from; i < to; i++) {
                if (Character.isSurrogate(html.charAt(i))) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Replaces the unpaired surrogates of the page's text and attribute values. */
    public static void repair(Document page) {
        NodeTraversor.traverse((node, depth) -> repair(node), page);
    }

    private static void repair(Node node) {
        if (node instanceof TextNode text) {
            String sound = UnpairedSurrogates.replaced(text.getWholeText());
            if (sound != text.getWholeText()) {
                text.text(sound);
            }
        } else if (node instanceof Element element && element.attributesSize() > 0) {
            for (Attribute attribute : element.attributes()) {
                String sound = UnpairedSurrogates.replaced(attribute.getValue());
                if (sound != attribute.getValue()) {
                    attribute.setValue(sound);
                }
            }
        }
    }

    /** Whether the decimal or {@code x}-hexadecimal number at {@code start} is in U+D800–U+DFFF. */
    private static boolean namesSurrogate(String html, int start) {
        int at = start;
        int radix = 10;
        if (at < html.length() && (html.charAt(at) == 'x' || html.charAt(at) == 'X')) {
            radix = 16;
            at++;
        }
        long value = 0;
        int digits = 0;
        for (; at < html.length(); at++) {
            char c = html.charAt(at);
            // ASCII digits only, as the tokenizer reads them (Character.digit also takes other scripts' digits).
            int digit = c < 0x80 ? Character.digit(c, radix) : -1;
            if (digit < 0) {
                break;
            }
            // Leading zeros are allowed and change nothing; past U+10FFFF the reference is U+FFFD anyway.
            value = Math.min(value * radix + digit, 0x110000);
            digits++;
        }
        return digits > 0 && value >= 0xD800 && value <= 0xDFFF;
    }
}
