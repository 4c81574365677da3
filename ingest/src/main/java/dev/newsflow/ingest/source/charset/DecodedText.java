package dev.newsflow.ingest.source.charset;

import dev.newsflow.core.event.RawArticle;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.List;

/**
 * Text decoded from bytes, with the charset used and how it was chosen.
 *
 * @param text    the decoded text, without a byte order mark
 * @param charset the charset the bytes were decoded with
 * @param origin  how the charset was chosen: {@code bom}, {@code http}, {@code xml-declaration},
 *                {@code meta}, {@code default} or {@code detected}
 * @param overruled the declared charsets the bytes proved wrong (e.g. {@code "UTF-8 (declared by http)"}),
 *                  or null when the declaration was followed or there was none
 * @param doubt   why the charset is in doubt (replacement characters beyond a few, detectors that
 *                disagree), or null when it is not
 */
public record DecodedText(String text, Charset charset, String origin, String overruled, String doubt) {

    public DecodedText(String text, Charset charset, String origin) {
        this(text, charset, origin, null, null);
    }

    /** The same text, recording that {@code wrongDeclarations} were overruled by the bytes. */
    DecodedText overruling(String wrongDeclarations) {
        return new DecodedText(text, charset, origin, wrongDeclarations, doubt);
    }

    /** The same text, in doubt for {@code reason} (kept when it already was). */
    DecodedText doubting(String reason) {
        return reason == null || doubt != null ? this : new DecodedText(text, charset, origin, overruled, reason);
    }

    /**
     * The raw-article flags this decoding earns: {@link RawArticle.FeedFields#FLAG_CHARSET_OVERRULED},
     * {@link RawArticle.FeedFields#FLAG_CHARSET_DOUBTFUL}; empty when neither.
     */
    public List<String> flags() {
        List<String> flags = new ArrayList<>(2);
        if (overruled != null) {
            flags.add(RawArticle.FeedFields.FLAG_CHARSET_OVERRULED);
        }
        if (doubt != null) {
            flags.add(RawArticle.FeedFields.FLAG_CHARSET_DOUBTFUL);
        }
        return List.copyOf(flags);
    }
}
