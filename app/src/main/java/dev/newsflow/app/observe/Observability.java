package dev.newsflow.app.observe;

import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;

/**
 * One process's meters: a Prometheus registry with JVM metrics, joined to Micrometer's global
 * registry for as long as it is open, so the meters that library code records globally (the enrich
 * stage, Kafka Streams) land in it too. Also keeps the latest stored articles for the status page.
 */
public final class Observability implements AutoCloseable {

    private static final int LATEST_ARTICLES = 20;

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final JvmGcMetrics gcMetrics = new JvmGcMetrics();
    private final LatestArticles latest = new LatestArticles(LATEST_ARTICLES);

    public Observability() {
        new ClassLoaderMetrics().bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        gcMetrics.bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        Metrics.globalRegistry.add(registry);
    }

    public PrometheusMeterRegistry registry() {
        return registry;
    }

    public LatestArticles latest() {
        return latest;
    }

    /** Counts ingest passes into this process's registry. */
    public IngestMeters ingestMeters() {
        return new IngestMeters(registry);
    }

    @Override
    public void close() {
        Metrics.globalRegistry.remove(registry);
        gcMetrics.close();
        registry.close();
    }
}
