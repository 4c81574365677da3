package dev.newsflow.ingest.source.http;

import java.util.Map;

/**
 * One GET.
 *
 * @param url        absolute http(s) URL
 * @param headers    extra request headers (e.g. configured per source)
 * @param validators from the previous fetch of the same URL, for a conditional GET
 * @param limits     size, time and redirect caps
 */
public record FetchRequest(String url, Map<String, String> headers, Validators validators, FetchLimits limits) {

    public FetchRequest {
        headers = Map.copyOf(headers);
        validators = validators == null ? Validators.NONE : validators;
    }

    public static FetchRequest of(String url, FetchLimits limits) {
        return new FetchRequest(url, Map.of(), Validators.NONE, limits);
    }
}
