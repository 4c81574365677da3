package dev.newsflow.enrich.extract.body.scoring;

import dev.newsflow.enrich.extract.body.SemanticContentLocator;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The second phase of a {@link ContentScorer} attempt: scores each paragraph by its length and
 * commas, credits the score to its ancestors (the parent fully, the grandparent half, farther ones
 * less), discounts each candidate by its link density and takes the best, moving up to a common
 * ancestor when several good candidates share one. Keeps the scores for the siblings' turn.
 *
 * <p>The article lies strictly inside the body: the body itself, {@code <html>} and the document (a
 * paragraph's ancestors score too) are never it, and climbing past the body would gather the document
 * into itself.
 */
final class CandidateScoring {

    private static final SemanticContentLocator SEMANTIC = new SemanticContentLocator();
    private static final int MIN_PARAGRAPH_LENGTH = 25;
    /** A paragraph earns a point per hundred characters, up to three. */
    private static final int LENGTH_BONUS_CAP = 300;
    private static final int ANCESTOR_LEVELS = 5;
    private static final int TOP_CANDIDATES = 5;
    /** How many of the good runners-up must share an ancestor for it to replace the best candidate. */
    private static final int MIN_SHARING_CANDIDATES = 3;
    private static final double RUNNER_UP_RATIO = 0.75;

    private final Strictness strictness;
    private final RuleUse used;
    private final Map<Element, Double> scores = new IdentityHashMap<>();
    /** The best candidate before it gave way to the wrappers around it; null while none stood out. */
    private Element wrappedBest;

    CandidateScoring(Strictness strictness, RuleUse used) {
        this.strictness = strictness;
        this.used = used;
    }

    /** An element's score, null for one that is no candidate. */
    Double scoreOf(Element element) {
        return scores.get(element);
    }

    /** The best candidate as scoring found it, before {@link #topCandidate} climbed to its lone-child wrappers. */
    Element wrappedBest() {
        return wrappedBest;
    }

    /** Scores the paragraphs, measured by {@code lengths}; the candidates that earned a score, in the order they did. */
    List<Element> score(List<Element> paragraphs, TextLengths lengths) {
        List<Element> candidates = new ArrayList<>();
        for (Element paragraph : paragraphs) {
            if (paragraph.parent() == null) {
                continue;
            }
            int length;
            int commas;
            if (lengths.textSurelyAsLongAs(paragraph, LENGTH_BONUS_CAP)) {
                // Most scored paragraphs are long: no need to build their text, its length counts only up to the cap.
                length = LENGTH_BONUS_CAP;
                commas = lengths.commas(paragraph);
            } else {
                String text = paragraph.text();
                length = text.length();
                commas = TextMeasures.commas(text);
            }
            if (length < MIN_PARAGRAPH_LENGTH) {
                continue;
            }
            double score = 1 + commas + Math.min(length / 100, 3);
            int level = 0;
            for (Element ancestor = paragraph.parent();
                    ancestor != null && !(ancestor instanceof Document) && level < ANCESTOR_LEVELS;
                    ancestor = ancestor.parent(), level++) {
                if (!scores.containsKey(ancestor)) {
                    scores.put(ancestor, initialScore(ancestor));
                    candidates.add(ancestor);
                }
                double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
                scores.merge(ancestor, score / divider, Double::sum);
            }
        }
        for (Element candidate : candidates) {
            scores.put(candidate, scores.get(candidate) * (1 - lengths.linkDensity(candidate)));
        }
        return candidates;
    }

    /**
     * The element that holds the article. When no candidate stands out (a short page or fragment) the
     * page's own markup is trusted, else the whole body is gathered into a new div, which may change the page.
     */
    Element topCandidate(Document page, List<Element> candidates) {
        List<Element> top = candidates.stream()
                .sorted((a, b) -> Double.compare(scores.get(b), scores.get(a)))
                .limit(TOP_CANDIDATES)
                .toList();
        Element body = page.body();
        if (top.isEmpty() || !Ancestry.isInside(top.get(0), body)) {
            Element declared = SEMANTIC.locate(page);
            if (declared != body) {
                scores.computeIfAbsent(declared, this::initialScore);
                return declared;
            }
            Element all = new Element("div");
            all.appendChildren(new ArrayList<>(body.childNodes()));
            body.appendChild(all);
            scores.put(all, initialScore(all));
            return all;
        }
        Element best = top.get(0);
        best = sharedAncestorOfRunnersUp(best, top, body);
        scores.computeIfAbsent(best, this::initialScore);
        best = betterScoringParent(best, body);
        // A lone child says nothing its parent does not: take the parent, which may hold a caption or a title.
        wrappedBest = best;
        while (Ancestry.isInside(best.parent(), body) && best.parent().childrenSize() == 1) {
            best = best.parent();
        }
        scores.computeIfAbsent(best, this::initialScore);
        return best;
    }

    private double initialScore(Element element) {
        double score = switch (element.normalName()) {
            case "div" -> 5;
            case "pre", "td", "blockquote" -> 3;
            case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
            case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
            default -> 0;
        };
        return score + used.classWeight(strictness, element);
    }

    /** When three of the runners-up scoring close to the best sit in one ancestor of it, that ancestor holds the article. */
    private Element sharedAncestorOfRunnersUp(Element best, List<Element> top, Element body) {
        // Jsoup elements are equal only to themselves, so contains asks for the very ancestor, not a twin.
        List<List<Element>> runnerUpAncestors = new ArrayList<>();
        for (Element candidate : top.subList(1, top.size())) {
            if (scores.get(candidate) / scores.get(best) >= RUNNER_UP_RATIO) {
                runnerUpAncestors.add(candidate.parents());
            }
        }
        if (runnerUpAncestors.size() < MIN_SHARING_CANDIDATES) {
            return best;
        }
        for (Element parent = best.parent(); Ancestry.isInside(parent, body); parent = parent.parent()) {
            int sharing = 0;
            for (List<Element> ancestors : runnerUpAncestors) {
                if (ancestors.contains(parent)) {
                    sharing++;
                }
            }
            if (sharing >= MIN_SHARING_CANDIDATES) {
                return parent;
            }
        }
        return best;
    }

    /** Climbs while the scores of the parents stay high: an article split over several divs. */
    private Element betterScoringParent(Element best, Element body) {
        double lastScore = scores.get(best);
        double threshold = lastScore / 3;
        for (Element parent = best.parent(); Ancestry.isInside(parent, body); parent = parent.parent()) {
            Double parentScore = scores.get(parent);
            if (parentScore == null) {
                continue;
            }
            if (parentScore < threshold) {
                break;
            }
            if (parentScore > lastScore) {
                return parent;
            }
            lastScore = parentScore;
        }
        return best;
    }
}
