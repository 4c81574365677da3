package dev.newsflow.ingest.source;

import dev.newsflow.core.event.RecordSizes;
import dev.newsflow.core.id.ContentHash;
import java.nio.charset.StandardCharsets;

/**
 * Content cut to the pipeline's size cap ({@link RecordSizes#MAX_CONTENT_BYTES} of UTF-8) at a character
 * boundary, with the original length and hash, so a giant page is carried and flagged instead of
 * failing the producer.
 *
 * @param text            the content, possibly cut
 * @param truncated       whether it was cut
 * @param originalLength  the original length in UTF-8 bytes
 * @param originalHash    SHA-256 of the original bytes
 */
public record CappedContent(String text, boolean truncated, long originalLength, String originalHash) {

    public static CappedContent of(String content) {
        return of(content, RecordSizes.MAX_CONTENT_BYTES);
    }

    static CappedContent of(String content, int maxBytes) {
        byte[] bytes = content.getBytes(StandardCharsets.UTF_8);
        String hash = ContentHash.sha256Hex(bytes);
        if (bytes.length <= maxBytes) {
            return new CappedContent(content, false, bytes.length, hash);
        }
        int end = maxBytes;
        // Step back over UTF-8 continuation bytes (10xxxxxx) so no character is split.
        while (end > 0 && (bytes[end] & 0xC0) == 0x80) {
            end--;
        }
        return new CappedContent(new String(bytes, 0, end, StandardCharsets.UTF_8), true, bytes.length, hash);
    }
}
