package dev.newsflow.enrich.extract.body.scoring;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * One attempt at finding the article in a page, after Mozilla Readability's {@code grabArticle}, in
 * three phases:
 * <ol>
 *   <li>{@link ScoringPreparation}: walk the page, dropping what is hidden, the byline, a heading that
 *       repeats the title and (when strict) elements whose class, id or role say furniture; turn divs
 *       that hold only inline content into paragraphs;</li>
 *   <li>{@link CandidateScoring}: score each paragraph by its length and commas, and credit the score
 *       to its ancestors; discount each candidate by its link density and take the best, moving up to
 *       a common ancestor when several good candidates share one;</li>
 *   <li>{@link SiblingGathering}: gather the best candidate's siblings that score well or read like prose.</li>
 * </ol>
 * It changes the document it is given, and keeps the scores of one page: one scorer per attempt.
 */
final class ContentScorer {

    private final ScoringPreparation preparation;
    private final CandidateScoring scoring;

    ContentScorer(Strictness strictness, RuleUse used, String title) {
        this.preparation = new ScoringPreparation(strictness, used, title);
        this.scoring = new CandidateScoring(strictness, used);
    }

    /** A new div, attached to the page's body, holding the article. */
    Element grab(Document page) {
        List<Element> paragraphs = preparation.paragraphsToScore(page.body());
        // Measured once the walk has reshaped the page, before scoring; scoring and gathering only read it.
        TextLengths lengths = new TextLengths(page.body());
        List<Element> candidates = scoring.score(paragraphs, lengths);
        Element top = scoring.topCandidate(page, candidates);
        Element article = new Element("div");
        new SiblingGathering(scoring, lengths).gather(top, article, page.body());
        page.body().appendChild(article);
        return article;
    }
}
