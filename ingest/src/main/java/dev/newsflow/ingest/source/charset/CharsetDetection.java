package dev.newsflow.ingest.source.charset;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.mozilla.universalchardet.UniversalDetector;

/**
 * Guesses the charset of bytes that no declaration (or a wrong one) describes, with two detectors:
 * Mozilla's universal detector (juniversalchardet) answers, ICU's {@link CharsetDetector} gives a
 * second opinion. Where both read the bytes as the same text the answer is corroborated; where they
 * differ, or only one answers, the answer is a guess and says so.
 *
 * <p>Why this pair, measured on the Readability and Fundus pages (and the UD Chinese sentences, in
 * documents of 2 and 5 sentences) re-encoded with every declaration stripped, pages decoding to the
 * exact original / wrong:
 * <pre>
 *                        juniversalchardet   ICU top match    ICU match ≥ 40 that decodes
 *  GBK, GB18030 (5+5)         10 / 0            10 / 0           10 / 0
 *  Big5 (1 page)               1 / 0             1 / 0            1 / 0
 *  Shift_JIS, EUC-JP (10+10)  20 / 0            20 / 0           20 / 0
 *  EUC-KR (3)                  3 / 0             3 / 0            3 / 0
 *  windows-1251, KOI8-R (2+2)  4 / 0             2 / 2            0 / 0 (4 none)
 *  windows-1252 (120)        120 / 0           119 / 1           40 / 0 (80 none)
 *  ISO-8859-2 (5)              0 / 5             1 / 4            0 / 0 (5 none)
 *  windows-1250 (6)            0 / 0 (6 none)    1 / 5            0 / 0 (6 none)
 *  UD Chinese, GBK/GB18030  700 / 0           700 / 0          700 / 0
 *  UD Chinese, Big5 (350)    346 / 4           350 / 0          350 / 0
 *  UD Traditional in GBK     250 / 0           250 / 0          250 / 0
 * </pre>
 * juniversalchardet is as good on the CJK pages, better on Cyrillic and Latin, and faster (2–5 ms
 * a page against 5–9); ICU is the better judge of short Traditional Chinese, where
 * juniversalchardet now and then says GB18030, and of short Cyrillic, where it may say Mac
 * Cyrillic. So juniversalchardet answers, disagreement is flagged, and on disagreement a non-Latin
 * answer of ICU's is tried first.
 * Through {@link DocumentDecoder#decodePage} (PageDecodingConformanceTest) that decodes every GBK,
 * GB18030, Big5, Shift_JIS, EUC-KR and windows-1251 page above exactly (one windows-1251 page
 * flagged), 117 of 118 windows-1252 pages (the other flagged), and leaves 4 of the 5 ISO-8859-2 pages
 * read as windows-1252 unflagged: there both detectors are wrong alike.
 *
 * <p>Thread-safe: both detectors are made per call.
 */
final class CharsetDetection {

    /** Below this ICU confidence (0–100) a match of its own is a guess, not an answer. */
    private static final int MIN_ICU_CONFIDENCE = 40;

    /** Both detectors settle long before this; more only costs time. */
    private static final int SAMPLE = 256 * 1024;

    /**
     * What the detectors make of some bytes.
     *
     * @param universal  juniversalchardet's answer, or null
     * @param candidates every answer, best first: for text that is decoded whatever happens, with the doubt flagged
     * @param trusted    only answers to act on without a flag: juniversalchardet's when ICU corroborates it,
     *                   then ICU's confident ones
     * @param doubt      null when both detectors read the bytes as the same text; else why not
     */
    record Detected(Charset universal, List<Charset> candidates, List<Charset> trusted, String doubt) {}

    private CharsetDetection() {}

    static Detected detect(byte[] bytes) {
        byte[] sample = bytes.length > SAMPLE ? Arrays.copyOf(bytes, SAMPLE) : bytes;
        Charset universal = universal(sample);
        List<Charset> icu = new ArrayList<>();
        int confident = 0;
        for (CharsetMatch match : icuMatches(sample)) {
            boolean sure = match.getConfidence() >= MIN_ICU_CONFIDENCE;
            if (!sure && !icu.isEmpty()) {
                break;
            }
            Charset charset = CharsetNames.forLabel(match.getName());
            if (charset != null && !icu.contains(charset)) {
                icu.add(charset);
                confident += sure ? 1 : 0;
            }
        }
        Charset second = icu.isEmpty() ? null : icu.get(0);
        boolean disagree = universal != null && second != null && !universal.equals(second)
                && !new String(sample, universal).equals(new String(sample, second));
        String doubt = null;
        if (universal == null) {
            doubt = second == null ? "no detector named a charset" : "only ICU named one (" + second.name() + ")";
        } else if (second == null) {
            doubt = "only juniversalchardet named one (" + universal.name() + ")";
        } else if (disagree) {
            doubt = "the detectors disagree (" + universal.name() + " or " + second.name() + ")";
        }
        List<Charset> candidates = new ArrayList<>(icu.size() + 1);
        // Where they disagree, ICU's answer goes first unless it is Latin: ICU takes Cyrillic and
        // Central European text for windows-1252, but juniversalchardet is the one that errs between
        // similar non-Latin charsets (short Big5 text as GB18030, windows-1251 as Mac Cyrillic).
        if (disagree && !CharsetNames.isLatin(second)) {
            candidates.add(second);
        }
        if (universal != null && !candidates.contains(universal)) {
            candidates.add(universal);
        }
        icu.stream().filter(c -> !candidates.contains(c)).forEach(candidates::add);
        List<Charset> trusted = new ArrayList<>(confident + 1);
        if (universal != null && doubt == null) {
            trusted.add(universal);
        }
        icu.subList(0, confident).stream().filter(c -> !trusted.contains(c)).forEach(trusted::add);
        return new Detected(universal, List.copyOf(candidates), List.copyOf(trusted), doubt);
    }

    private static Charset universal(byte[] sample) {
        UniversalDetector detector = new UniversalDetector(null);
        detector.handleData(sample, 0, sample.length);
        detector.dataEnd();
        return CharsetNames.forLabel(detector.getDetectedCharset());
    }

    private static CharsetMatch[] icuMatches(byte[] sample) {
        CharsetDetector detector = new CharsetDetector();
        // Tags are left out of the statistics: markup is ASCII and would drown the text.
        detector.enableInputFilter(true);
        detector.setText(sample);
        return detector.detectAll();
    }
}
