package dev.newsflow.ingest.source.charset;

import java.nio.charset.Charset;

/**
 * Text decoded from bytes, with the charset used and how it was chosen.
 *
 * @param text    the decoded text, without a byte order mark
 * @param charset the charset the bytes were decoded with
 * @param origin  how the charset was chosen: {@code bom}, {@code http}, {@code xml-declaration},
 *                {@code default} or {@code detected}
 */
public record DecodedText(String text, Charset charset, String origin) {}
