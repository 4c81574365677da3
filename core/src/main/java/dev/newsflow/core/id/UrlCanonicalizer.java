package dev.newsflow.core.id;

import java.net.IDN;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises an article link so that every spelling of the same link gives the same id.
 *
 * <p>Written here rather than taken from a URL library because these rules are newsflow's identity
 * policy, not generic URL parsing: {@code java.net.URI} rejects the raw non-ASCII and space
 * characters that feeds carry, and URL normalisers each pick different rules (some reorder query
 * parameters, some drop {@code www.}); here the choice is explicit and tested. The rules:
 * <ul>
 *   <li>scheme and host lower-cased; an internationalised host in its ASCII (punycode) form; a
 *       trailing dot on the host dropped;</li>
 *   <li>the port written without leading zeros, the default port (80 for http, 443 for https) and
 *       the fragment dropped; a host or port that is not one (a space in the host, a port
 *       {@code :abc}) rejected;</li>
 *   <li>percent-encoding normalised: escapes of unreserved characters decoded, other escapes in upper
 *       case, raw non-ASCII characters and spaces encoded as UTF-8 escapes;</li>
 *   <li>dot segments resolved, an empty path made {@code /}, a trailing slash after a non-empty path
 *       dropped (news sites serve {@code /a/} and {@code /a} as the same article);</li>
 *   <li>tracking query parameters ({@code utm_*}, {@code fbclid}, {@code gclid}, …) removed; the other
 *       parameters keep their order, since order may matter to the site.</li>
 * </ul>
 */
public final class UrlCanonicalizer {

    /** RFC 3986, appendix B. */
    private static final Pattern URI_PARTS =
            Pattern.compile("^([a-zA-Z][a-zA-Z0-9+.\\-]*):(?://([^/?#]*))?([^?#]*)(?:\\?([^#]*))?(?:#.*)?$");

    private static final Set<String> TRACKING_PARAMETERS = Set.of(
            "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "igshid",
            "mc_cid", "mc_eid", "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok", "oly_anon_id", "oly_enc_id",
            "vero_id", "wickedid", "s_cid", "ncid", "cmpid", "at_medium", "at_campaign");

    /**
     * A host after IDN conversion: DNS labels (underscores allowed, as some real hosts have them) or a
     * bracketed IPv6 literal. Anything else, e.g. a space or a stray percent sign, is no host at all.
     */
    private static final Pattern HOST = Pattern.compile("[a-z0-9_-]+(?:\\.[a-z0-9_-]+)*|\\[[0-9a-f:.]+]");

    private static final String UNRESERVED_MARKS = "-._~";

    /** ASCII characters that may not stand raw in a URI and are therefore always escaped. */
    private static final String ALWAYS_ESCAPED = " \"<>\\^`{|}";

    private UrlCanonicalizer() {}

    /**
     * The canonical form of an absolute http(s) link.
     *
     * @throws IllegalArgumentException if {@code link} is not an absolute http or https URL with a host
     */
    public static String canonicalize(String link) {
        if (link == null || link.isBlank()) {
            throw new IllegalArgumentException("empty link");
        }
        Matcher parts = URI_PARTS.matcher(link.strip());
        if (!parts.matches()) {
            throw new IllegalArgumentException("not an absolute URL: " + link);
        }
        String scheme = parts.group(1).toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            throw new IllegalArgumentException("not an http(s) URL: " + link);
        }
        String authority = authority(scheme, parts.group(2), link);
        String path = path(parts.group(3));
        String query = query(parts.group(4));
        return scheme + "://" + authority + path + (query.isEmpty() ? "" : "?" + query);
    }

    private static String authority(String scheme, String authority, String link) {
        if (authority == null || authority.isEmpty()) {
            throw new IllegalArgumentException("no host in URL: " + link);
        }
        int at = authority.lastIndexOf('@');
        String userInfo = at >= 0 ? authority.substring(0, at + 1) : "";
        String hostPort = authority.substring(at + 1);
        String host = hostPort;
        String port = "";
        int colon = hostPort.lastIndexOf(':');
        if (colon >= 0 && hostPort.indexOf(']', colon) < 0) {
            host = hostPort.substring(0, colon);
            port = hostPort.substring(colon + 1);
        }
        host = host.toLowerCase(Locale.ROOT);
        if (host.endsWith(".")) {
            host = host.substring(0, host.length() - 1);
        }
        if (host.isEmpty()) {
            throw new IllegalArgumentException("no host in URL: " + link);
        }
        if (!host.startsWith("[")) {
            host = IDN.toASCII(host, IDN.ALLOW_UNASSIGNED).toLowerCase(Locale.ROOT);
        }
        if (!HOST.matcher(host).matches()) {
            throw new IllegalArgumentException("not a valid host in URL: " + link);
        }
        int portNumber = port(port, scheme, link);
        return userInfo + host + (portNumber == defaultPort(scheme) ? "" : ":" + portNumber);
    }

    /** The port as a number ({@code 0080} and {@code 80} are one port); an empty port is the default one. */
    private static int port(String port, String scheme, String link) {
        if (port.isEmpty()) {
            return defaultPort(scheme);
        }
        String digits = port.replaceFirst("^0+(?=\\d)", "");
        if (!digits.matches("\\d{1,5}") || Integer.parseInt(digits) > 65535) {
            throw new IllegalArgumentException("not a valid port in URL: " + link);
        }
        return Integer.parseInt(digits);
    }

    private static int defaultPort(String scheme) {
        return scheme.equals("http") ? 80 : 443;
    }

    private static String path(String rawPath) {
        String path = removeDotSegments(normalizeEscapes(rawPath));
        if (path.isEmpty()) {
            return "/";
        }
        if (path.length() > 1 && path.endsWith("/")) {
            return path.substring(0, path.length() - 1);
        }
        return path;
    }

    private static String query(String rawQuery) {
        if (rawQuery == null || rawQuery.isEmpty()) {
            return "";
        }
        List<String> kept = new ArrayList<>();
        for (String parameter : rawQuery.split("&")) {
            if (parameter.isEmpty()) {
                continue;
            }
            String normalized = normalizeEscapes(parameter);
            int equals = normalized.indexOf('=');
            String name = (equals >= 0 ? normalized.substring(0, equals) : normalized).toLowerCase(Locale.ROOT);
            if (!name.startsWith("utm_") && !TRACKING_PARAMETERS.contains(name)) {
                kept.add(normalized);
            }
        }
        return String.join("&", kept);
    }

    /** Decodes escapes of unreserved characters, upper-cases the rest, escapes raw non-ASCII and unsafe characters. */
    static String normalizeEscapes(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '%' && isHex(text, i + 1) && isHex(text, i + 2)) {
                int value = Integer.parseInt(text.substring(i + 1, i + 3), 16);
                if (value < 0x80 && isUnreserved((char) value)) {
                    out.append((char) value);
                } else {
                    appendEscape(out, value);
                }
                i += 3;
            } else if (c == '%') {
                appendEscape(out, '%');
                i++;
            } else if (c < 0x80 && ALWAYS_ESCAPED.indexOf(c) < 0 && c > 0x20 && c != 0x7f) {
                out.append(c);
                i++;
            } else {
                int codePoint = text.codePointAt(i);
                for (byte b : new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8)) {
                    appendEscape(out, b & 0xff);
                }
                i += Character.charCount(codePoint);
            }
        }
        return out.toString();
    }

    private static boolean isHex(String text, int index) {
        return index < text.length() && Character.digit(text.charAt(index), 16) >= 0;
    }

    private static boolean isUnreserved(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || UNRESERVED_MARKS.indexOf(c) >= 0;
    }

    private static void appendEscape(StringBuilder out, int value) {
        out.append('%').append(Character.toUpperCase(Character.forDigit(value >> 4, 16)))
                .append(Character.toUpperCase(Character.forDigit(value & 0xf, 16)));
    }

    /** RFC 3986, section 5.2.4. */
    private static String removeDotSegments(String path) {
        if (!path.contains(".")) {
            return path;
        }
        List<String> output = new ArrayList<>();
        String[] segments = path.split("/", -1);
        for (int i = 0; i < segments.length; i++) {
            String segment = segments[i];
            boolean last = i == segments.length - 1;
            if (segment.equals(".")) {
                if (last) {
                    output.add("");
                }
            } else if (segment.equals("..")) {
                if (output.size() > 1) {
                    output.remove(output.size() - 1);
                }
                if (last) {
                    output.add("");
                }
            } else {
                output.add(segment);
            }
        }
        String joined = String.join("/", output);
        return path.startsWith("/") && !joined.startsWith("/") ? "/" + joined : joined;
    }
}
