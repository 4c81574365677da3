package dev.newsflow.app.observe;

import dev.newsflow.core.observe.StageMeters;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@code /status.json} answers: this process's counters read back from its meter registry,
 * the consumer lag, and the latest stored articles. The page computes rates from successive reports.
 *
 * @param process     which command serves it: run, ingest, enrich or sink
 * @param ready       whether its stages are running
 * @param articles    article counters per stage, outcome and source
 * @param languages   enriched articles per document language
 * @param deadLetters dead letters per stage and reason
 * @param lag         enrich and sink consumer lag, when the cluster answered
 * @param latest      the latest stored articles, newest first (titles are plain text)
 */
public record StatusReport(String process, boolean ready, Instant time, List<ArticleCount> articles,
                           Map<String, Long> languages, List<DeadLetterCount> deadLetters,
                           List<ConsumerLag.GroupLag> lag, List<LatestArticles.StoredArticle> latest) {

    public record ArticleCount(String stage, String outcome, String source, long count) {}

    public record DeadLetterCount(String stage, String reason, long count) {}

    static StatusReport of(String process, boolean ready, Instant time, Observability observability,
                           List<ConsumerLag.GroupLag> lag) {
        MeterRegistry registry = observability.registry();
        List<ArticleCount> articles = registry.find(StageMeters.ARTICLES).counters().stream()
                .map(counter -> new ArticleCount(tag(counter, StageMeters.STAGE), tag(counter, StageMeters.OUTCOME),
                        tag(counter, StageMeters.SOURCE), count(counter)))
                .sorted(Comparator.comparing(ArticleCount::stage).thenComparing(ArticleCount::outcome)
                        .thenComparing(ArticleCount::source))
                .toList();
        Map<String, Long> languages = new TreeMap<>();
        registry.find(StageMeters.LANGUAGES).counters()
                .forEach(counter -> languages.merge(tag(counter, StageMeters.LANGUAGE), count(counter), Long::sum));
        List<DeadLetterCount> deadLetters = registry.find(StageMeters.DEAD_LETTERS).counters().stream()
                .map(counter -> new DeadLetterCount(tag(counter, StageMeters.STAGE), tag(counter, StageMeters.REASON), count(counter)))
                .filter(count -> count.count() > 0)
                .sorted(Comparator.comparing(DeadLetterCount::stage).thenComparing(DeadLetterCount::reason))
                .toList();
        return new StatusReport(process, ready, time, articles, languages, deadLetters, lag, observability.latest().newestFirst());
    }

    private static String tag(Counter counter, String key) {
        String value = counter.getId().getTag(key);
        return value == null ? StageMeters.UNKNOWN : value;
    }

    private static long count(Counter counter) {
        return Math.round(counter.count());
    }
}
