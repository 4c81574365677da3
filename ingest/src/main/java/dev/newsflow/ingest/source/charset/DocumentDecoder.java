package dev.newsflow.ingest.source.charset;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Decodes a fetched document to text: a byte order mark wins, then the declared charsets (HTTP
 * {@code Content-Type}, then the XML declaration), then UTF-8, the XML default; when those do not
 * fit the bytes, ICU's detector decides. Every decode is strict, so a wrong guess fails loudly instead
 * of leaving replacement characters (mojibake) in the text; when nothing fits, the document is refused
 * with the reason.
 *
 * <p>Thread-safe: holds no state.
 */
public final class DocumentDecoder {

    /** Below this ICU confidence (0–100) a detected charset is a guess, not an answer. */
    private static final int MIN_DETECTION_CONFIDENCE = 40;

    /**
     * A declared single-byte charset decodes any bytes, so only a confident detection of another
     * charset overrides it (e.g. Cyrillic text declared as windows-1252).
     */
    private static final int OVERRIDE_CONFIDENCE = 60;

    /** ICU looks at this much; more only costs time. */
    private static final int DETECTION_SAMPLE = 256 * 1024;

    /** Latin charsets that read ASCII-range markup and most text alike: not worth overriding each other. */
    private static final Set<String> LATIN_FAMILY = Set.of("windows-1252", "iso-8859-1", "iso-8859-15", "us-ascii");

    /**
     * Decodes {@code bytes}.
     *
     * @param bytes       the document
     * @param contentType the HTTP {@code Content-Type} header, or null (files)
     * @param xml         whether the document may carry an XML declaration
     */
    public DecodedText decode(byte[] bytes, String contentType, boolean xml) throws UndecodableTextException {
        ByteOrderMark bom = ByteOrderMark.of(bytes);
        if (bom != null) {
            return strictOrFail(bytes, bom.length(), bom.charset(), "bom");
        }
        List<Declared> declared = declared(bytes, contentType, xml);
        List<String> failures = new ArrayList<>();
        for (int i = 0; i < declared.size(); i++) {
            Declared candidate = declared.get(i);
            if (CharsetNames.isSingleByte(candidate.charset())) {
                return singleByte(bytes, candidate, declared.subList(i + 1, declared.size()));
            }
            String text = strict(bytes, 0, candidate.charset());
            if (text != null) {
                return new DecodedText(text, candidate.charset(), candidate.origin());
            }
            failures.add("not valid " + candidate.charset().name() + " (declared by " + candidate.origin() + ")");
        }
        if (declared.isEmpty()) {
            String text = strict(bytes, 0, StandardCharsets.UTF_8);
            if (text != null) {
                return new DecodedText(text, StandardCharsets.UTF_8, "default");
            }
            failures.add("not valid UTF-8 (no charset declared)");
        }
        DecodedText detected = detected(bytes, MIN_DETECTION_CONFIDENCE);
        if (detected != null) {
            return declared.isEmpty() ? detected : detected.overruling(describe(declared));
        }
        throw new UndecodableTextException("the bytes are " + String.join(" and ", failures) + ", and no encoding could be detected");
    }

    private DecodedText singleByte(byte[] bytes, Declared declared, List<Declared> later) throws UndecodableTextException {
        // A multi-byte declaration that decodes cleanly is far stronger evidence than a single-byte one.
        for (Declared other : later) {
            if (!CharsetNames.isSingleByte(other.charset())) {
                String text = strict(bytes, 0, other.charset());
                if (text != null && hasNonAscii(bytes)) {
                    return new DecodedText(text, other.charset(), other.origin(), describe(List.of(declared)));
                }
            }
        }
        // Valid non-ASCII UTF-8 is practically never an accident of single-byte text.
        if (hasNonAscii(bytes)) {
            String utf8 = strict(bytes, 0, StandardCharsets.UTF_8);
            if (utf8 != null) {
                return new DecodedText(utf8, StandardCharsets.UTF_8, "detected", describe(List.of(declared)));
            }
            DecodedText detected = detected(bytes, OVERRIDE_CONFIDENCE);
            if (detected != null && !sameFamily(detected.charset(), declared.charset())) {
                return detected.overruling(describe(List.of(declared)));
            }
        }
        return strictOrFail(bytes, 0, declared.charset(), declared.origin());
    }

    private static String describe(List<Declared> wrong) {
        return String.join(" and ", wrong.stream().map(d -> d.charset().name() + " (declared by " + d.origin() + ")").toList());
    }

    private static List<Declared> declared(byte[] bytes, String contentType, boolean xml) {
        List<Declared> declared = new ArrayList<>(2);
        Charset http = CharsetNames.forLabel(DeclaredCharsets.fromContentType(contentType));
        if (http != null) {
            declared.add(new Declared(http, "http"));
        }
        Charset fromXml = xml ? CharsetNames.forLabel(DeclaredCharsets.fromXmlDeclaration(bytes, 0)) : null;
        // "UTF-16" in a declaration without a byte order mark is always wrong for ASCII-readable bytes.
        if (fromXml != null && !fromXml.name().startsWith("UTF-16") && !fromXml.equals(http)) {
            declared.add(new Declared(fromXml, "xml-declaration"));
        }
        return declared;
    }

    private static DecodedText detected(byte[] bytes, int minConfidence) {
        CharsetDetector detector = new CharsetDetector();
        detector.enableInputFilter(true);
        detector.setText(bytes.length > DETECTION_SAMPLE ? Arrays.copyOf(bytes, DETECTION_SAMPLE) : bytes);
        CharsetMatch[] matches = detector.detectAll();
        for (CharsetMatch match : matches) {
            if (match.getConfidence() < minConfidence) {
                return null;
            }
            Charset charset = CharsetNames.forLabel(match.getName());
            String text = charset == null ? null : strict(bytes, 0, charset);
            if (text != null) {
                return new DecodedText(text, charset, "detected");
            }
        }
        return null;
    }

    private static DecodedText strictOrFail(byte[] bytes, int offset, Charset charset, String origin) throws UndecodableTextException {
        String text = strict(bytes, offset, charset);
        if (text == null) {
            throw new UndecodableTextException("the bytes are not valid " + charset.name() + " (declared by " + origin + ")");
        }
        return new DecodedText(text, charset, origin);
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

    private static boolean hasNonAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameFamily(Charset a, Charset b) {
        return a.equals(b) || (LATIN_FAMILY.contains(a.name().toLowerCase(Locale.ROOT))
                && LATIN_FAMILY.contains(b.name().toLowerCase(Locale.ROOT)));
    }

    private record Declared(Charset charset, String origin) {}
}
