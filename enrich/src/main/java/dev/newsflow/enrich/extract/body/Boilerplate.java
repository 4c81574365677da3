package dev.newsflow.enrich.extract.body;

import dev.newsflow.enrich.extract.html.ParsedAttributes;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Page furniture that is never article text: navigation, site header and footer, sidebars, scripts,
 * styles, form controls, embedded frames, hidden elements. Removed before the body is located and
 * walked. {@code <form>} itself stays: some CMSs wrap the whole page in one.
 *
 * <p>Asked of each element in one walk that skips what it removes ({@link PagePreparation}),
 * rather than a CSS selector of two dozen alternatives, which tests every alternative on every
 * element: this runs on every page.
 */
final class Boilerplate {

    private static final Set<String> TAGS = Set.of(
            "nav", "header", "footer", "aside", "script", "style", "noscript", "template", "iframe",
            "object", "embed", "button", "select", "input", "textarea", "svg", "canvas", "dialog", "menu");
    private static final Set<String> ROLES = Set.of("navigation", "banner", "contentinfo", "complementary");

    private Boilerplate() {}

    static boolean isFurniture(Element element) {
        return TAGS.contains(element.normalName())
                || ParsedAttributes.has(element, "hidden")
                || ROLES.contains(ParsedAttributes.value(element, "role"));
    }
}
