package dev.newsflow.enrich.extract.body;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Picks the element that holds the article body, after boilerplate is gone. The seam for smarter
 * strategies: a readability-class scorer is a drop-in implementation.
 */
@FunctionalInterface
public interface ContentLocator {

    /** The body's root element; {@code page.body()} when nothing narrower is found. */
    Element locate(Document page);
}
