package dev.newsflow.enrich.extract.provenance;

import java.util.Collection;
import java.util.Objects;

/**
 * A value together with where it came from, so that whichever candidate wins also names its source
 * in the enriched event's provenance.
 */
public record Sourced<T>(T value, Provenance provenance) {

    public Sourced {
        Objects.requireNonNull(value, "value");
        Objects.requireNonNull(provenance, "provenance");
    }

    /** The value with its source, or null when there is no value (null, a blank string or an empty collection). */
    public static <T> Sourced<T> ofNullable(T value, Provenance provenance) {
        if (value == null
                || (value instanceof String text && text.isBlank())
                || (value instanceof Collection<?> values && values.isEmpty())) {
            return null;
        }
        return new Sourced<>(value, provenance);
    }

    /** The first candidate present, in order of trust; null when none is. */
    @SafeVarargs
    public static <T> Sourced<T> firstOf(Sourced<T>... candidates) {
        for (Sourced<T> candidate : candidates) {
            if (candidate != null) {
                return candidate;
            }
        }
        return null;
    }
}
