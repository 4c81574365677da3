package dev.newsflow.enrich.language;

import dev.newsflow.core.event.EnrichedArticle.Language;
import dev.newsflow.core.event.EnrichedArticle.Language.Segment;
import dev.newsflow.core.event.EnrichedArticle.Language.Share;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Tags text by its writing system, segment by segment, and the document by its letters.
 *
 * <p>Script first: Hangul is Korean; Han with kana is Japanese; other Han text is Chinese, and
 * Simplified ({@code zh-Hans}) or Traditional ({@code zh-Hant}) by counting the characters only one
 * standard writes (see {@link HanVariants}). A Han segment without such characters (a short one, often) takes the
 * variant the whole document leans to. Segments in other scripts take the declared language (feed or
 * page), or stay {@code und}: telling English from German by their words is the job of the full
 * language detector that comes later, and guessing here would be dishonest.
 *
 * <p>The document's tag is the tag holding the largest share of letters; it is {@code mixed} when a
 * second known tag holds at least {@value #MIXED_SHARE} of them. Thread-safe.
 */
public final class LanguageTagger {

    /** From this share of the letters on, a second language is part of the document in earnest. */
    static final double MIXED_SHARE = 0.10;

    /** Japanese writes kana among its kanji in every sentence; Chinese quotes a kana brand name now and then. */
    private static final double JAPANESE_KANA_SHARE = 0.10;

    /** The confidence given to a declared language: the declaration may be a site-wide default. */
    private static final double DECLARED_CONFIDENCE = 0.5;

    /** Languages written in CJK scripts: a declaration of these says nothing about a Latin paragraph. */
    private static final Set<String> CJK_LANGUAGES = Set.of(
            "zh", "ja", "ko", "yue", "wuu", "cmn", "lzh", "hak", "nan", "gan", "hsn", "cjy");

    private static final String CHINESE = "zh";
    private static final String SIMPLIFIED_CHINESE = "zh-Hans";
    private static final String TRADITIONAL_CHINESE = "zh-Hant";

    /** The language of one text, e.g. a line given to {@code newsflow lang}. */
    public DetectedLanguage detect(String text, String declaredLanguage) {
        ScriptCounts counts = ScriptCounts.of(text, HanVariants.get());
        return decide(counts, normalize(declaredLanguage), chineseVariant(counts.simplifiedOnly(), counts.traditionalOnly()));
    }

    /**
     * The document's language from its segments.
     *
     * @param segments         title, headings, paragraphs and captions
     * @param declaredLanguage the feed's or page's declared language, or null
     */
    public Language tag(List<TextSegment> segments, String declaredLanguage) {
        HanVariants variants = HanVariants.get();
        String declared = normalize(declaredLanguage);
        List<ScriptCounts> counts = segments.stream().map(segment -> ScriptCounts.of(segment.text(), variants)).toList();
        String documentVariant = chineseVariant(
                counts.stream().mapToInt(ScriptCounts::simplifiedOnly).sum(),
                counts.stream().mapToInt(ScriptCounts::traditionalOnly).sum());

        List<Segment> tagged = new ArrayList<>(segments.size());
        Map<String, TagTotal> totals = new LinkedHashMap<>();
        for (int i = 0; i < segments.size(); i++) {
            TextSegment segment = segments.get(i);
            DetectedLanguage language = decide(counts.get(i), declared, documentVariant);
            tagged.add(new Segment(segment.kind(), segment.index(), language.tag(), round(language.confidence()),
                    language.tag().equals(TRADITIONAL_CHINESE) ? ChineseScripts.toSimplified(segment.text()) : null));
            if (counts.get(i).letters() > 0) {
                totals.computeIfAbsent(language.tag(), tag -> new TagTotal(language.method()))
                        .add(counts.get(i).letters(), language.confidence());
            }
        }
        return document(totals, tagged);
    }

    private static Language document(Map<String, TagTotal> totals, List<Segment> segments) {
        long letters = totals.values().stream().mapToLong(total -> total.letters).sum();
        if (letters == 0) {
            return new Language(DetectedLanguage.UNDETERMINED, 0, false, List.of(), segments, DetectedLanguage.NONE);
        }
        List<Share> shares = totals.entrySet().stream()
                .map(entry -> new Share(entry.getKey(), round((double) entry.getValue().letters / letters)))
                .sorted(Comparator.comparingDouble(Share::share).reversed())
                .toList();
        Share top = shares.get(0);
        TagTotal topTotal = totals.get(top.tag());
        long knownMajorTags = shares.stream()
                .filter(share -> !share.tag().equals(DetectedLanguage.UNDETERMINED) && share.share() >= MIXED_SHARE)
                .count();
        return new Language(top.tag(), round(top.share() * topTotal.meanConfidence()), knownMajorTags >= 2,
                shares, segments, topTotal.method);
    }

    private static DetectedLanguage decide(ScriptCounts counts, String declared, String documentVariant) {
        int letters = counts.letters();
        if (letters == 0) {
            return DetectedLanguage.UNKNOWN;
        }
        if (counts.cjk() < counts.otherLetters()) {
            boolean declarationFits = declared != null && !CJK_LANGUAGES.contains(primaryLanguage(declared));
            return declarationFits
                    ? new DetectedLanguage(declared, DECLARED_CONFIDENCE * counts.otherLetters() / letters, DetectedLanguage.DECLARED)
                    : DetectedLanguage.UNKNOWN;
        }
        if (counts.hangul() > counts.han() + counts.kana()) {
            return byScript("ko", (double) counts.hangul() / letters);
        }
        int japaneseScripts = counts.han() + counts.kana();
        if (counts.kana() > 0 && counts.kana() >= JAPANESE_KANA_SHARE * japaneseScripts) {
            return byScript("ja", (double) japaneseScripts / letters);
        }
        double hanShare = (double) counts.han() / letters;
        int simplified = counts.simplifiedOnly();
        int traditional = counts.traditionalOnly();
        if (simplified == traditional) {
            // No evidence either way (or a draw): the segment follows the document, with half the certainty.
            return byScript(documentVariant, hanShare / 2);
        }
        // Evidence against the majority lowers the confidence, and so does scarce evidence (+1).
        int majority = Math.max(simplified, traditional);
        double certainty = (double) majority / (simplified + traditional + 1);
        return byScript(simplified > traditional ? SIMPLIFIED_CHINESE : TRADITIONAL_CHINESE, hanShare * certainty);
    }

    private static String chineseVariant(int simplifiedOnly, int traditionalOnly) {
        if (simplifiedOnly == traditionalOnly) {
            return CHINESE;
        }
        return simplifiedOnly > traditionalOnly ? SIMPLIFIED_CHINESE : TRADITIONAL_CHINESE;
    }

    private static DetectedLanguage byScript(String tag, double confidence) {
        return new DetectedLanguage(tag, confidence, DetectedLanguage.BY_SCRIPT);
    }

    /** A declared tag in BCP-47 form ({@code en_US} → {@code en-US}); null for none or {@code und}. */
    private static String normalize(String declared) {
        if (declared == null || declared.isBlank()) {
            return null;
        }
        String tag = Locale.forLanguageTag(declared.strip().replace('_', '-')).toLanguageTag();
        return tag.equals(DetectedLanguage.UNDETERMINED) ? null : tag;
    }

    private static String primaryLanguage(String tag) {
        int dash = tag.indexOf('-');
        return (dash < 0 ? tag : tag.substring(0, dash)).toLowerCase(Locale.ROOT);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    /** Letters and letter-weighted confidence of the segments that got one tag. */
    private static final class TagTotal {
        private final String method;
        private long letters;
        private double weightedConfidence;

        TagTotal(String method) {
            this.method = method;
        }

        void add(int segmentLetters, double confidence) {
            letters += segmentLetters;
            weightedConfidence += segmentLetters * confidence;
        }

        double meanConfidence() {
            return weightedConfidence / letters;
        }
    }
}
