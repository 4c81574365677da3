package dev.newsflow.enrich.extract.date;

import dev.newsflow.core.time.DateRanking.Candidate;
import dev.newsflow.core.time.WrittenDate;
import dev.newsflow.enrich.extract.provenance.Provenance;
import java.util.ArrayList;
import java.util.List;

/**
 * The dates a page declares about itself ({@link DeclaredDates}), each list in order of trust, and
 * the locale it declares, which names the publisher's country.
 *
 * @param published publication dates: JSON-LD, then OpenGraph, then other meta tags, then microdata
 * @param updated   modification dates, in the same order
 * @param ogLocale  the {@code og:locale} content, or null
 * @param htmlLang  the {@code <html lang>} value, or null
 */
public record PageDates(List<Candidate<Provenance>> published, List<Candidate<Provenance>> updated, String ogLocale, String htmlLang) {

    public static final PageDates NONE = new PageDates(List.of(), List.of(), null, null);

    public PageDates {
        published = List.copyOf(published);
        updated = List.copyOf(updated);
    }

    /** Whether a declared publication date says the time of day: the page's own dateline then adds nothing. */
    public boolean publishedWithTime() {
        return published.stream().anyMatch(candidate -> candidate.date().hasTime());
    }

    /** Every date declared, published and updated. */
    List<WrittenDate> all() {
        List<WrittenDate> all = new ArrayList<>();
        published.forEach(candidate -> all.add(candidate.date()));
        updated.forEach(candidate -> all.add(candidate.date()));
        return all;
    }
}
