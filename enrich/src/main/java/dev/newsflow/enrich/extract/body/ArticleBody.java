package dev.newsflow.enrich.extract.body;

import dev.newsflow.core.time.WrittenDate;
import java.util.List;

/**
 * The clean article body.
 *
 * @param blocks    paragraphs, subheadings and images in reading order; without the dateline,
 *                  captions and credit lines
 * @param credits   publisher, agency and rights lines cut from the body, in body order
 * @param timestamp the dateline's date as written (its zone, when it names one), when the body opens with one; else null
 */
public record ArticleBody(List<Block> blocks, List<String> credits, WrittenDate timestamp) {

    public ArticleBody {
        blocks = List.copyOf(blocks);
        credits = List.copyOf(credits);
    }

    /** Paragraphs and subheadings, in order. */
    public List<TextBlock> textBlocks() {
        return blocks.stream().filter(TextBlock.class::isInstance).map(TextBlock.class::cast).toList();
    }

    public List<BodyImage> images() {
        return blocks.stream().filter(BodyImage.class::isInstance).map(BodyImage.class::cast).toList();
    }
}
