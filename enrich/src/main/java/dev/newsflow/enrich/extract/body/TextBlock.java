package dev.newsflow.enrich.extract.body;

import dev.newsflow.enrich.extract.link.Anchor;
import java.util.List;

/**
 * A paragraph or a subheading of the body.
 *
 * @param kind     paragraph, heading, or a table cell (a paragraph whose text may repeat its neighbours')
 * @param text     the text with whitespace collapsed; link texts stay inline
 * @param anchors  the links in it, in order
 * @param datetime the {@code datetime} of a {@code <time>} element that makes up the whole block, else null
 */
public record TextBlock(Kind kind, String text, List<Anchor> anchors, String datetime) implements Block {

    public enum Kind { PARAGRAPH, HEADING, CELL }

    public TextBlock {
        anchors = List.copyOf(anchors);
    }

    public boolean isHeading() {
        return kind == Kind.HEADING;
    }

    /** The same block with other text (after a credit was cut from it). */
    public TextBlock withText(String newText) {
        return new TextBlock(kind, newText, anchors, datetime);
    }
}
