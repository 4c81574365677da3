package dev.newsflow.enrich.extract.metadata;

import dev.newsflow.core.text.OneLine;
import dev.newsflow.enrich.extract.provenance.Provenance;
import dev.newsflow.enrich.extract.provenance.Sourced;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.jsoup.parser.Parser;

/**
 * The plain form of the most trusted title a page gives. Sites dress their JSON-LD, Dublin Core,
 * OpenGraph, Twitter titles and {@code <title>} with their name ("… | St.Galler Tagblatt",
 * "… - Golem.de"), and a section beside it ("gipfelbuch.ch - Outdoornews - …"); the page's own h1 or
 * another candidate often gives the plain headline. The dressing goes only when another candidate
 * confirms that plain form, as the issue asks, never on the strength of one title alone, and only
 * when what goes names the site: the trust order of the sources (JSON-LD, Dublin Core, OpenGraph,
 * Twitter, {@code <title>}, the h1) still picks which headline it is, since an SEO title beside a
 * different displayed headline is the publisher's choice, not a dressing.
 *
 * <p>HTML entities some sites leave in their meta titles ({@code &ouml;}, {@code &quot;},
 * {@code &#8216;}) are decoded first: the page would show them decoded.
 */
final class TitleChoice {

    /**
     * @param text       the title as the page gives it
     * @param provenance where it came from
     */
    record Candidate(String text, Provenance provenance) {}

    /** Where dressing meets the headline; the spaces set them apart from hyphenated words and times. */
    private static final List<String> SEPARATORS;

    static {
        List<String> separators = new ArrayList<>(TitleTag.SEPARATORS);
        separators.addAll(List.of("｜", " ｜ ", "|"));
        SEPARATORS = List.copyOf(separators);
    }

    /**
     * Marks that join a site's name to a headline without spaces: dashes, bars, and the Hangul
     * letter ㅣ that Korean sites use as a bar.
     */
    private static final String ATTACHED_SEPARATORS = "-–—|｜ㅣ_/·";

    /** The longest kicker before a headline, in words ("SVP-Sonderparteitag zur Migration", "«Evnukkmakeren»"). */
    private static final int MAX_KICKER_WORDS = 6;

    /** Letters, and the spaces, dots, hyphens and apostrophes between them. */
    private static final Pattern NAME = Pattern.compile("[\\p{L}\\p{M}]+(?:[ .'’-]+[\\p{L}\\p{M}]+)*\\.?");

    /** The most words a site's name takes ("Die Neue Südtiroler Tageszeitung"). */
    private static final int MAX_NAME_WORDS = 5;

    /** Zero-width space, word joiner, zero-width no-break space (a stray BOM) and soft hyphen. */
    private static final Pattern INVISIBLE_BREAK_HINTS = Pattern.compile("[\\u200B\\u2060\\uFEFF\\u00AD]");

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
     * @return the most trusted candidate's plain form that another candidate confirms, or null
     */
    static Sourced<String> agreed(List<Candidate> inTrustOrder, SiteNames site) {
        TitleChoice choice = new TitleChoice(site);
        for (Candidate candidate : inTrustOrder) {
            String text = decoded(candidate.text());
            String key = key(text);
            if (!key.isEmpty() && !site.isSite(text)) {
                choice.candidates.add(new Candidate(text, candidate.provenance()));
                choice.keys.add(key);
            }
        }
        return choice.best();
    }

    /**
     * The text with HTML entities decoded, runs of ASCII white space made one space (wider spaces,
     * such as the ideographic one, are the title's own) and invisible break hints dropped: CMSs put
     * zero-width spaces, word joiners and soft hyphens into headlines to steer line breaks on their
     * own pages, and a consumer comparing, indexing or showing the title elsewhere would carry them
     * as hidden characters. Zero-width joiners and non-joiners stay: they shape emoji and scripts.
     */
    static String decoded(String text) {
        if (text == null) {
            return null;
        }
        String unescaped = text.indexOf('&') >= 0 ? Parser.unescapeEntities(text, false) : text;
        return OneLine.of(INVISIBLE_BREAK_HINTS.matcher(unescaped).replaceAll(""));
    }

    /**
     * The most trusted candidate's plain form: another candidate it wraps in dressing (a site name,
     * a section beside it), else null, and the caller's trust order keeps it as it is.
     */
    private Sourced<String> best() {
        if (candidates.isEmpty()) {
            return null;
        }
        String trusted = candidates.get(0).text();
        for (int i = 1; i < candidates.size(); i++) {
            if (isDressed(trusted, keys.get(i), MAX_DRESSING_DEPTH)) {
                return new Sourced<>(candidates.get(i).text(), candidates.get(i).provenance());
            }
        }
        for (int i = 1; i < candidates.size(); i++) {
            if (candidates.get(i).provenance() != Provenance.BODY && hasKickerBefore(trusted, keys.get(i))) {
                return new Sourced<>(candidates.get(i).text(), candidates.get(i).provenance());
            }
        }
        return null;
    }

    /**
     * Whether {@code title} is a kicker, a colon and the headline whose key is {@code plainKey}
     * ("Neue Leipziger Schule: Judy Lybke, ganz und gar nicht eigenartig" beside an og:title of the
     * headline alone): the site's own metadata then declares the headline without it. Only a declared
     * title confirms that: an h1 without the kicker is often only the headline's element, the kicker
     * standing in one of its own above it. A kicker is a few words, shorter than the headline.
     */
    private static boolean hasKickerBefore(String title, String plainKey) {
        for (int at = title.indexOf(": "); at >= 0; at = title.indexOf(": ", at + 1)) {
            String kickerKey = key(title.substring(0, at));
            if (!kickerKey.isEmpty() && kickerKey.length() < plainKey.length()
                    && kickerKey.split(" ").length <= MAX_KICKER_WORDS && key(title.substring(at + 2)).equals(plainKey)) {
                return true;
            }
        }
        return false;
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
        return isAttachedSiteSuffix(outer, plainKey);
    }

    /**
     * Whether {@code outer} is the headline with the site's name written on without spaces
     * ("…커졌다-정치ㅣ한국일보"): a hyphen between words is no separator, so only a suffix that names
     * the site, after the confirmed headline whole, counts.
     */
    private boolean isAttachedSiteSuffix(String outer, String plainKey) {
        for (int at = 1; at < outer.length(); at++) {
            if (ATTACHED_SEPARATORS.indexOf(outer.charAt(at)) >= 0 && key(outer.substring(0, at)).equals(plainKey)) {
                String suffix = outer.substring(at + 1);
                return key(suffix).length() < plainKey.length() && endsWithSiteName(suffix);
            }
        }
        return false;
    }

    /** Whether the part after the last attached separator (the whole text when there is none) names the site: "정치ㅣ한국일보". */
    private boolean endsWithSiteName(String suffix) {
        int last = -1;
        for (int i = 0; i < suffix.length(); i++) {
            if (ATTACHED_SEPARATORS.indexOf(suffix.charAt(i)) >= 0) {
                last = i;
            }
        }
        return site.isNamedIn(suffix.substring(last + 1));
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
     * tageszeitung.it, "Golem.de", "STERN.de"), shorter than the headline, or longer but one name and
     * nothing else (a short headline, „Unermüdlicher Einsatz“, beside "Die Neue Südtiroler
     * Tageszeitung"). An addition that names no
     * site (an author, "| Eleanor Roe") or is longer than what it would leave (the h1 "痞客邦 PIXNET"
     * under a title of the post's own) is a title of its own, not dressing. A section goes with the
     * site's name it stands beside ("tagblatt.ch - Outdoornews - …" wraps the headline in one addition).
     */
    private boolean isDressing(String added, String plainKey) {
        String addedKey = key(added);
        return !addedKey.isEmpty() && site.isNamedIn(added) && (addedKey.length() < plainKey.length() || isOneName(added));
    }

    /**
     * A few words of letters alone, as names are ("Die Neue Südtiroler Tageszeitung"): not a title
     * that holds the site's name among other things ("新竹尖石_美樹營地賞楓 (2) @ 史蒂文的家_藍天").
     */
    private static boolean isOneName(String text) {
        return NAME.matcher(text.strip()).matches() && key(text).split(" ").length <= MAX_NAME_WORDS;
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
