package dev.newsflow.app.observe;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.newsflow.core.observe.StageMeters;
import dev.newsflow.enrich.Enricher;
import dev.newsflow.enrich.topology.EnrichConfig;
import dev.newsflow.enrich.topology.EnrichStage;
import dev.newsflow.ingest.IngestReport;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The provisioned Grafana dashboard is valid JSON, and every panel queries metrics that newsflow
 * really exports: the names are collected from a live registry in which each kind of meter has been
 * recorded once, with an (unstarted) enrich stage bound for the Kafka Streams and client metrics.
 */
class GrafanaDashboardTest {

    private static final Path DASHBOARD = Path.of("..", "ops", "grafana", "dashboards", "newsflow.json");
    private static final Path DATASOURCE = Path.of("..", "ops", "grafana", "provisioning", "datasources", "prometheus.yml");
    /** After labels, strings and ranges are cut out, a PromQL word not followed by "(" is a metric name or a keyword. */
    private static final Pattern WORD = Pattern.compile("\\b([a-zA-Z_:][a-zA-Z0-9_:]*)\\b(?!\\s*\\()");
    private static final Set<String> PROMQL_KEYWORDS = Set.of("by", "without", "on", "ignoring", "group_left", "group_right",
            "bool", "and", "or", "unless", "offset");

    @TempDir
    Path state;

    private Set<String> exportedMetricNames() {
        try (Observability observability = new Observability();
             EnrichStage enrich = new EnrichStage(new EnrichConfig("127.0.0.1:9", "grafana-test", state, 1, Map.of()),
                     new Enricher(), Clock.systemUTC())) {
            StageMeters meters = new StageMeters(observability.registry());
            meters.enriched("archive", "en", Duration.ofMillis(3));
            meters.failed("archive", "java.lang.IllegalArgumentException", Duration.ofMillis(1));
            observability.ingestMeters().passed(new IngestReport(1, 1, 0));
            return observability.registry().scrape().lines()
                    .filter(line -> !line.startsWith("#") && !line.isBlank())
                    .map(line -> line.split("[{ ]", 2)[0])
                    .collect(Collectors.toSet());
        }
    }

    private static List<JsonNode> panels(JsonNode dashboard) {
        List<JsonNode> panels = new ArrayList<>();
        dashboard.path("panels").forEach(panel -> {
            panels.add(panel);
            panel.path("panels").forEach(panels::add); // panels inside collapsed rows
        });
        return panels;
    }

    private static Set<String> metricsIn(String expression) {
        String words = expression
                .replaceAll("\\{[^}]*}", " ")                          // label matchers
                .replaceAll("\\[[^\\]]*\\]", " ")                        // range selectors
                .replaceAll("\\b(by|without)\\s*\\([^)]*\\)", " ")   // grouping labels
                .replaceAll("\\b\\d+(\\.\\d+)?\\b", " ");            // numbers
        Set<String> names = new TreeSet<>();
        Matcher matcher = WORD.matcher(words);
        while (matcher.find()) {
            if (!PROMQL_KEYWORDS.contains(matcher.group(1))) {
                names.add(matcher.group(1));
            }
        }
        return names;
    }

    @Test
    void shouldQueryOnlyMetricsTheCodeExports() throws Exception {
        JsonNode dashboard = new ObjectMapper().readTree(DASHBOARD.toFile());
        Set<String> exported = exportedMetricNames();

        assertThat(dashboard.path("uid").asText()).isEqualTo("newsflow");
        assertThat(panels(dashboard)).isNotEmpty().allSatisfy(panel -> {
            assertThat(panel.path("targets")).as("targets of panel %s", panel.path("title")).isNotEmpty();
            panel.path("targets").forEach(target -> {
                Set<String> metrics = metricsIn(target.path("expr").asText());
                assertThat(metrics).as("metrics in %s", target.path("expr")).isNotEmpty();
                assertThat(exported).as("exported metrics").containsAll(metrics);
            });
        });
    }

    @Test
    void shouldCoverThePipelineMetrics() throws Exception {
        String queries = panels(new ObjectMapper().readTree(DASHBOARD.toFile())).stream()
                .flatMap(panel -> StreamSupport.stream(panel.path("targets").spliterator(), false))
                .map(target -> target.path("expr").asText())
                .collect(Collectors.joining("\n"));

        assertThat(queries).contains("newsflow_articles_total", "newsflow_dead_letters_total",
                "newsflow_enrich_latency_seconds_bucket", "newsflow_enriched_languages_total", "kafka_", "jvm_");
    }

    @Test
    void shouldUseTheProvisionedDatasource() throws Exception {
        JsonNode dashboard = new ObjectMapper().readTree(DASHBOARD.toFile());
        JsonNode datasource = new ObjectMapper(new YAMLFactory())
                .readTree(DATASOURCE.toFile()).path("datasources").get(0);

        assertThat(panels(dashboard)).allSatisfy(panel ->
                assertThat(panel.path("datasource").path("uid").asText()).isEqualTo(datasource.path("uid").asText()));
    }
}
