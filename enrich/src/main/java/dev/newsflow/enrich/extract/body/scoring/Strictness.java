package dev.newsflow.enrich.extract.body.scoring;

import java.util.List;

/**
 * How hard one attempt judges the page. The strictest attempt first; when it keeps too little text,
 * the next one relaxes a rule (Readability's retry ladder): a page whose article sits in a
 * "sidebar-content" div, or whose paragraphs all carry link-heavy markup, still gets its body.
 *
 * @param stripUnlikely      drop elements whose class or id says furniture before scoring
 * @param weighClasses       let class and id names add to or take from scores
 * @param cleanConditionally prune link-heavy, image-heavy and form-like blocks from the result
 */
record Strictness(boolean stripUnlikely, boolean weighClasses, boolean cleanConditionally) {

    static final List<Strictness> LADDER = List.of(
            new Strictness(true, true, true),
            new Strictness(false, true, true),
            new Strictness(false, false, true),
            new Strictness(false, false, false));

    /**
     * Whether an attempt this strict would repeat the attempt just made at {@code stricter}: it relaxes
     * only rules that attempt never used, and tightens none.
     */
    boolean repeats(Strictness stricter, RuleUse used) {
        return relaxesOnlyUnused(stricter.stripUnlikely, stripUnlikely, used.strippedUnlikely)
                && relaxesOnlyUnused(stricter.weighClasses, weighClasses, used.weighedClasses)
                && relaxesOnlyUnused(stricter.cleanConditionally, cleanConditionally, used.prunedConditionally);
    }

    private static boolean relaxesOnlyUnused(boolean before, boolean now, boolean used) {
        return before == now || (before && !used);
    }
}
