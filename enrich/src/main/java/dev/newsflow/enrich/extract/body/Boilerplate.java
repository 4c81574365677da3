package dev.newsflow.enrich.extract.body;

import dev.newsflow.enrich.extract.html.ParsedAttributes;
import dev.newsflow.enrich.extract.names.NamePattern;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * Page furniture that is never article text: navigation, site header and footer, sidebars, scripts,
 * styles, form controls, embedded frames, hidden elements, cookie-consent dialogs. Removed before the body is located and walked. {@code <form>} itself stays: some CMSs
 * wrap the whole page in one.
 *
 * <p>A consent dialog is prose of its own (a page of "we and our 223 partners process…"), often the
 * longest on a page whose article loads later: left in, it wins the search for the body. The consent
 * platforms name their dialogs, the big ones by their own names (OneTrust, Didomi, Usercentrics,
 * Cookiebot, Sourcepoint, Quantcast, TrustArc). Not dialogs in general: some sites open the
 * article itself in one ({@code render-target-modal}).
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
    private static final NamePattern CONSENT = NamePattern.ofWholeParts(
            "cookie", "cookies", "consent", "cookiebar", "cookielaw", "onetrust", "ot-sdk-container", "didomi-host",
            "usercentrics", "cookiebot", "sp_message_container", "qc-cmp2-container", "truste", "cmp-modal", "cmp-banner");

    private Boilerplate() {}

    static boolean isFurniture(Element element) {
        return TAGS.contains(element.normalName())
                || ParsedAttributes.has(element, "hidden")
                || ROLES.contains(ParsedAttributes.value(element, "role"))
                || isConsentDialog(element);
    }

    private static boolean isConsentDialog(Element element) {
        return element.attributesSize() != 0 && !element.nameIs("body") && !element.nameIs("html")
                && (CONSENT.foundIn(ParsedAttributes.className(element)) || CONSENT.foundIn(ParsedAttributes.id(element)));
    }
}
