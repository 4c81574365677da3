package dev.newsflow.ingest.source.charset;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Page decoding against real pages: the Readability test pages and the Fundus pages (shared
 * corpora), all UTF-8, re-encoded here into the legacy charsets of their languages with every
 * declaration ({@code <meta charset>}, {@code http-equiv}) stripped, and decoded as a page that came
 * without an HTTP charset. Each must decode to the original text exactly, or be flagged; a page
 * decoded wrong without a flag is silent mojibake. A page's characters that the charset lacks are
 * written as character references first, as browsers do, so the original is what the bytes say.
 * The pages as they are (UTF-8, declarations kept, some wrong) must all decode to their text.
 *
 * <p>Prints per charset how many pages decode exactly, are flagged, and are wrong unflagged, and each
 * page decoded wrong. Runs only in the {@code conformance} profile and fails (not skips) without
 * the corpora.
 */
class PageDecodingConformanceTest {

    /** What the web means by each label (WHATWG Encoding Standard), so the test writes what real pages hold. */
    private static final Map<String, String> ENCODINGS = new LinkedHashMap<>();

    static {
        ENCODINGS.put("GBK", "GBK");
        ENCODINGS.put("GB18030", "GB18030");
        ENCODINGS.put("Big5", "Big5-HKSCS");
        ENCODINGS.put("Shift_JIS", "windows-31j");
        ENCODINGS.put("EUC-KR", "EUC-KR");
        ENCODINGS.put("windows-1251", "windows-1251");
        ENCODINGS.put("windows-1252", "windows-1252");
        ENCODINGS.put("ISO-8859-2", "ISO-8859-2");
    }

    /** Reported, not asserted: Central European text in ISO-8859-2 is read as windows-1252 by both detectors. */
    private static final List<String> REPORTED_ONLY = List.of("windows-1252", "ISO-8859-2");
    /** Pages of an asserted charset decoded wrong without a flag: what the decoder reaches now. */
    private static final int MAX_WRONG_UNFLAGGED = 0;

    private static final Pattern DECLARATION = Pattern.compile("(?i)<meta[^>]*charset[^>]*>");

    private static final Map<String, Tally> tallies = new LinkedHashMap<>();
    private static final List<String> originalsWrong = new ArrayList<>();
    private static int originals;

    record Page(String name, String html, String text) {}

    static final class Tally {
        int pages;
        int exact;
        int flaggedWrong;
        int flaggedExact;
        final List<String> wrongUnflagged = new ArrayList<>();
    }

    @BeforeAll
    static void decodeEveryPage() throws IOException {
        String corpora = System.getProperty("newsflow.corpora");
        assertThat(corpora).as("system property newsflow.corpora (set by the conformance profile)").isNotBlank();
        List<Page> pages = pages(Path.of(corpora));
        assertThat(pages).as("pages read from the corpora").hasSizeGreaterThan(300);
        DocumentDecoder decoder = new DocumentDecoder();
        for (Page page : pages) {
            originals++;
            DecodedText original = decoder.decodePage(page.html().getBytes(StandardCharsets.UTF_8), null);
            if (!original.text().equals(page.html())) {
                originalsWrong.add(page.name() + " as " + original.charset().name() + " " + original.flags());
            }
        }
        ENCODINGS.forEach((label, javaName) -> {
            Charset charset = Charset.forName(javaName);
            Tally tally = new Tally();
            tallies.put(label, tally);
            for (Page page : pages) {
                if (!writtenIn(label, page.text(), charset)) {
                    continue;
                }
                String expected = representable(DECLARATION.matcher(page.html()).replaceAll(""), charset);
                DecodedText decoded = decoder.decodePage(expected.getBytes(charset), null);
                boolean exact = decoded.text().equals(expected);
                boolean flagged = !decoded.flags().isEmpty();
                tally.pages++;
                tally.exact += exact ? 1 : 0;
                tally.flaggedExact += exact && flagged ? 1 : 0;
                tally.flaggedWrong += !exact && flagged ? 1 : 0;
                if (!exact && !flagged) {
                    tally.wrongUnflagged.add(page.name() + " as " + decoded.charset().name());
                }
            }
        });
        report();
    }

    @Test
    void shouldDecodeEveryPageAsItIsToItsText() {
        assertThat(originalsWrong).as("pages as they are, decoded wrong").isEmpty();
    }

    @Test
    void shouldDecodeEveryReencodedPageOrFlagIt() {
        ENCODINGS.keySet().stream().filter(label -> !REPORTED_ONLY.contains(label)).forEach(label -> {
            Tally tally = tallies.get(label);
            assertThat(tally.pages).as("pages written in a language of " + label).isPositive();
            assertThat(tally.wrongUnflagged).as(label + " pages decoded wrong without a flag").hasSizeLessThanOrEqualTo(MAX_WRONG_UNFLAGGED);
        });
    }

    private static void report() {
        System.out.printf("%nPages as they are: %d, decoded wrong: %d%n", originals, originalsWrong.size());
        originalsWrong.forEach(page -> System.out.println("  " + page));
        System.out.printf("%nRe-encoded without declarations (reported only: %s)%n", String.join(", ", REPORTED_ONLY));
        System.out.printf("%-14s %5s %6s %14s %16s %16s%n", "charset", "pages", "exact", "flagged wrong", "wrong unflagged", "flagged exact");
        tallies.forEach((label, t) -> System.out.printf("%-14s %5d %6d %14d %16d %16d%n",
                label, t.pages, t.exact, t.flaggedWrong, t.wrongUnflagged.size(), t.flaggedExact));
        tallies.forEach((label, t) -> t.wrongUnflagged.forEach(page -> System.out.println("wrong unflagged, " + label + ": " + page)));
    }

    /**
     * Whether the page's text is in a language {@code label} is used for: its script, and 99% of its
     * non-ASCII characters in the charset (95% for ISO-8859-2, which lacks the typographic quotes
     * Central European pages use).
     */
    private static boolean writtenIn(String label, String text, Charset charset) {
        int han = count(text, c -> c >= 0x4E00 && c <= 0x9FFF);
        int kana = count(text, c -> c >= 0x3040 && c <= 0x30FF);
        int hangul = count(text, c -> c >= 0xAC00 && c <= 0xD7AF);
        int cyrillic = count(text, c -> c >= 0x0400 && c <= 0x04FF);
        int nonAscii = count(text, c -> c >= 0x80);
        CharsetEncoder encoder = charset.newEncoder();
        int encodable = count(text, c -> c >= 0x80 && encoder.canEncode(Character.toString(c)));
        boolean mostly = nonAscii > 0 && encodable >= 0.99 * nonAscii;
        boolean latinOnly = han + kana + hangul + cyrillic == 0;
        return switch (label) {
            case "GBK", "GB18030", "Big5" -> han >= 200 && kana * 20 < han && mostly;
            case "Shift_JIS" -> kana >= 100 && mostly;
            case "EUC-KR" -> hangul >= 100 && mostly;
            case "windows-1251" -> cyrillic >= 100 && mostly;
            case "windows-1252" -> latinOnly && count(text, c -> c >= 0x80 && Character.isLetter(c)) >= 20 && mostly;
            case "ISO-8859-2" -> {
                CharsetEncoder western = Charset.forName("windows-1252").newEncoder();
                yield latinOnly && encodable >= 0.95 * nonAscii
                        && count(text, c -> c >= 0x80 && Character.isLetter(c) && !western.canEncode(Character.toString(c))) >= 20;
            }
            default -> throw new IllegalArgumentException(label);
        };
    }

    /** {@code html} with each character {@code charset} lacks written as a numeric character reference. */
    private static String representable(String html, Charset charset) {
        CharsetEncoder encoder = charset.newEncoder();
        StringBuilder out = new StringBuilder(html.length());
        html.codePoints().forEach(c -> {
            if (c < 0x80 || encoder.canEncode(Character.toString(c))) {
                out.appendCodePoint(c);
            } else {
                out.append("&#").append(c).append(';');
            }
        });
        return out.toString();
    }

    private static int count(String text, IntPredicate which) {
        return (int) text.codePoints().filter(which).count();
    }

    private static List<Page> pages(Path corpora) throws IOException {
        List<Page> pages = new ArrayList<>();
        Path readability = corpora.resolve("readability/test-pages");
        assertThat(readability).as("the readability test pages in the shared corpora").isDirectory();
        try (Stream<Path> folders = Files.list(readability)) {
            for (Path folder : folders.filter(Files::isDirectory).sorted().toList()) {
                add(pages, "readability/" + folder.getFileName(), Files.readAllBytes(folder.resolve("source.html")));
            }
        }
        Path fundus = corpora.resolve("fundus/pages");
        assertThat(fundus).as("the Fundus pages in the shared corpora").isDirectory();
        try (Stream<Path> files = Files.walk(fundus)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".html.gz")).sorted().toList()) {
                try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                    add(pages, "fundus/" + fundus.relativize(file), in.readAllBytes());
                }
            }
        }
        return pages;
    }

    /** Pages that are not UTF-8 have no original text to compare with: left out. */
    private static void add(List<Page> pages, String name, byte[] bytes) {
        try {
            String html = StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes)).toString();
            if (html.startsWith("\uFEFF")) {
                html = html.substring(1);
            }
            pages.add(new Page(name, html, Jsoup.parse(html).text()));
        } catch (CharacterCodingException notUtf8) {
            // Counted by the size check of the page list; the corpora's pages are all UTF-8 today.
        }
    }
}
