package dev.newsflow.enrich.extract.body.scoring;

import org.jsoup.nodes.Element;

/**
 * Which of its rules an attempt at the page used, that is, which changed anything: an element dropped
 * as unlikely, a score or a judgement moved by a class or id name, a block pruned conditionally. A
 * later attempt that only relaxes rules the last one never used would walk the same page the same way
 * to the same article, so it is skipped ({@link Strictness#repeats}).
 */
final class RuleUse {

    boolean strippedUnlikely;
    boolean weighedClasses;
    boolean prunedConditionally;

    /** The weight of an element's class and id under {@code strictness}, noting when it counts. */
    int classWeight(Strictness strictness, Element element) {
        if (!strictness.weighClasses()) {
            return 0;
        }
        int weight = ClassWeight.of(element);
        weighedClasses |= weight != 0;
        return weight;
    }
}
