package dev.newsflow.enrich.extract.image;

import dev.newsflow.enrich.extract.url.ReferenceResolver;
import dev.newsflow.enrich.extract.url.WebAddress;
import java.util.List;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Where an {@code <img>} really loads from. Lazy-loading pages leave {@code src} empty or a
 * placeholder and keep the image in a {@code data-*} attribute or in {@code srcset}.
 */
public final class ImageSource {

    /** Compiled once: String.split compiles its regex on every call, and this runs for every image. */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private static final List<String> LAZY_ATTRIBUTES = List.of("data-src", "data-lazy-src", "data-original", "data-url");
    /** {@code data-srcset} is where lazysizes, the most used lazy-loading script, keeps the sources until shown. */
    private static final List<String> SRCSET_ATTRIBUTES = List.of("srcset", "data-srcset", "data-lazy-srcset");

    /** Tracking pixels and spacers are images only in name. */
    private static final int MIN_DIMENSION = 2;

    private ImageSource() {}

    /**
     * The absolute URL of the image, or null when it has none or is a placeholder, a pixel, or no
     * http(s) URL ({@link WebAddress#isWebUrl}: inline data, a script, a local file).
     */
    public static String of(Element img) {
        if (isPixel(img)) {
            return null;
        }
        String src = ReferenceResolver.absolute(img, "src");
        if (isReal(src)) {
            return src;
        }
        for (String attribute : LAZY_ATTRIBUTES) {
            String lazy = ReferenceResolver.absolute(img, attribute);
            if (isReal(lazy)) {
                return lazy;
            }
        }
        for (String attribute : SRCSET_ATTRIBUTES) {
            String candidate = firstSrcsetCandidate(img, attribute);
            if (candidate != null) {
                return candidate;
            }
        }
        return null;
    }

    private static String firstSrcsetCandidate(Element img, String attribute) {
        String srcset = img.attr(attribute).strip();
        if (srcset.isEmpty()) {
            return null;
        }
        String first = SPACES.split(srcset.split(",")[0].strip())[0];
        String absolute = ReferenceResolver.resolve(img.baseUri(), first);
        return isReal(absolute) ? absolute : null;
    }

    private static boolean isReal(String url) {
        return WebAddress.isWebUrl(url);
    }

    private static boolean isPixel(Element img) {
        return dimension(img, "width") < MIN_DIMENSION || dimension(img, "height") < MIN_DIMENSION;
    }

    private static int dimension(Element img, String attribute) {
        String value = img.attr(attribute).strip();
        if (value.isEmpty() || !value.chars().allMatch(Character::isDigit) || value.length() > 6) {
            return Integer.MAX_VALUE;
        }
        return Integer.parseInt(value);
    }
}
