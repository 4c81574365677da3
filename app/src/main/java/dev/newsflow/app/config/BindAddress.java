package dev.newsflow.app.config;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The interface a port listens on, as operators write it: an IPv4 literal ({@code 127.0.0.1},
 * {@code 10.0.0.5}) or an IPv6 one ({@code ::1}, {@code [::1]}). Never a host name: reading the
 * configuration must not wait for DNS, and a name that resolves differently tomorrow would move the port.
 */
final class BindAddress {

    private static final Pattern IPV4 = Pattern.compile("(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})\\.(\\d{1,3})");

    private BindAddress() {}

    static InetAddress parse(String text) {
        String value = text.strip();
        try {
            Matcher m = IPV4.matcher(value);
            if (m.matches()) {
                byte[] octets = new byte[4];
                for (int i = 0; i < 4; i++) {
                    int octet = Integer.parseInt(m.group(i + 1));
                    if (octet > 255) {
                        throw notAnAddress(text);
                    }
                    octets[i] = (byte) octet;
                }
                return InetAddress.getByAddress(octets);
            }
            // With a colon in it the JDK reads the text as an IPv6 literal and never looks it up as a name.
            if (value.contains(":")) {
                return InetAddress.getByName(value);
            }
        } catch (UnknownHostException e) {
            throw notAnAddress(text);
        }
        throw notAnAddress(text);
    }

    private static IllegalArgumentException notAnAddress(String text) {
        return new IllegalArgumentException("not an IP address: '" + text + "' (e.g. 127.0.0.1, 0.0.0.0, ::1)");
    }
}
