package dev.newsflow.ingest.source.charset;

import java.nio.charset.Charset;

/**
 * Text decoded from bytes, with the charset used and how it was chosen.
 *
 * @param text    the decoded text, without a byte order mark
 * @param charset the charset the bytes were decoded with
 * @param origin  how the charset was chosen: {@code bom}, {@code http}, {@code xml-declaration},
 *                {@code default} or {@code detected}
 * @param overruled the declared charsets the bytes proved wrong (e.g. {@code "UTF-8 (declared by http)"}),
 *                  or null when the declaration was followed or there was none
 */
public record DecodedText(String text, Charset charset, String origin, String overruled) {

    public DecodedText(String text, Charset charset, String origin) {
        this(text, charset, origin, null);
    }

    /** The same text, recording that {@code wrongDeclarations} were overruled by the bytes. */
    DecodedText overruling(String wrongDeclarations) {
        return new DecodedText(text, charset, origin, wrongDeclarations);
    }
}
