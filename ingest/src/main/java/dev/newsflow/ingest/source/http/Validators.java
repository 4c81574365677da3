package dev.newsflow.ingest.source.http;

/**
 * What a server said about a document's version, sent back on the next fetch as a conditional GET
 * ({@code If-None-Match} / {@code If-Modified-Since}) so an unchanged feed costs a 304 and no body.
 *
 * @param etag         the {@code ETag} header as received, or null
 * @param lastModified the {@code Last-Modified} header as received, or null
 */
public record Validators(String etag, String lastModified) {

    public static final Validators NONE = new Validators(null, null);
}
