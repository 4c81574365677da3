package dev.newsflow.enrich.extract.body.scoring;

import dev.newsflow.enrich.extract.body.ContentLocator;
import java.util.function.Supplier;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Finds the article in a full page the way Mozilla Readability does (whose approach the public
 * extraction benchmarks rank among the best): score paragraphs by text and commas, credit their
 * ancestors, discount link-heavy ones, gather the best candidate with its prose siblings and prune
 * what is left of the furniture ({@link ContentScorer}, {@link ArticleCleaner}). When the strictest
 * attempt keeps less than {@value #MIN_ARTICLE_LENGTH} characters, the next, more lenient attempt
 * runs on a fresh copy of the page ({@link Strictness#LADDER}); the longest result wins.
 *
 * <p>Written by hand: no maintained Java port of Readability exists on Maven Central that works on
 * a Jsoup document we already hold (readability4j is unmaintained since 2021 and re-parses).
 */
public final class ScoringContentLocator implements ContentLocator {

    static final int MIN_ARTICLE_LENGTH = 500;

    private static final Evaluator OG_TITLE = QueryParser.parse("meta[property=og:title][content]");
    private static final Evaluator H1 = QueryParser.parse("h1");

    /** Keeps a copy of the page for the attempts after the first; see {@link #locate(Document, Supplier)} to avoid it. */
    @Override
    public Element locate(Document page) {
        Document pristine = page.clone();
        return locate(page, pristine::clone);
    }

    /**
     * Each attempt after the first works on {@code samePageAgain}'s fresh copy. Only about one page in
     * ten needs a second attempt, so a caller that can re-create the page (parse it again) saves
     * copying every page up front, which profiling put at 4 % of extraction time.
     */
    @Override
    public Element locate(Document page, Supplier<Document> samePageAgain) {
        String title = title(page);
        Element longest = null;
        int longestLength = -1;
        Document attempt = page;
        Strictness lastTried = null;
        RuleUse lastUsed = null;
        for (Strictness strictness : Strictness.LADDER) {
            if (lastTried != null && strictness.repeats(lastTried, lastUsed)) {
                // The rules this attempt relaxes changed nothing last time: it would find the same article.
                continue;
            }
            if (attempt == null) {
                attempt = samePageAgain.get();
            }
            RuleUse used = new RuleUse();
            Element article = new ContentScorer(strictness, used, title).grab(attempt);
            new ArticleCleaner(strictness, used).clean(article);
            // Only a short result needs its exact length, to compare with the other attempts'.
            int length = TextMeasures.length(article, MIN_ARTICLE_LENGTH);
            if (length >= MIN_ARTICLE_LENGTH) {
                return article;
            }
            // On a tie the later, more lenient attempt wins: it kept the images of a page without text.
            if (length >= longestLength) {
                longest = article;
                longestLength = length;
            }
            attempt = null;
            lastTried = strictness;
            lastUsed = used;
        }
        return longest;
    }

    /** The title a heading in the body may repeat: og:title, else {@code <title>}, else the first h1 (as the metadata reader falls back to it). */
    private static String title(Document page) {
        Element ogTitle = page.selectFirst(OG_TITLE);
        if (ogTitle != null) {
            return ogTitle.attr("content");
        }
        if (!page.title().isBlank()) {
            return page.title();
        }
        Element h1 = page.selectFirst(H1);
        return h1 == null ? null : h1.text();
    }
}
