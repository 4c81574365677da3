package dev.newsflow.ingest.source.charset;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Decodes a fetched document to text: a byte order mark wins, then the declared charsets (HTTP
 * {@code Content-Type}, then the document's own: the XML declaration of a feed, the {@code <meta>}
 * of a page), then UTF-8; when those do not fit the bytes, {@link CharsetDetection} decides. Every
 * decode is strict, so a wrong guess fails loudly instead of leaving replacement characters
 * (mojibake) in the text. Bytes that are valid UTF-8 (with some non-ASCII) are UTF-8 whatever a
 * legacy declaration says: the odds of other text being valid UTF-8 by accident are nil.
 *
 * <p>A feed that fits nothing is refused with the reason ({@link #decode}); a page is always
 * decoded ({@link #decodePage}), in doubt when it must be, so that the doubt reaches the article
 * as a flag rather than silent mojibake.
 *
 * <p>Thread-safe: holds no state.
 */
public final class DocumentDecoder {

    /**
     * Decodes a feed's {@code bytes}, strictly.
     *
     * @param bytes       the document
     * @param contentType the HTTP {@code Content-Type} header, or null (files)
     * @param xml         whether the document may carry an XML declaration
     * @throws UndecodableTextException when no charset fits the bytes with confidence
     */
    public DecodedText decode(byte[] bytes, String contentType, boolean xml) throws UndecodableTextException {
        ByteOrderMark bom = ByteOrderMark.of(bytes);
        if (bom != null) {
            String text = strict(bytes, bom.length(), bom.charset());
            if (text == null) {
                throw new UndecodableTextException("the bytes are not valid " + bom.charset().name() + " (declared by bom)");
            }
            return new DecodedText(text, bom.charset(), "bom");
        }
        Choice choice = new Choice(bytes, declared(contentType, xml ? xmlDeclared(bytes) : null), false);
        DecodedText decoded = choice.strictly();
        if (decoded == null) {
            throw new UndecodableTextException("the bytes are " + String.join(" and ", choice.failures)
                    + ", and no encoding could be detected");
        }
        return decoded;
    }

    /**
     * Decodes an HTML page's {@code bytes}; never refuses. When no charset fits them strictly, the one
     * leaving fewest replacement characters is taken; the result is in {@link DecodedText#doubt()}
     * then, and whenever its text holds more replacement characters than a few stray bytes explain
     * or the charset was detected without the detectors agreeing.
     *
     * @param contentType the HTTP {@code Content-Type} header, or null (saved pages)
     */
    public DecodedText decodePage(byte[] bytes, String contentType) {
        ByteOrderMark bom = ByteOrderMark.of(bytes);
        DecodedText decoded;
        if (bom != null) {
            String text = strict(bytes, bom.length(), bom.charset());
            decoded = new DecodedText(text != null ? text : lenient(bytes, bom.length(), bom.charset()), bom.charset(), "bom");
        } else {
            Choice choice = new Choice(bytes, declared(contentType, metaDeclared(bytes)), true);
            decoded = choice.strictly();
            if (decoded == null) {
                decoded = choice.leniently();
            }
        }
        return decoded.doubting(ReplacementCharacters.excess(decoded.text()));
    }

    private static List<Declared> declared(String contentType, Declared inDocument) {
        List<Declared> declared = new ArrayList<>(2);
        Charset http = CharsetNames.forLabel(DeclaredCharsets.fromContentType(contentType));
        if (http != null) {
            declared.add(new Declared(http, "http"));
        }
        if (inDocument != null && !inDocument.charset().equals(http)) {
            declared.add(inDocument);
        }
        return declared;
    }

    private static Declared xmlDeclared(byte[] bytes) {
        Charset charset = CharsetNames.forLabel(DeclaredCharsets.fromXmlDeclaration(bytes, 0));
        // "UTF-16" in a declaration without a byte order mark is always wrong for ASCII-readable bytes.
        return charset == null || charset.name().startsWith("UTF-16") ? null : new Declared(charset, "xml-declaration");
    }

    private static Declared metaDeclared(byte[] bytes) {
        Charset charset = CharsetNames.forLabel(DeclaredCharsets.fromHtmlHead(bytes));
        if (charset == null) {
            return null;
        }
        // The HTML standard: a meta that could be read at all was not UTF-16, and meant UTF-8.
        return new Declared(charset.name().startsWith("UTF-16") ? StandardCharsets.UTF_8 : charset, "meta");
    }

    /** The choice of a charset for one document, with what was tried and why it did not fit. */
    private static final class Choice {

        private final byte[] bytes;
        private final List<Declared> declared;
        /** Pages: act on detections in doubt (flagged), accept a declaration that fits but for a few broken bytes. */
        private final boolean lenient;
        private final boolean nonAscii;
        private final List<String> failures = new ArrayList<>();
        private CharsetDetection.Detected detected;

        Choice(byte[] bytes, List<Declared> declared, boolean lenient) {
            this.bytes = bytes;
            this.declared = declared;
            this.lenient = lenient;
            this.nonAscii = hasNonAscii(bytes);
        }

        /** The text in a charset that fits the bytes, or null when none does. */
        DecodedText strictly() {
            List<Declared> failed = new ArrayList<>();
            DecodedText nearly = null;
            for (int i = 0; i < declared.size(); i++) {
                Declared candidate = declared.get(i);
                if (CharsetNames.isSingleByte(candidate.charset())) {
                    return singleByte(candidate, declared.subList(i + 1, declared.size()), failed);
                }
                if (!candidate.charset().equals(StandardCharsets.UTF_8) && nonAscii) {
                    String utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
                    if (utf8 != null) {
                        return new DecodedText(utf8, StandardCharsets.UTF_8, "detected", describe(concat(failed, candidate)), null);
                    }
                }
                String text = strict(bytes, 0, candidate.charset());
                if (text != null) {
                    return new DecodedText(text, candidate.charset(), candidate.origin(), failed.isEmpty() ? null : describe(failed), null);
                }
                failures.add("not valid " + candidate.charset().name() + " (declared by " + candidate.origin() + ")");
                if (nearly == null) {
                    nearly = nearly(candidate.charset(), candidate.origin(), failed);
                }
                failed.add(candidate);
            }
            if (declared.isEmpty()) {
                String text = strict(bytes, 0, StandardCharsets.UTF_8);
                if (text != null) {
                    return new DecodedText(text, StandardCharsets.UTF_8, "default");
                }
                failures.add("not valid UTF-8 (no charset declared)");
                nearly = nearly(StandardCharsets.UTF_8, "default", failed);
            }
            if (nearly != null) {
                return nearly;
            }
            CharsetDetection.Detected detection = detection();
            for (Charset charset : lenient ? detection.candidates() : detection.trusted()) {
                String text = strict(bytes, 0, charset);
                if (text != null) {
                    DecodedText found = new DecodedText(text, charset, "detected", declared.isEmpty() ? null : describe(declared), null);
                    return lenient ? found.doubting(detection.doubt()) : found;
                }
            }
            return null;
        }

        /**
         * A page in a declared (or the default) charset with a few broken bytes is in that charset: a
         * detector would read all of it as something else. Null for feeds, or when the broken bytes are
         * more than a few.
         */
        private DecodedText nearly(Charset charset, String origin, List<Declared> failed) {
            if (!lenient) {
                return null;
            }
            String text = lenient(bytes, 0, charset);
            return ReplacementCharacters.excess(text) != null ? null
                    : new DecodedText(text, charset, origin, failed.isEmpty() ? null : describe(failed), null);
        }

        private DecodedText singleByte(Declared declared, List<Declared> later, List<Declared> failed) {
            List<Declared> overruled = concat(failed, declared);
            // A multi-byte declaration that decodes cleanly is far stronger evidence than a single-byte one.
            for (Declared other : later) {
                if (!CharsetNames.isSingleByte(other.charset()) && nonAscii) {
                    String text = strict(bytes, 0, other.charset());
                    if (text != null) {
                        return new DecodedText(text, other.charset(), other.origin(), describe(overruled), null);
                    }
                }
            }
            if (nonAscii) {
                String utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
                if (utf8 != null) {
                    return new DecodedText(utf8, StandardCharsets.UTF_8, "detected", describe(overruled), null);
                }
                // A single-byte charset decodes any bytes: only detectors that agree on another one
                // overrule it. juniversalchardet alone is not enough: it reads Central European text
                // as windows-1252 (see CharsetDetection), so it would overrule right declarations.
                CharsetDetection.Detected detection = detection();
                Charset agreed = detection.doubt() == null ? detection.universal() : null;
                if (agreed != null && !sameFamily(agreed, declared.charset())) {
                    String text = strict(bytes, 0, agreed);
                    if (text != null) {
                        return new DecodedText(text, agreed, "detected", describe(overruled), null);
                    }
                }
            }
            String text = strict(bytes, 0, declared.charset());
            if (text == null) {
                failures.add("not valid " + declared.charset().name() + " (declared by " + declared.origin() + ")");
                return null;
            }
            return new DecodedText(text, declared.charset(), declared.origin(), failed.isEmpty() ? null : describe(failed), null);
        }

        /** No charset fits: the one leaving fewest replacement characters, in doubt. */
        DecodedText leniently() {
            List<Declared> tried = new ArrayList<>(declared);
            if (declared.isEmpty()) {
                tried.add(new Declared(StandardCharsets.UTF_8, "default"));
            }
            detection().candidates().forEach(charset -> tried.add(new Declared(charset, "detected")));
            DecodedText best = null;
            int fewest = Integer.MAX_VALUE;
            for (Declared candidate : tried) {
                String text = lenient(bytes, 0, candidate.charset());
                int replacements = ReplacementCharacters.count(text);
                if (replacements < fewest) {
                    fewest = replacements;
                    boolean overruling = candidate.origin().equals("detected") && !declared.isEmpty();
                    best = new DecodedText(text, candidate.charset(), candidate.origin(), overruling ? describe(declared) : null, null);
                }
            }
            return best.doubting("no charset fits the bytes: they are " + String.join(" and ", failures));
        }

        private CharsetDetection.Detected detection() {
            if (detected == null) {
                detected = CharsetDetection.detect(bytes);
            }
            return detected;
        }
    }

    private static List<Declared> concat(List<Declared> declared, Declared one) {
        return Stream.concat(declared.stream(), Stream.of(one)).toList();
    }

    private static String describe(List<Declared> wrong) {
        return String.join(" and ", wrong.stream().map(d -> d.charset().name() + " (declared by " + d.origin() + ")").toList());
    }

    /** The text, or null when the bytes are not valid in {@code charset}. */
    private static String strict(byte[] bytes, int offset, Charset charset) {
        if (charset.equals(StandardCharsets.UTF_8)) {
            // The JDK's String decoding is many times faster than a CharsetDecoder; it marks invalid
            // bytes with U+FFFD, so only text holding one needs the strict check.
            String text = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
            if (text.indexOf('\uFFFD') < 0) {
                return text;
            }
        }
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        // Sized for the worst case up front: growing the buffer while decoding costs more than decoding.
        CharBuffer out = CharBuffer.allocate((int) Math.ceil((bytes.length - offset) * (double) decoder.maxCharsPerByte()) + 1);
        CoderResult result = decoder.decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset), out, true);
        if (result.isError() || decoder.flush(out).isError()) {
            return null;
        }
        return out.flip().toString();
    }

    /** The text, with U+FFFD for each byte sequence not valid in {@code charset}. */
    private static String lenient(byte[] bytes, int offset, Charset charset) {
        return new String(bytes, offset, bytes.length - offset, charset);
    }

    private static boolean hasNonAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    /** Latin charsets read ASCII-range markup and most text alike: not worth overriding each other. */
    private static boolean sameFamily(Charset a, Charset b) {
        return a.equals(b) || CharsetNames.isLatin(a) && CharsetNames.isLatin(b);
    }

    private record Declared(Charset charset, String origin) {}
}
