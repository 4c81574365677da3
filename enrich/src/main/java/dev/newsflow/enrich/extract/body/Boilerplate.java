package dev.newsflow.enrich.extract.body;

import org.jsoup.nodes.Document;

/**
 * Page furniture that is never article text: navigation, site header and footer, sidebars, scripts,
 * styles, form controls, embedded frames, hidden elements. Removed before the body is located and
 * walked. {@code <form>} itself stays: some CMSs wrap the whole page in one.
 */
final class Boilerplate {

    private static final String SELECTOR = String.join(", ",
            "nav", "header", "footer", "aside", "script", "style", "noscript", "template", "iframe",
            "object", "embed", "button", "select", "input", "textarea", "svg", "canvas", "dialog", "menu",
            "[hidden]", "[role=navigation]", "[role=banner]", "[role=contentinfo]", "[role=complementary]");

    private Boilerplate() {}

    static void remove(Document page) {
        page.select(SELECTOR).remove();
    }
}
