package dev.newsflow.enrich.language;

/**
 * A piece of an article to tag on its own.
 *
 * @param kind  {@code title}, {@code heading}, {@code paragraph} or {@code caption}
 * @param index position among segments of that kind, from 0
 * @param text  the text
 */
public record TextSegment(String kind, int index, String text) {

    public static final String TITLE = "title";
    public static final String HEADING = "heading";
    public static final String PARAGRAPH = "paragraph";
    public static final String CAPTION = "caption";
}
