package dev.newsflow.ingest.source.charset;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/** A Unicode byte order mark at the start of a document: it names the encoding beyond doubt. */
record ByteOrderMark(Charset charset, int length) {

    /** The mark {@code bytes} start with, or null when they start with none. */
    static ByteOrderMark of(byte[] bytes) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            return new ByteOrderMark(StandardCharsets.UTF_8, 3);
        }
        if (startsWith(bytes, 0xFF, 0xFE, 0x00, 0x00)) {
            return new ByteOrderMark(Charset.forName("UTF-32LE"), 4);
        }
        if (startsWith(bytes, 0x00, 0x00, 0xFE, 0xFF)) {
            return new ByteOrderMark(Charset.forName("UTF-32BE"), 4);
        }
        if (startsWith(bytes, 0xFF, 0xFE)) {
            return new ByteOrderMark(StandardCharsets.UTF_16LE, 2);
        }
        if (startsWith(bytes, 0xFE, 0xFF)) {
            return new ByteOrderMark(StandardCharsets.UTF_16BE, 2);
        }
        return null;
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
