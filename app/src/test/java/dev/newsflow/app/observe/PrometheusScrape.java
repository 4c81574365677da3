package dev.newsflow.app.observe;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** One scrape of a {@code /metrics} endpoint, summed over series by label values. */
record PrometheusScrape(String text) {

    private static final Pattern SAMPLE = Pattern.compile("^([a-zA-Z_:][a-zA-Z0-9_:]*)(?:\\{(.*)})? (\\S+)$");
    private static final Pattern LABEL = Pattern.compile("([a-zA-Z_][a-zA-Z0-9_]*)=\"((?:[^\"\\\\]|\\\\.)*)\"");

    static PrometheusScrape of(String metricsUrl) throws Exception {
        HttpResponse<String> response = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(metricsUrl)).build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 200) {
            throw new AssertionError(metricsUrl + " answered " + response.statusCode());
        }
        return new PrometheusScrape(response.body());
    }

    /** The sum of {@code metric} over every series whose labels include {@code labels}. */
    long sum(String metric, Map<String, String> labels) {
        double sum = 0;
        for (String line : text.lines().toList()) {
            Matcher sample = SAMPLE.matcher(line);
            if (!sample.matches() || !sample.group(1).equals(metric)) {
                continue;
            }
            Map<String, String> seriesLabels = new HashMap<>();
            Matcher label = LABEL.matcher(sample.group(2) == null ? "" : sample.group(2));
            while (label.find()) {
                seriesLabels.put(label.group(1), label.group(2));
            }
            if (seriesLabels.entrySet().containsAll(labels.entrySet())) {
                sum += Double.parseDouble(sample.group(3));
            }
        }
        return Math.round(sum);
    }

    long articles(String stage, String outcome) {
        return sum("newsflow_articles_total", Map.of("stage", stage, "outcome", outcome));
    }
}
