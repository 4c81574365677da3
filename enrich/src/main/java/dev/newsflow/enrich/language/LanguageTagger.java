package dev.newsflow.enrich.language;

import dev.newsflow.core.event.EnrichedArticle.Language;
import dev.newsflow.core.event.EnrichedArticle.Language.Segment;
import dev.newsflow.core.event.EnrichedArticle.Language.Share;
import dev.newsflow.language.Detection;
import dev.newsflow.language.LanguageDetector;
import dev.newsflow.language.script.ChineseScripts;
import dev.newsflow.language.script.ScriptProfile;
import dev.newsflow.language.script.WritingSystem;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Tags an article segment by segment (title, headings, paragraphs, captions) and as a whole, with
 * the language module's script-first detector.
 *
 * <p>A segment the detector is sure of keeps its own tag: that is how the Simplified subheading among
 * Traditional paragraphs of a switching article keeps {@code zh-Hans}. A segment it is unsure of (a
 * two-word heading, a Han line without characters only one standard writes) falls back, and says so
 * in its {@code basis}: first to the document, that is the tag most sure segments of the same
 * writing system carry (a Latin byline in a Chinese article never becomes Chinese); then to the feed's
 * or page's declared language when that language is written in the segment's script; otherwise it
 * keeps its own weak guess.
 *
 * <p>The document's tag is the tag holding the largest share of letters; it is {@code mixed} when a
 * second known tag holds at least {@value #MIXED_SHARE} of them. Thread-safe.
 */
public final class LanguageTagger {

    /** From this share of the letters on, a second language is part of the document in earnest. */
    static final double MIXED_SHARE = 0.10;

    /** The confidence given to a declared language: the declaration may be a site-wide default. */
    private static final double DECLARED_CONFIDENCE = 0.5;

    /** A tag taken over from the document is as good as the document's, halved: it is borrowed. */
    private static final double BORROWED_CONFIDENCE_FACTOR = 0.5;

    static final String BASIS_DOCUMENT = "document";
    static final String BASIS_DECLARED = "declared";

    private final Supplier<LanguageDetector> detector;

    /** Over the shared detector, loaded on the first article rather than at start (about a second). */
    public LanguageTagger() {
        this(LanguageDetector::shared);
    }

    LanguageTagger(Supplier<LanguageDetector> detector) {
        this.detector = detector;
    }

    /**
     * The document's language from its segments.
     *
     * @param segments         title, headings, paragraphs and captions
     * @param declaredLanguage the feed's or page's declared language, or null
     */
    public Language tag(List<TextSegment> segments, String declaredLanguage) {
        LanguageDetector languageDetector = detector.get();
        List<Detected> detected = segments.stream().map(segment -> Detected.of(segment, languageDetector)).toList();
        Map<WritingSystem, String> documentTags = documentTagBySystem(detected);
        String declared = normalize(declaredLanguage);

        List<Segment> tagged = new ArrayList<>(segments.size());
        for (Detected segment : detected) {
            Decision decision = decide(segment, documentTags, declared);
            tagged.add(new Segment(segment.text.kind(), segment.text.index(), decision.tag, round(decision.confidence),
                    decision.tag.equals(LanguageTags.TRADITIONAL_CHINESE) ? ChineseScripts.toSimplified(segment.text.text()) : null,
                    decision.basis));
        }
        Map<String, TagTotal> totals = new LinkedHashMap<>();
        for (int i = 0; i < detected.size(); i++) {
            int letters = detected.get(i).profile.letters();
            if (letters > 0) {
                Segment segment = tagged.get(i);
                totals.computeIfAbsent(segment.tag(), tag -> new TagTotal(segment.basis())).add(letters, segment.confidence());
            }
        }
        return document(totals, tagged);
    }

    /**
     * For each writing system, the tag that the segments sure of themselves give most letters to. Han
     * segments without evidence of their own are left out: they are what this is for.
     */
    private static Map<WritingSystem, String> documentTagBySystem(List<Detected> detected) {
        Map<WritingSystem, Map<String, Integer>> letters = new EnumMap<>(WritingSystem.class);
        for (Detected segment : detected) {
            if (segment.system != null && segment.detection.isSure()) {
                letters.computeIfAbsent(segment.system, system -> new LinkedHashMap<>())
                        .merge(segment.detection.tag(), segment.profile.letters(), Integer::sum);
            }
        }
        Map<WritingSystem, String> tags = new EnumMap<>(WritingSystem.class);
        letters.forEach((system, byTag) -> tags.put(system,
                byTag.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey()));
        // Han segments too short to be sure still carry evidence: summed over the document, it settles them.
        if (!tags.containsKey(WritingSystem.HAN)) {
            int simplified = detected.stream().mapToInt(segment -> segment.profile.simplifiedOnly()).sum();
            int traditional = detected.stream().mapToInt(segment -> segment.profile.traditionalOnly()).sum();
            if (simplified != traditional) {
                tags.put(WritingSystem.HAN, simplified > traditional ? LanguageTags.SIMPLIFIED_CHINESE : LanguageTags.TRADITIONAL_CHINESE);
            }
        }
        return tags;
    }

    private static Decision decide(Detected segment, Map<WritingSystem, String> documentTags, String declared) {
        Detection detection = segment.detection;
        if (segment.profile.letters() == 0) {
            return new Decision(Detection.UNDETERMINED, 0, basis(Detection.Basis.NONE));
        }
        if (detection.isSure()) {
            // The declaration agrees and may say more (en-GB): keep its region, the text decided the language.
            boolean declarationRefines = declared != null && LanguageTags.primary(declared).equals(detection.tag());
            return new Decision(declarationRefines ? declared : detection.tag(), detection.confidence(), basis(detection.basis()));
        }
        String documentTag = segment.system == null ? null : documentTags.get(segment.system);
        if (documentTag != null) {
            return new Decision(documentTag, Math.max(detection.confidence(), BORROWED_CONFIDENCE_FACTOR * Detection.SURE_FROM),
                    BASIS_DOCUMENT);
        }
        if (declared != null && segment.system != null && segment.system.languages().contains(LanguageTags.primary(declared))) {
            return new Decision(declared, DECLARED_CONFIDENCE * segment.profile.share(segment.system), BASIS_DECLARED);
        }
        return new Decision(detection.tag(), detection.confidence(), basis(detection.basis()));
    }

    private static String basis(Detection.Basis basis) {
        return basis.name().toLowerCase(Locale.ROOT);
    }

    private static Language document(Map<String, TagTotal> totals, List<Segment> segments) {
        long letters = totals.values().stream().mapToLong(total -> total.letters).sum();
        if (letters == 0) {
            return new Language(Detection.UNDETERMINED, 0, false, List.of(), segments, basis(Detection.Basis.NONE));
        }
        List<Share> shares = totals.entrySet().stream()
                .map(entry -> new Share(entry.getKey(), round((double) entry.getValue().letters / letters)))
                .sorted(Comparator.comparingDouble(Share::share).reversed())
                .toList();
        Share top = shares.get(0);
        TagTotal topTotal = totals.get(top.tag());
        long knownMajorTags = shares.stream()
                .filter(share -> !share.tag().equals(Detection.UNDETERMINED) && share.share() >= MIXED_SHARE)
                .count();
        return new Language(top.tag(), round(top.share() * topTotal.meanConfidence()), knownMajorTags >= 2,
                shares, segments, topTotal.basis);
    }

    /** A declared tag in BCP-47 form ({@code en_US} → {@code en-US}); null for none or {@code und}. */
    private static String normalize(String declared) {
        if (declared == null || declared.isBlank()) {
            return null;
        }
        String tag = Locale.forLanguageTag(declared.strip().replace('_', '-')).toLanguageTag();
        return tag.equals(Detection.UNDETERMINED) ? null : tag;
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }

    /** One segment as the detector sees it. */
    private record Detected(TextSegment text, ScriptProfile profile, WritingSystem system, Detection detection) {

        static Detected of(TextSegment text, LanguageDetector detector) {
            ScriptProfile profile = ScriptProfile.of(text.text(), detector.hanVariants());
            return new Detected(text, profile, profile.dominant(), detector.detect(text.text(), profile));
        }
    }

    private record Decision(String tag, double confidence, String basis) {}

    /** Letters and letter-weighted confidence of the segments that got one tag. */
    private static final class TagTotal {
        private final String basis;
        private long letters;
        private double weightedConfidence;

        TagTotal(String basis) {
            this.basis = basis;
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
