package dev.newsflow.enrich.extract.body;

import java.util.List;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * Feeds and simple CMSs mark subheadings as a paragraph that is nothing but bold text
 * ({@code <p><strong>…</strong></p>}). A whole-bold paragraph that reads like a sentence (long, or
 * ending in a full stop) is a bold lead paragraph instead, and stays a paragraph.
 */
final class BoldParagraphHeading {

    private static final int MAX_HEADING_LENGTH = 120;

    private BoldParagraphHeading() {}

    /** Whether the nodes that make up a paragraph are one bold element and nothing else but whitespace. */
    static boolean isHeading(List<Node> nodes) {
        Element bold = null;
        for (Node node : nodes) {
            if ((node instanceof TextNode text && text.isBlank()) || (node instanceof Element br && br.nameIs("br"))) {
                continue;
            }
            if (bold != null || !(node instanceof Element element) || !(element.nameIs("strong") || element.nameIs("b"))) {
                return false;
            }
            bold = element;
        }
        if (bold == null) {
            return false;
        }
        String text = bold.text();
        return !text.isEmpty() && text.length() <= MAX_HEADING_LENGTH && !text.endsWith(".") && !text.endsWith("。");
    }
}
