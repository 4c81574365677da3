package dev.newsflow.ingest.source.http;

/** The SSRF guard refused a host: it resolves to an address no fetch may reach. Thrown before any connection. */
public final class BlockedAddressException extends FetchException {

    public BlockedAddressException(String message) {
        super(message);
    }
}
