package dev.newsflow.enrich.extract.body;

import java.util.function.Supplier;
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

    /**
     * As {@link #locate(Document)}, for a locator that changes the page and may have to start over:
     * {@code samePageAgain} makes a fresh copy of the page as it was handed over, when asked.
     */
    default Element locate(Document page, Supplier<Document> samePageAgain) {
        return locate(page);
    }
}
