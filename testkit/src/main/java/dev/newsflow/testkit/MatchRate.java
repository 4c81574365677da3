package dev.newsflow.testkit;

import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * The share of pages a conformance report finds right for one field, counted only over the pages
 * where the check applies: an outcome of null means the page's label has nothing to compare (no
 * byline, no date), true a match, false a miss.
 */
public final class MatchRate {

    private MatchRate() {}

    /** Matches over applicable pages; 1 when no page applies (nothing to get wrong). */
    public static <T> double of(List<T> scores, Function<T, Boolean> outcome) {
        long applicable = applicable(scores, outcome);
        long matched = scores.stream().map(outcome).filter(Boolean.TRUE::equals).count();
        return applicable == 0 ? 1 : (double) matched / applicable;
    }

    /** How many pages the check applies to. */
    public static <T> long applicable(List<T> scores, Function<T, Boolean> outcome) {
        return scores.stream().map(outcome).filter(Objects::nonNull).count();
    }
}
