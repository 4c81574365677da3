package dev.newsflow.enrich.extract.image;

import dev.newsflow.enrich.extract.url.WebAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Recovers an image's own URL from an image-proxy or resizing-service URL, so that the same picture
 * is one URL whichever proxy served it. Knows the proxies that carry the target in a query
 * parameter (images.weserv.nl and its successor wsrv.nl, Next.js {@code /_next/image}) and
 * WordPress's Photon CDN, which carries it in the path ({@code i0.wp.com/example.org/a.jpg}).
 * Any other URL is returned as it is.
 */
public final class ImageProxyUnwrapper {

    private static final Set<String> QUERY_PROXY_HOSTS = Set.of("images.weserv.nl", "wsrv.nl");
    private static final String NEXT_JS_IMAGE_PATH = "/_next/image";
    private static final Pattern PHOTON_HOST = Pattern.compile("^i[0-3]\\.wp\\.com$");
    /** weserv's old way of asking for an https origin: {@code ?url=ssl:example.org/a.jpg}. */
    private static final String WESERV_SSL_PREFIX = "ssl:";

    /** The image's own URL; {@code url} itself when it is not a known proxy URL. */
    public String unwrap(String url) {
        WebAddress address = WebAddress.parse(url);
        if (address == null) {
            return url;
        }
        String target = null;
        if (QUERY_PROXY_HOSTS.contains(address.host())) {
            target = withScheme(queryParameter(address, "url"));
        } else if (address.rawPath().equals(NEXT_JS_IMAGE_PATH)) {
            String reference = queryParameter(address, "url");
            target = reference == null ? null : address.resolve(reference);
        } else if (PHOTON_HOST.matcher(address.host()).matches() && address.rawPath().length() > 1) {
            target = withScheme(address.rawPath().substring(1));
        }
        return target == null || WebAddress.parse(target) == null ? url : target;
    }

    /** Proxies take the origin with or without scheme; a scheme-less one is served over https. */
    private static String withScheme(String target) {
        if (target == null || target.isBlank()) {
            return null;
        }
        String origin = target.strip();
        if (origin.startsWith(WESERV_SSL_PREFIX)) {
            return "https://" + origin.substring(WESERV_SSL_PREFIX.length());
        }
        if (origin.startsWith("//")) {
            return "https:" + origin;
        }
        return origin.contains("://") ? origin : "https://" + origin;
    }

    private static String queryParameter(WebAddress address, String name) {
        String query = address.rawQuery();
        if (query == null) {
            return null;
        }
        for (String parameter : query.split("&")) {
            int equals = parameter.indexOf('=');
            if (equals > 0 && parameter.substring(0, equals).equals(name)) {
                return URLDecoder.decode(parameter.substring(equals + 1), StandardCharsets.UTF_8);
            }
        }
        return null;
    }
}
