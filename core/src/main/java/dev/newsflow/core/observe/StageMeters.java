package dev.newsflow.core.observe;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/**
 * The pipeline's own meters: articles in and out per stage and source, dead letters by stage and
 * reason, enrich latency, and the languages of enriched articles. Every stage records with these
 * names and tags (the app records ingest and sink through the static builders), so one dashboard
 * query covers every stage. The instance methods are the enrich stage's recordings.
 */
public final class StageMeters {

    /** Counter {@code newsflow_articles_total{stage,outcome,source}}. */
    public static final String ARTICLES = "newsflow.articles";
    /** Counter {@code newsflow_dead_letters_total{stage,reason}}. */
    public static final String DEAD_LETTERS = "newsflow.dead.letters";
    /** Timer with histogram {@code newsflow_enrich_latency_seconds{outcome}}: one record's enrichment. */
    public static final String LATENCY = "newsflow.enrich.latency";
    /** Counter {@code newsflow_enriched_languages_total{language}}: document language of enriched articles. */
    public static final String LANGUAGES = "newsflow.enriched.languages";

    public static final String STAGE = "stage";
    public static final String OUTCOME = "outcome";
    public static final String SOURCE = "source";
    public static final String REASON = "reason";
    public static final String LANGUAGE = "language";

    /** Every record a stage took in. */
    public static final String IN = "in";
    /** Every record a stage passed on (published, enriched, stored). */
    public static final String OUT = "out";
    /** Every record a stage turned into a dead letter. */
    public static final String DEAD_LETTERED = "dead_lettered";

    /** Source tag of a record too broken to tell its source. */
    public static final String UNKNOWN = "unknown";

    private static final String ENRICH = "enrich";
    private static final int REASON_LENGTH = 60;

    private final MeterRegistry registry;

    public StageMeters(MeterRegistry registry) {
        this.registry = registry;
    }

    /** The counter of {@code stage}'s articles from {@code source} with {@code outcome}. */
    public static Counter articles(MeterRegistry registry, String stage, String outcome, String source) {
        return Counter.builder(ARTICLES).description("Articles per stage, outcome and source")
                .tags(STAGE, stage, OUTCOME, outcome, SOURCE, source == null ? UNKNOWN : source).register(registry);
    }

    /** The counter of {@code stage}'s dead letters for {@code reason} (shortened by {@link #reasonLabel}). */
    public static Counter deadLetters(MeterRegistry registry, String stage, String reason) {
        return Counter.builder(DEAD_LETTERS).description("Records turned into dead letters, by stage and reason")
                .tags(STAGE, stage, REASON, reasonLabel(reason)).register(registry);
    }

    /**
     * A short, low-cardinality label for a failure: an error class's simple name, or a message up to
     * its first colon (messages name files and ids, which must not become Prometheus series).
     */
    public static String reasonLabel(String reason) {
        if (reason == null || reason.isBlank()) {
            return UNKNOWN;
        }
        String label = reason.strip();
        int colon = label.indexOf(':');
        label = colon > 0 ? label.substring(0, colon) : label;
        if (label.chars().noneMatch(Character::isWhitespace)) {
            label = label.substring(label.lastIndexOf('.') + 1); // a class name: its simple name
        }
        return label.length() > REASON_LENGTH ? label.substring(0, REASON_LENGTH) : label;
    }

    public void enriched(String source, String language, Duration took) {
        articles(registry, ENRICH, IN, source).increment();
        articles(registry, ENRICH, OUT, source).increment();
        Counter.builder(LANGUAGES).description("Document language of enriched articles")
                .tag(LANGUAGE, language == null ? "und" : language).register(registry).increment();
        latency(OUT).record(took);
    }

    public void failed(String source, String errorClass, Duration took) {
        articles(registry, ENRICH, IN, source).increment();
        articles(registry, ENRICH, DEAD_LETTERED, source).increment();
        deadLetters(registry, ENRICH, errorClass).increment();
        latency(DEAD_LETTERED).record(took);
    }

    private Timer latency(String outcome) {
        return Timer.builder(LATENCY).description("Time to enrich one raw article")
                .tag(OUTCOME, outcome).publishPercentileHistogram().register(registry);
    }
}
