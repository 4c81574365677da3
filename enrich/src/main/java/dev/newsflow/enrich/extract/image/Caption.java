package dev.newsflow.enrich.extract.image;

/**
 * An image's caption split from its credit line.
 *
 * @param text   the caption without the credit, or null
 * @param credit the photographer / agency credit, or null
 */
public record Caption(String text, String credit) {

    public static final Caption NONE = new Caption(null, null);
}
