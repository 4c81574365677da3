package dev.newsflow.enrich.extract.body;

import java.util.Comparator;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Trusts the page's own markup: {@code itemprop=articleBody}, else {@code <article>}, else
 * {@code <main>} / {@code role=main}, else the whole body (as for feed fragments). Where a selector
 * matches several elements (teaser {@code <article>}s on a front page), the one with the most text wins.
 */
public final class SemanticContentLocator implements ContentLocator {

    /** Parsed once: the scorer falls back to this on every short page. */
    private static final List<Evaluator> SELECTORS_BY_TRUST = List.of(
            QueryParser.parse("[itemprop=articleBody]"), QueryParser.parse("article"), QueryParser.parse("main, [role=main]"));

    @Override
    public Element locate(Document page) {
        for (Evaluator selector : SELECTORS_BY_TRUST) {
            Elements candidates = page.body().select(selector);
            if (!candidates.isEmpty()) {
                return candidates.stream()
                        .max(Comparator.comparingInt(candidate -> candidate.text().length()))
                        .orElseThrow();
            }
        }
        return page.body();
    }
}
