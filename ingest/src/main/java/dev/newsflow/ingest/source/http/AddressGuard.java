package dev.newsflow.ingest.source.http;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.List;

/**
 * The SSRF guard: refuses hosts that resolve to loopback, private, link-local, cloud-metadata or
 * unspecified addresses, unless an operator allowed a range in config. It checks every address a
 * name resolves to, so DNS cannot smuggle an internal address in among public ones, and it hands
 * back the checked addresses so the caller connects to exactly those (no second lookup between
 * check and connect).
 */
public final class AddressGuard {

    private record Blocked(CidrRange range, String kind) {}

    private static final List<Blocked> BLOCKED = List.of(
            // Metadata endpoints first: they sit inside link-local / ULA, and the finer name helps operators.
            new Blocked(CidrRange.parse("169.254.169.254/32"), "cloud-metadata"),
            new Blocked(CidrRange.parse("fd00:ec2::254/128"), "cloud-metadata"),
            new Blocked(CidrRange.parse("0.0.0.0/8"), "unspecified"),
            new Blocked(CidrRange.parse("::/128"), "unspecified"),
            new Blocked(CidrRange.parse("127.0.0.0/8"), "loopback"),
            new Blocked(CidrRange.parse("::1/128"), "loopback"),
            new Blocked(CidrRange.parse("10.0.0.0/8"), "private"),
            new Blocked(CidrRange.parse("172.16.0.0/12"), "private"),
            new Blocked(CidrRange.parse("192.168.0.0/16"), "private"),
            new Blocked(CidrRange.parse("100.64.0.0/10"), "private (carrier-grade NAT)"),
            new Blocked(CidrRange.parse("fc00::/7"), "private"),
            new Blocked(CidrRange.parse("169.254.0.0/16"), "link-local"),
            new Blocked(CidrRange.parse("fe80::/10"), "link-local"),
            new Blocked(CidrRange.parse("224.0.0.0/4"), "multicast"),
            new Blocked(CidrRange.parse("ff00::/8"), "multicast"),
            new Blocked(CidrRange.parse("255.255.255.255/32"), "broadcast"));

    private final HostResolver resolver;
    private final List<CidrRange> allowed;

    /**
     * @param resolver how host names become addresses
     * @param allowed  ranges an operator allowed although they are blocked by default (e.g. an intranet feed host)
     */
    public AddressGuard(HostResolver resolver, List<CidrRange> allowed) {
        this.resolver = resolver;
        this.allowed = List.copyOf(allowed);
    }

    /** A guard on the system resolver that allows nothing extra. */
    public static AddressGuard strict() {
        return new AddressGuard(HostResolver.SYSTEM, List.of());
    }

    /**
     * Resolves {@code host} and returns its addresses if every one of them may be reached.
     *
     * @throws BlockedAddressException if any address is blocked (the message names host, address and why)
     * @throws FetchException          if the name does not resolve
     */
    public List<InetAddress> check(String host) throws FetchException {
        List<InetAddress> addresses;
        try {
            addresses = resolver.resolve(host);
        } catch (UnknownHostException e) {
            throw new FetchException("cannot resolve host " + host, e);
        }
        if (addresses.isEmpty()) {
            throw new FetchException("cannot resolve host " + host + ": no addresses");
        }
        for (InetAddress address : addresses) {
            String kind = blockedKind(address);
            if (kind != null) {
                throw new BlockedAddressException("refused " + host + ": it resolves to " + address.getHostAddress()
                        + ", a " + kind + " address (allow the range in config to fetch from it)");
            }
        }
        return addresses;
    }

    private String blockedKind(InetAddress address) {
        InetAddress plain = unmapped(address);
        for (CidrRange range : allowed) {
            if (range.contains(plain)) {
                return null;
            }
        }
        for (Blocked blocked : BLOCKED) {
            if (blocked.range().contains(plain)) {
                return blocked.kind();
            }
        }
        return null;
    }

    /** {@code ::ffff:10.0.0.1} is 10.0.0.1 to the network stack, so it is judged as IPv4. */
    private static InetAddress unmapped(InetAddress address) {
        byte[] bytes = address.getAddress();
        if (bytes.length != 16) {
            return address;
        }
        for (int i = 0; i < 10; i++) {
            if (bytes[i] != 0) {
                return address;
            }
        }
        if ((bytes[10] & 0xFF) != 0xFF || (bytes[11] & 0xFF) != 0xFF) {
            return address;
        }
        try {
            return InetAddress.getByAddress(new byte[] {bytes[12], bytes[13], bytes[14], bytes[15]});
        } catch (UnknownHostException e) {
            throw new IllegalStateException("four bytes are always an IPv4 address", e);
        }
    }
}
