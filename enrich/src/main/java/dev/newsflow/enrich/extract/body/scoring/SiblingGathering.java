package dev.newsflow.enrich.extract.body.scoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;

/**
 * The last phase of a {@link ContentScorer} attempt: gathers the best candidate with those of its
 * siblings that score well or read like prose, or, for an article cut into parts wrapped alike, the
 * part that holds the best candidate with its twins.
 */
final class SiblingGathering {

    private static final Set<String> KEPT_SIBLING_TAGS = Set.of("div", "article", "section", "p", "ol", "ul");
    private static final double SIBLING_SCORE_RATIO = 0.2;
    private static final int MIN_SIBLING_SCORE = 10;
    private static final int PROSE_SIBLING_LENGTH = 80;
    private static final double PROSE_LINK_DENSITY = 0.25;
    /** How far above the best candidate the wrappers of an article's parts are looked for. */
    private static final int MAX_PART_LEVELS = 3;

    private final CandidateScoring scores;
    private final TextLengths lengths;

    /** {@code lengths} as measured for scoring: the siblings' link densities are read from it. */
    SiblingGathering(CandidateScoring scores, TextLengths lengths) {
        this.scores = scores;
        this.lengths = lengths;
    }

    /** Moves {@code best} and the siblings that belong with it into {@code article}, in page order. */
    void gather(Element best, Element article, Element body) {
        Element holder = partsHolder(best, body);
        if (holder != best) {
            // The article's parts are the holder and its twins; what else stands beside the holder is not.
            for (Element sibling : new ArrayList<>(holder.parent().children())) {
                if (sibling == holder || isTwinPart(sibling, holder)) {
                    article.appendChild(sibling);
                }
            }
            return;
        }
        double bestScore = scores.scoreOf(best);
        double threshold = Math.max(MIN_SIBLING_SCORE, bestScore * SIBLING_SCORE_RATIO);
        Element parent = best.parent();
        List<Element> siblings = parent == null ? List.of(best) : new ArrayList<>(parent.children());
        for (Element sibling : siblings) {
            if (sibling == best || belongsToArticle(sibling, best, bestScore, threshold)) {
                if (!KEPT_SIBLING_TAGS.contains(sibling.normalName())) {
                    sibling.tagName("div");
                }
                article.appendChild(sibling);
            }
        }
    }

    private boolean belongsToArticle(Element sibling, Element best, double bestScore, double threshold) {
        double bonus = !best.className().isEmpty() && sibling.className().equals(best.className()) ? bestScore * SIBLING_SCORE_RATIO : 0;
        Double score = scores.scoreOf(sibling);
        if ((score != null && score + bonus >= threshold) || isTwinPart(sibling, best)) {
            return true;
        }
        if (!sibling.nameIs("p")) {
            return false;
        }
        String text = sibling.text();
        double linkDensity = lengths.linkDensity(sibling);
        if (text.length() > PROSE_SIBLING_LENGTH) {
            return linkDensity < PROSE_LINK_DENSITY;
        }
        return !text.isEmpty() && linkDensity == 0 && endsASentence(text);
    }

    /**
     * The element whose like-named siblings hold the rest of the article: the best candidate or one of
     * its first {@value #MAX_PART_LEVELS} ancestors, the lowest that has a {@linkplain #isTwinPart twin
     * part}; else the best candidate. CMSs cut long articles into parts wrapped alike
     * ({@code div.story-v2-block} after {@code div.story-v2-block}, or ARD's {@code div.con > div.modCon >
     * div.mod > div.boxCon > div.box}, the parts one after the other), and the wrappers of the parts
     * beside the best one score little or nothing: paragraphs credit five levels of ancestors, less
     * with each, so the other parts fell below the bar for siblings, or stood beside an ancestor.
     */
    private Element partsHolder(Element best, Element body) {
        Element at = best;
        for (int level = 0; level <= MAX_PART_LEVELS && Ancestry.isInside(at, body); level++, at = at.parent()) {
            if (at.className().isEmpty()) {
                continue;
            }
            for (Element sibling = at.parent().firstElementChild(); sibling != null; sibling = sibling.nextElementSibling()) {
                if (isTwinPart(sibling, at)) {
                    return at;
                }
            }
        }
        return best;
    }

    /**
     * Whether a sibling is another part of the article cut like {@code part}: the same tag and class,
     * little of its text in links, and inside it the same skeleton (tags and classes) down to where the
     * best candidate stands in {@code part}, with content there that scores as a sibling of the best
     * candidate would have to. Grid classes ("row", "g6") repeat all over a page around deals boxes
     * and subscription offers; the skeleton of the article's own part does not.
     */
    private boolean isTwinPart(Element sibling, Element part) {
        Element wrappedBest = scores.wrappedBest();
        if (sibling == part || !sibling.normalName().equals(part.normalName()) || !sibling.className().equals(part.className())
                || lengths.linkDensity(sibling) >= PROSE_LINK_DENSITY || (wrappedBest != part && !Ancestry.isInside(wrappedBest, part))) {
            return false;
        }
        Element counterpart = sibling;
        for (Element step : Ancestry.pathDown(part, wrappedBest)) {
            counterpart = childLike(counterpart, step);
            if (counterpart == null) {
                return false;
            }
        }
        Double wrappedScore = scores.scoreOf(wrappedBest);
        double bar = Math.max(MIN_SIBLING_SCORE, (wrappedScore == null ? 0 : wrappedScore) * SIBLING_SCORE_RATIO);
        for (Element inside : counterpart.getAllElements()) {
            Double score = scores.scoreOf(inside);
            if (score != null && score >= bar) {
                return true;
            }
        }
        return false;
    }

    private static Element childLike(Element parent, Element model) {
        for (Element child = parent.firstElementChild(); child != null; child = child.nextElementSibling()) {
            if (child.normalName().equals(model.normalName()) && child.className().equals(model.className())) {
                return child;
            }
        }
        return null;
    }

    private static boolean endsASentence(String text) {
        return text.endsWith(".") || text.contains(". ");
    }
}
