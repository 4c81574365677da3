package dev.newsflow.enrich.extract.body;

import dev.newsflow.enrich.extract.metadata.TitleSimilarity;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Whole other articles a page appends below its own: the next story of an infinite scroll, or
 * teaser cards that carry a headline of their own. Each is an {@code <article>} with its own
 * {@code <h1>}, after the article whose {@code <h1>} is the page's title; the search for the body
 * would take their text for the article's (the next story is often the longer). Told apart in the
 * walk that readies the page ({@link PagePreparation}): the {@code <article>} elements open around
 * each {@code <h1>} are known as the walk meets it. An article that holds the page's own headline (the
 * {@code <h1>} that the title confirms, which may stand above the article and again inside it) stays,
 * and so does every article of a page where no headline is so confirmed.
 */
final class AppendedArticles {

    private static final Evaluator OG_TITLE = QueryParser.parse("meta[property=og:title][content]");
    private static final Evaluator H1 = QueryParser.parse("h1");
    /** As the body scorer judges that a heading repeats the title. */
    private static final double SAME_TITLE = 0.75;
    /** The title may add the site's name and a section, which a headline leaves out. */
    private static final double MOST_OF_TITLE = 0.5;

    private final String title;
    /** The {@code <article>} elements open at the node the walk is at, innermost first. */
    private final Deque<Element> open = new ArrayDeque<>();
    private boolean headlineSeen;
    /** The innermost article around the page's own headline; null when it stands in none. */
    private Element ownArticle;
    private final List<Element> appended = new ArrayList<>();

    private AppendedArticles(String title) {
        this.title = title;
    }

    /** The search, or null for a page without a title to tell its own headline by. */
    static AppendedArticles of(Document page) {
        Element ogTitle = page.head().selectFirst(OG_TITLE);
        String title = ogTitle != null ? ogTitle.attr("content") : page.title();
        return title.isBlank() ? null : new AppendedArticles(title);
    }

    /** Told of every element the walk enters; an {@code <h1>} inside removed furniture (a header) too. */
    void enter(Element element) {
        if (element.nameIs("article")) {
            open.push(element);
        } else if (element.nameIs("h1")) {
            headline(element);
        }
    }

    void leave(Element element) {
        if (open.peek() == element) {
            open.pop();
        }
    }

    /** The headlines inside an element the walk skips (the page or article header, removed as furniture). */
    void enterSkipped(Element furniture) {
        if (furniture.nameIs("header")) {
            for (Element h1 : furniture.select(H1)) {
                headline(h1);
            }
        }
    }

    /** The articles found appended, to be removed with the furniture. */
    List<Element> appended() {
        return appended;
    }

    private void headline(Element h1) {
        Element around = open.peek();
        if (isTitle(h1.text())) {
            // The page's headline, maybe once above the article and again inside it: the first article around it is its own.
            headlineSeen = true;
            if (ownArticle == null) {
                ownArticle = around;
            }
            return;
        }
        if (headlineSeen && around != null && around != ownArticle && !holdsOwnArticle(around) && !appended.contains(around)) {
            appended.add(around);
        }
    }

    /** Mostly the title's words, and most of them: a site's name in an {@code <h1>} logo is in the title too. */
    private boolean isTitle(String heading) {
        return TitleSimilarity.of(heading, title) > SAME_TITLE && TitleSimilarity.of(title, heading) > MOST_OF_TITLE;
    }

    private boolean holdsOwnArticle(Element article) {
        for (Element at = ownArticle; at != null; at = at.parent()) {
            if (at == article) {
                return true;
            }
        }
        return false;
    }
}
