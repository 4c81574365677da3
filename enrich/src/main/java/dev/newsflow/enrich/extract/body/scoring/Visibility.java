package dev.newsflow.enrich.extract.body.scoring;

import dev.newsflow.enrich.extract.html.ParsedAttributes;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/** Whether a reader would see an element, judged from its markup alone (no stylesheets are applied). */
final class Visibility {

    private static final Pattern HIDING_STYLE = Pattern.compile(
            "display\\s*:\\s*none|visibility\\s*:\\s*hidden", Pattern.CASE_INSENSITIVE);

    private Visibility() {}

    static boolean isProbablyVisible(Element element) {
        if (element.attributesSize() == 0) {
            // Nothing to hide it: the scorer asks this of every element, most of which carry no attributes.
            return true;
        }
        if (ParsedAttributes.has(element, "hidden")) {
            return false;
        }
        String style = ParsedAttributes.value(element, "style");
        if (!style.isEmpty() && HIDING_STYLE.matcher(style).find()) {
            return false;
        }
        // Wikipedia and others mark the fallback image of a math formula aria-hidden; it is still content.
        return !ParsedAttributes.value(element, "aria-hidden").equals("true") || element.hasClass("fallback-image");
    }
}
