package dev.newsflow.ingest.source.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * Turns a host name into the addresses a fetch may connect to. Injectable so that tests can map a
 * name to a private or metadata address and prove the SSRF guard refuses it before any connection.
 */
@FunctionalInterface
public interface HostResolver {

    /** The operating system's resolver (IP literals resolve to themselves, without a lookup). */
    HostResolver SYSTEM = host -> List.of(InetAddress.getAllByName(host));

    List<InetAddress> resolve(String host) throws UnknownHostException;
}
