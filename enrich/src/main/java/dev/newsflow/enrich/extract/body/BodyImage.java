package dev.newsflow.enrich.extract.body;

/**
 * An image of the body.
 *
 * @param url       the image's own URL, unwrapped from image proxies
 * @param sourceUrl the URL as the page wrote it, when it differs from {@code url}; else null
 * @param caption   the caption without credit, or null
 * @param credit    the photo credit, or null
 */
public record BodyImage(String url, String sourceUrl, String caption, String credit) implements Block {}
