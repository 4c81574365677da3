package dev.newsflow.app.run;

import dev.newsflow.core.event.Stage;
import dev.newsflow.core.observe.StageMeters;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The rates of enrich and sink during a load run, from the {@code newsflow_articles_total} counters
 * the stages keep (ingest counts a whole input batch at its end, so its rate is timed around the
 * ingest call instead): sampled every {@value #SAMPLE_MILLIS} ms, a stage's rate is the records it passed on
 * (published, enriched, stored) over the time from the first sample that saw one to the last sample
 * that saw its count rise. Which stage is slowest is then plain to see, where the end-to-end rate
 * only says that one is.
 */
final class StageRates implements AutoCloseable {

    private static final List<String> STAGES = List.of(Stage.ENRICH.wireName(), Stage.SINK.wireName());
    private static final int SAMPLE_MILLIS = 50;

    private final MeterRegistry registry;
    private final ScheduledExecutorService sampler = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "newsflow-bench-sampler");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Progress> progress = new LinkedHashMap<>();

    private static final class Progress {
        double count;
        long firstNanos = -1;
        long lastNanos = -1;
    }

    StageRates(MeterRegistry registry) {
        this.registry = registry;
        STAGES.forEach(stage -> progress.put(stage, new Progress()));
        sampler.scheduleAtFixedRate(this::sample, 0, SAMPLE_MILLIS, TimeUnit.MILLISECONDS);
    }

    private synchronized void sample() {
        long now = System.nanoTime();
        for (String stage : STAGES) {
            double count = passedOn(stage);
            Progress stageProgress = progress.get(stage);
            if (count > stageProgress.count) {
                if (stageProgress.firstNanos < 0) {
                    stageProgress.firstNanos = now;
                }
                stageProgress.lastNanos = now;
                stageProgress.count = count;
            }
        }
    }

    private double passedOn(String stage) {
        return registry.find(StageMeters.ARTICLES).tag(StageMeters.STAGE, stage).tag(StageMeters.OUTCOME, StageMeters.OUT)
                .counters().stream().mapToDouble(Counter::count).sum();
    }

    /** Articles per second of each stage, in pipeline order; 0 for a stage that passed on at most one sample's worth. */
    synchronized Map<String, Double> perSecond() {
        sample();
        Map<String, Double> rates = new LinkedHashMap<>();
        progress.forEach((stage, stageProgress) -> {
            double seconds = (stageProgress.lastNanos - stageProgress.firstNanos) / 1e9;
            rates.put(stage, seconds > 0 ? stageProgress.count / seconds : 0);
        });
        return rates;
    }

    @Override
    public void close() {
        sampler.shutdownNow();
    }
}
