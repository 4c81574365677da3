package dev.newsflow.enrich.extract.date;

import dev.newsflow.core.time.WrittenDate;
import java.util.List;

/**
 * The dates a page prints for its readers ({@link VisibleDateline}), best first: publication dates
 * and update dates apart.
 */
public record VisibleDates(List<WrittenDate> published, List<WrittenDate> updated) {

    public static final VisibleDates NONE = new VisibleDates(List.of(), List.of());

    public VisibleDates {
        published = List.copyOf(published);
        updated = List.copyOf(updated);
    }
}
