package dev.newsflow.ingest.source.archive;

import dev.newsflow.core.id.UrlCanonicalizer;
import dev.newsflow.core.text.Excerpt;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses the archived feed item format the project was specified from:
 * <pre>
 * &lt;!--EPOCH_MILLIS--&gt;
 * [title](url)
 * ------
 * &lt;html of the item&gt;
 * </pre>
 * Archived items are UTF-8 by definition, so invalid UTF-8 is an error, not something to guess
 * around. A UTF-8 byte-order mark, CRLF line ends and blank lines around the rule are accepted.
 * Hand-written because the format is newsflow's own; it has no library.
 */
public final class ArchivedItemParser {

    private static final Pattern TIMESTAMP_LINE = Pattern.compile("<!--\\s*(\\d{1,19})\\s*-->");
    private static final Pattern RULE_LINE = Pattern.compile("-{3,}");
    private static final byte[] UTF8_BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final int PREVIEW_CHARS = 40;

    /** Parses one item; the exception's message names what is wrong (the caller names the file). */
    public ArchivedItem parse(byte[] bytes) throws MalformedItemException {
        if (bytes.length == 0) {
            throw new MalformedItemException("file is empty");
        }
        String text = decodeUtf8(bytes);
        if (text.isBlank()) {
            throw new MalformedItemException("file is empty (only white space)");
        }
        LineCursor lines = new LineCursor(text);

        String first = lines.next().strip();
        Matcher timestamp = TIMESTAMP_LINE.matcher(first);
        if (!timestamp.matches()) {
            throw new MalformedItemException("line 1 is not <!--EPOCH_MILLIS--> (found \"" + preview(first) + "\")");
        }
        Instant feedTimestamp = Instant.ofEpochMilli(Long.parseLong(timestamp.group(1)));

        if (!lines.hasNext()) {
            throw new MalformedItemException("line 2 is missing: expected a [title](url) link");
        }
        String second = lines.next().strip();
        TitleLink link = titleLink(second);

        lines.skipBlank();
        if (!lines.hasNext() || !RULE_LINE.matcher(lines.next().strip()).matches()) {
            throw new MalformedItemException("no ------ line after the [title](url) link on line 2");
        }
        lines.skipBlank();
        return new ArchivedItem(feedTimestamp, link.title(), link.url(), lines.rest());
    }

    private static TitleLink titleLink(String line) throws MalformedItemException {
        // The title may itself hold brackets, the URL may hold parentheses: split on the last "](".
        int split = line.lastIndexOf("](");
        if (!line.startsWith("[") || split < 0 || !line.endsWith(")")) {
            throw new MalformedItemException("line 2 is not a [title](url) link (found \"" + preview(line) + "\")");
        }
        String title = line.substring(1, split).strip();
        String url = line.substring(split + 2, line.length() - 1).strip();
        try {
            UrlCanonicalizer.canonicalize(url);
        } catch (IllegalArgumentException e) {
            // The canonicalizer's reason quotes the whole link: keep it short and escaped too.
            throw new MalformedItemException("line 2 link is not an absolute http(s) URL: " + Excerpt.of(e.getMessage(), 2 * PREVIEW_CHARS));
        }
        return new TitleLink(title, url);
    }

    private static String decodeUtf8(byte[] bytes) throws MalformedItemException {
        int start = startsWithBom(bytes) ? UTF8_BOM.length : 0;
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer input = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer output = CharBuffer.allocate(bytes.length);
        var result = decoder.decode(input, output, true);
        if (result.isError()) {
            throw new MalformedItemException("invalid UTF-8 at byte offset " + input.position()
                    + " (archived items must be UTF-8)");
        }
        try {
            result = decoder.flush(output);
            if (result.isError()) {
                result.throwException();
            }
        } catch (CharacterCodingException e) {
            throw new MalformedItemException("invalid UTF-8 at the end of the file (archived items must be UTF-8)");
        }
        return output.flip().toString();
    }

    private static boolean startsWithBom(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == UTF8_BOM[0] && bytes[1] == UTF8_BOM[1] && bytes[2] == UTF8_BOM[2];
    }

    /**
     * What an error quotes of a line it refuses: a few dozen characters, escaped, since the "line"
     * may be anything (the first line of a binary file, a password file behind a link).
     */
    private static String preview(String line) {
        return Excerpt.of(line, PREVIEW_CHARS);
    }

    private record TitleLink(String title, String url) {}

    /** Walks the text line by line, accepting LF and CRLF, and hands back the untouched remainder. */
    private static final class LineCursor {
        private final String text;
        private int position;

        LineCursor(String text) {
            this.text = text;
        }

        boolean hasNext() {
            return position < text.length();
        }

        String next() {
            int end = text.indexOf('\n', position);
            String line;
            if (end < 0) {
                line = text.substring(position);
                position = text.length();
            } else {
                line = text.substring(position, end);
                position = end + 1;
            }
            return line.endsWith("\r") ? line.substring(0, line.length() - 1) : line;
        }

        void skipBlank() {
            while (hasNext()) {
                int mark = position;
                if (!next().isBlank()) {
                    position = mark;
                    return;
                }
            }
        }

        String rest() {
            return text.substring(position);
        }
    }
}
