package dev.newsflow.enrich.extract.metadata;

import dev.newsflow.enrich.extract.url.WebAddress;
import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The names a site goes by: its declared names ({@code og:site_name}, the JSON-LD publisher,
 * {@code application-name}) and its host, with and without the dots and as the labels before the
 * top-level domain ({@code www.mdr.de} is {@code mdr.de}, {@code mdrde} and {@code mdr}). Compared
 * as letters and digits alone, case folded, so {@code STERN.de}, {@code stern.de} and
 * {@code Stern DE} are one name. An author field that holds one of these names the publisher, not a
 * person; a title that is one of them is the site's logo, not a headline.
 */
public final class SiteNames {

    /** Patterns compiled once: String.split compiles its regex on every call, and these run for every title candidate. */
    private static final Pattern PART_SEPARATOR = Pattern.compile("\\s+[-–—|｜»·:]\\s+|[|｜]");
    private static final Pattern WORD_SEPARATOR = Pattern.compile("[\\s\\p{Punct}–—|｜»·]+");
    private static final Pattern FIRST_WORD_END = Pattern.compile("[\\s\\-–]+");

    public static final SiteNames NONE = new SiteNames(Set.of(), Set.of());

    private final Set<String> names;
    /** The declared names and the domain, without the host's labels: a first name may be a host label too. */
    private final Set<String> prefixes;

    private SiteNames(Set<String> names, Set<String> prefixes) {
        this.names = names;
        this.prefixes = prefixes;
    }

    /**
     * @param url      the page's address, or null
     * @param declared the names the page declares for its site, any of them null
     */
    public static SiteNames of(String url, String... declared) {
        Set<String> names = new HashSet<>();
        Set<String> prefixes = new HashSet<>();
        for (String name : declared) {
            String key = key(name);
            if (!key.isEmpty()) {
                names.add(key);
                prefixes.add(key);
            }
        }
        WebAddress address = url == null ? null : WebAddress.parse(url);
        if (address != null && !address.siteDomain().isEmpty()) {
            String domain = address.siteDomain();
            names.add(key(domain));
            prefixes.add(key(domain));
            List<String> labels = List.of(domain.split("\\."));
            // The labels before the top-level domain: "orf" and "news" of news.orf.at, "ntv" and "com" of ntv.com.tr.
            for (String label : labels.subList(0, Math.max(0, labels.size() - 1))) {
                String key = key(label);
                if (key.length() > 1) {
                    names.add(key);
                }
            }
        }
        return new SiteNames(Set.copyOf(names), Set.copyOf(prefixes));
    }

    /** Whether {@code name} is one of the site's names. */
    public boolean isSite(String name) {
        return !names.isEmpty() && names.contains(key(name));
    }

    /**
     * Whether {@code text} names the site: is one of its names, holds one as a part set apart by a
     * separator ("… | Börsen-Zeitung") or as a word of its own ("Die Neue Südtiroler Tageszeitung" on
     * tageszeitung.it), or holds its domain ("Golem.de").
     */
    public boolean isNamedIn(String text) {
        if (names.isEmpty()) {
            return false;
        }
        String key = key(text);
        if (names.contains(key)) {
            return true;
        }
        // A part set apart by a separator, however many words or hyphens it holds: "… | Börsen-Zeitung".
        for (String part : PART_SEPARATOR.split(text)) {
            if (names.contains(key(part))) {
                return true;
            }
        }
        for (String word : WORD_SEPARATOR.split(text)) {
            String wordKey = key(word);
            if (wordKey.length() > 1 && names.contains(wordKey)) {
                return true;
            }
        }
        for (String prefix : prefixes) {
            if (prefix.length() > 4 && key.contains(prefix)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether {@code name} begins with one of the site's names as a word of its own, as a desk or an
     * edition of the publisher is written: {@code MDR THÜRINGEN}, {@code BR24 Redaktion}, {@code NZZ-Redaktion}.
     */
    public boolean startsWithSite(String name) {
        String[] words = FIRST_WORD_END.split(name.strip(), 2);
        return words.length == 2 && prefixes.contains(key(words[0]));
    }

    /**
     * The name as letters and digits alone, NFKC-normalised and case folded, with ä, ö, ü and ß
     * written as a host name writes them ({@code Börsen-Zeitung} on {@code boersen-zeitung.de},
     * {@code Süddeutsche} on {@code sueddeutsche.de}).
     */
    static String key(String name) {
        if (name == null) {
            return "";
        }
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder key = new StringBuilder(folded.length());
        folded.codePoints().filter(Character::isLetterOrDigit).forEach(c -> {
            switch (c) {
                case 'ä' -> key.append("ae");
                case 'ö' -> key.append("oe");
                case 'ü' -> key.append("ue");
                case 'ß' -> key.append("ss");
                default -> key.appendCodePoint(c);
            }
        });
        return key.toString();
    }
}
