package dev.newsflow.enrich.extract.metadata;

import dev.newsflow.enrich.extract.Provenance;
import dev.newsflow.enrich.extract.Sourced;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.parser.Parser;

/**
 * The article's headline, chosen by the agreement of the titles a page gives: the h1 it shows, the
 * JSON-LD headline, Dublin Core, OpenGraph and Twitter titles and {@code <title>}. Sites dress these
 * differently, with their name ("… | St.Galler Tagblatt", "… - Golem.de"), a section
 * ("gipfelbuch.ch - Outdoornews - …"), a date ("… | DW | 28.04.2023") or a kicker ("Olympia: …"),
 * and the plain headline is the form they share. A candidate wrapped around another at a separator
 * counts as support for the plain one, provided what the wrapping adds is dressing: shorter than the
 * headline, or naming the site. So the dressing goes only when another candidate confirms the
 * plain form, as the issue asks, never on the strength of one title alone.
 *
 * <p>The form most candidates support wins; on a tie the page's visible h1, then the order of trust
 * the candidates come in. Where no two agree (an SEO title beside a different headline, each said
 * once), the caller's trust order decides. HTML entities some sites leave in their meta titles
 * ({@code &ouml;}, {@code &quot;}, {@code &#8216;}) are decoded first: the page would show them decoded.
 */
final class TitleChoice {

    /**
     * @param text       the title as the page gives it
     * @param provenance where it came from
     * @param heading    whether it is the h1 the page shows
     */
    record Candidate(String text, Provenance provenance, boolean heading) {}

    /** Where dressing meets the headline; the spaces set them apart from hyphenated words and times. */
    private static final List<String> SEPARATORS;

    static {
        List<String> separators = new ArrayList<>(TitleTag.SEPARATORS);
        separators.addAll(List.of("｜", " ｜ ", "|"));
        SEPARATORS = List.copyOf(separators);
    }

    /** How many wrappings deep dressing is looked through: a kicker inside a site suffix is two. */
    private static final int MAX_DRESSING_DEPTH = 3;

    private final List<Candidate> candidates = new ArrayList<>();
    private final List<String> keys = new ArrayList<>();
    private final SiteNames site;

    private TitleChoice(SiteNames site) {
        this.site = site;
    }

    /**
     * @param inTrustOrder the candidates, most trusted first; null texts are skipped
     * @return the agreed headline, or null when no two candidates agree
     */
    static Sourced<String> agreed(List<Candidate> inTrustOrder, SiteNames site) {
        TitleChoice choice = new TitleChoice(site);
        for (Candidate candidate : inTrustOrder) {
            String text = decoded(candidate.text());
            String key = key(text);
            if (!key.isEmpty() && !site.isSite(text)) {
                choice.candidates.add(new Candidate(text, candidate.provenance(), candidate.heading()));
                choice.keys.add(key);
            }
        }
        return choice.best();
    }

    /** The text with HTML entities decoded and runs of white space (no-break spaces too) made one space. */
    static String decoded(String text) {
        if (text == null) {
            return null;
        }
        String unescaped = text.indexOf('&') >= 0 ? Parser.unescapeEntities(text, false) : text;
        return unescaped.replaceAll("\\s+", " ").strip();
    }

    private Sourced<String> best() {
        int best = -1;
        int bestSupport = 1;
        for (int i = 0; i < candidates.size(); i++) {
            int support = support(i);
            if (support > bestSupport) {
                best = i;
                bestSupport = support;
            }
        }
        if (best < 0) {
            return null;
        }
        // Of the candidates that are the winner, give the most trusted one's text: metadata keeps the quotes and dashes the h1 may lack.
        for (int i = 0; i < candidates.size(); i++) {
            if (keys.get(i).equals(keys.get(best))) {
                return new Sourced<>(candidates.get(i).text(), candidates.get(i).provenance());
            }
        }
        return null;
    }

    /** How many candidates, this one included, are this one or this one dressed. */
    private int support(int plain) {
        int support = 0;
        for (int i = 0; i < candidates.size(); i++) {
            if (keys.get(i).equals(keys.get(plain)) || isDressed(candidates.get(i).text(), keys.get(plain), MAX_DRESSING_DEPTH)) {
                support++;
            }
        }
        return support;
    }

    /** Whether {@code outer} is the title whose key is {@code plainKey} with dressing before or after it at a separator. */
    private boolean isDressed(String outer, String plainKey, int depth) {
        if (depth == 0 || outer.length() <= plainKey.length()) {
            return false;
        }
        for (String separator : SEPARATORS) {
            for (int at = outer.indexOf(separator); at >= 0; at = outer.indexOf(separator, at + 1)) {
                String before = outer.substring(0, at);
                String after = outer.substring(at + separator.length());
                if (wraps(before, after, plainKey, depth) || wraps(after, before, plainKey, depth)) {
                    return true;
                }
            }
        }
        return false;
    }

    private boolean wraps(String kept, String added, String plainKey, int depth) {
        String keptKey = key(kept);
        if (keptKey.isEmpty() || site.isNamedIn(kept) || !isDressing(added, plainKey)) {
            return false;
        }
        return keptKey.equals(plainKey) || isDressed(kept.strip(), plainKey, depth - 1);
    }

    /**
     * What a site adds to a headline: a name of the site ("Die Neue Südtiroler Tageszeitung" on
     * tageszeitung.it, "Golem.de"), or a section or date at most half as long as the headline. A longer
     * addition is a headline of its own: the h1 "evolve extension for Mercurial" under the title
     * "Evolve: Shared Mutable History — evolve extension for Mercurial" is the site's name, not the
     * plain title.
     */
    private boolean isDressing(String added, String plainKey) {
        String addedKey = key(added);
        return !addedKey.isEmpty() && (2 * addedKey.length() <= plainKey.length() || site.isNamedIn(added));
    }

    /**
     * The title as compared: NFKC, case folded, format characters (soft hyphens, zero-width spaces)
     * dropped, every run of other characters that are not letters or digits one space.
     */
    static String key(String text) {
        if (text == null) {
            return "";
        }
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(folded.length());
        boolean space = false;
        for (int i = 0; i < folded.length(); ) {
            int c = folded.codePointAt(i);
            i += Character.charCount(c);
            if (Character.isLetterOrDigit(c) || Character.getType(c) == Character.NON_SPACING_MARK
                    || Character.getType(c) == Character.COMBINING_SPACING_MARK) {
                if (space && key.length() > 0) {
                    key.append(' ');
                }
                key.appendCodePoint(c);
                space = false;
            } else if (Character.getType(c) != Character.FORMAT) {
                space = true;
            }
        }
        return key.toString();
    }
}
