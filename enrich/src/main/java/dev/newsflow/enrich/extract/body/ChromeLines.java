package dev.newsflow.enrich.extract.body;

import dev.newsflow.enrich.extract.link.Anchor;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lines of page chrome that stay in the body when their markup says nothing: the labels of
 * related-article boxes ("Lesen Sie auch", "Read more", "関連記事"), of share bars and ad slots
 * ("Teilen", "Advertisement", "Story continues below"), and the links that follow such a label.
 * They are recognised by what they say, as jusText and trafilatura do, never by where they stand:
 * <ul>
 *   <li>a block that is nothing but such a label, in the major news languages;</li>
 *   <li>a short block that is a paywall or log-in notice ("Article réservé aux abonnés", "この記事は
 *       会員限定です"), a reading time ("3 Min Lesezeit") or the desk's sign-off ("(责任编辑：王明)");</li>
 *   <li>a block that opens with a "read also" cue and is a link, or short with a separator after the
 *       cue ("Read more: …", "Lesen Sie auch | …"): a teaser for another article;</li>
 *   <li>after a label, the blocks that are links and little else (the related links it labels);</li>
 *   <li>a short paragraph of words repeated {@value #REPEATS} times or more (the label of every ad
 *       slot, "Article content" between every paragraph). Headings and table cells repeat by right
 *       (a section title in a table of contents, a name in every row), and so do numbers.</li>
 * </ul>
 * Only short blocks are looked up, so prose is never read against the lists.
 */
final class ChromeLines {

    /** Labels alone in a block; compared lower-cased, without surrounding punctuation. */
    private static final Set<String> LABELS = Set.of(
            // English
            "read more", "read next", "read also", "also read", "see also", "related", "related articles",
            "related article", "related stories", "related content", "related coverage", "related news", "related topics",
            "more on this story", "more on this topic", "recommended", "recommended for you", "recommended stories",
            "recommended videos", "you might like", "you may also like", "you might also like", "more stories",
            "top stories", "trending", "trending now", "most popular", "most read", "advertisement",
            "article continues below", "story continues below", "story continues below advertisement",
            "continue reading below", "share", "share this", "share this article", "share this story", "comments",
            "show comments", "leave a comment", "sign up", "subscribe", "subscribe now", "newsletter", "video loading",
            "loading video", "video unavailable", "story saved", "topics", "tags", "listen to this article",
            // German
            "lesen sie auch", "lesen sie mehr", "auch interessant", "das könnte sie auch interessieren",
            "das könnte sie interessieren", "mehr zum thema", "weitere informationen", "ende der weiteren informationen",
            "weitere artikel", "weiterlesen", "teilen", "artikel teilen", "kommentare", "anzeige", "werbung",
            "empfohlener redaktioneller inhalt", "player wird geladen", "meistgelesen", "schlagwörter", "mehr dazu",
            // French, Spanish, Italian, Portuguese, Dutch
            "lire aussi", "à lire aussi", "a lire aussi", "lire la suite", "sur le même sujet", "voir aussi", "partager",
            "publicité", "commentaires", "les plus lus", "lee también", "leer más", "te puede interesar",
            "para saber más", "noticias relacionadas", "compartir", "publicidad", "lo más leído", "comentarios",
            "leggi anche", "potrebbe interessarti", "condividi", "pubblicità", "commenti", "articoli correlati",
            "leia também", "leia mais", "veja também", "compartilhe", "publicidade", "lees ook", "lees meer", "delen",
            "advertentie",
            // Polish, Czech, Turkish, Russian, Scandinavian
            "czytaj więcej", "czytaj też", "czytaj także", "zobacz też", "zobacz także", "reklama", "polecamy",
            "udostępnij", "čtěte také", "sdílet", "reklam", "ilgili haberler", "paylaş", "реклама", "читайте также",
            "поделиться", "les også", "läs också", "læs også", "annonse", "annons", "dela",
            // Chinese, Japanese, Korean
            "相关新闻", "相关阅读", "相关文章", "推荐阅读", "延伸阅读", "热门推荐", "分享到", "广告", "相關新聞", "延伸閱讀",
            "関連記事", "関連ニュース", "おすすめ情報", "おすすめ記事", "関連キーワード", "広告", "シェア", "シェアする",
            "ツイート", "分享", "转发", "收藏", "관련기사", "관련 기사", "인기뉴스", "많이 본 뉴스", "광고", "공유", "공유하기");

    /**
     * Words of paywall and log-in notices ("Article réservé aux abonnés", "この記事は会員限定です"),
     * lower-cased; a short block that holds one is the notice, not the article.
     */
    private static final List<String> PAYWALL_PHRASES = List.of(
            "subscribe to continue reading", "log in to continue reading", "sign in to continue reading",
            "subscribe to read", "for subscribers only", "subscribers only", "exclusive to subscribers",
            "this article is for subscribers", "already a subscriber", "unlock this article",
            "nur für abonnenten", "exklusiv für abonnenten", "bereits abonnent", "schon abonnent",
            "sie haben bereits ein abo", "jetzt abonnieren und", "réservé aux abonnés", "réservée aux abonnés",
            "de cet article à lire", "déjà abonné", "exclusivo para suscriptores", "ya eres suscriptor",
            "suscríbete para seguir leyendo", "riservato agli abbonati", "sei già abbonato", "exclusivo para assinantes",
            "já é assinante", "alleen voor abonnees", "会員限定", "有料会員", "続きを読むには", "付费阅读", "유료 회원");

    /** "3 Min Lesezeit", "Lesedauer: 4 Minuten", "11 min read": how long the article takes, not the article. */
    private static final Pattern READING_TIME = Pattern.compile(
            "(?iu)(\\d+\\s*(min\\.?|mins|minutes?|minuten)\\s*(read|lesezeit|lecture|de lectura|di lettura|leestijd)?"
                    + "|(lesedauer|lesezeit|reading time|temps de lecture|tiempo de lectura|leestijd)\\s*:?\\s*\\d+\\s*"
                    + "(min\\.?|minuten|minutes?))");

    /**
     * The desk's sign-off that closes Chinese news pages ("(责任编辑：王明)", "【责编：李华 校对：张三】"):
     * the staff who handled the page, not its text and not its authors.
     */
    private static final Pattern EDITOR_SIGN_OFF = Pattern.compile(
            "^[(（\\[【]?\\s*(责任编辑|責任編輯|责编|責編|编辑|編輯|校对|校對|审核|審核|编审|編審|审校|審校|监制|監製)\\s*[:：].{1,40}$");

    /** Cues that open a teaser line for another article, lower-cased. */
    private static final List<String> READ_ALSO_CUES = List.of(
            "read more", "read also", "also read", "read next", "see also", "related", "lesen sie auch", "lesen sie mehr",
            "mehr zum thema", "auch interessant", "lire aussi", "à lire aussi", "lee también", "leer más", "leggi anche",
            "leia também", "lees ook", "czytaj więcej", "czytaj też", "czytaj także", "zobacz też", "читайте также",
            "les også", "läs også", "相关阅读", "相关新闻", "推荐阅读", "関連記事", "관련기사",
            // the links to the previous and next article that close many pages
            "previous article", "next article", "previous post", "next post", "vorheriger artikel", "nächster artikel",
            "article précédent", "article suivant", "上一篇", "下一篇", "上一篇文章", "下一篇文章", "前一篇", "後一篇",
            "前の記事", "次の記事", "이전기사", "다음기사");

    private static final String SEPARATORS = ":：|»›>–—-…";
    /** Longer blocks are text, whatever they start with. */
    private static final int MAX_LABEL_LENGTH = 60;
    private static final int MAX_TEASER_LENGTH = 160;
    private static final int MAX_NOTICE_LENGTH = 120;
    /** A block is "a link" when its links hold this share of its text. */
    private static final double LINK_SHARE = 0.6;
    static final int REPEATS = 3;
    private static final int MAX_REPEATED_LENGTH = 60;
    private static final Pattern SENTENCE_MARKS = Pattern.compile("[，。！？；、,.!?;]");

    private ChromeLines() {}

    /** The blocks without chrome lines; images and everything else stay in order. */
    static List<Block> without(List<Block> blocks) {
        Map<String, Integer> shortTexts = shortTextCounts(blocks);
        List<Block> kept = new ArrayList<>(blocks.size());
        boolean afterLabel = false;
        for (Block block : blocks) {
            if (!(block instanceof TextBlock text)) {
                kept.add(block);
                continue;
            }
            if (isLabel(text.text())) {
                afterLabel = true;
                continue;
            }
            if (afterLabel && isLink(text)) {
                continue;
            }
            afterLabel = false;
            if (isReadAlsoTeaser(text) || isNotice(text.text()) || (text.kind() == TextBlock.Kind.PARAGRAPH && shortTexts.getOrDefault(text.text(), 0) >= REPEATS)) {
                continue;
            }
            kept.add(text);
        }
        return kept;
    }

    static boolean isLabel(String text) {
        return text.length() <= MAX_LABEL_LENGTH && LABELS.contains(normalized(text));
    }

    /** A paywall or log-in notice, a reading time or an editors' sign-off, alone in a short block. */
    static boolean isNotice(String text) {
        if (text.length() > MAX_NOTICE_LENGTH) {
            return false;
        }
        if (text.length() <= MAX_LABEL_LENGTH
                && (READING_TIME.matcher(text).matches() || EDITOR_SIGN_OFF.matcher(text).matches())) {
            return true;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String phrase : PAYWALL_PHRASES) {
            if (lower.contains(phrase)) {
                return true;
            }
        }
        return false;
    }

    static boolean isReadAlsoTeaser(TextBlock block) {
        String text = block.text();
        if (text.length() > MAX_TEASER_LENGTH * 2) {
            return false;
        }
        String lower = text.toLowerCase(Locale.ROOT);
        for (String cue : READ_ALSO_CUES) {
            if (lower.startsWith(cue) && lower.length() > cue.length()) {
                // "Read more: …" and "Lesen Sie auch | …" are teasers; "Related to this, the minister said …" is prose.
                return (text.length() <= MAX_TEASER_LENGTH && opensWithSeparator(lower, cue.length())) || isLink(block);
            }
        }
        return false;
    }

    private static boolean opensWithSeparator(String text, int at) {
        int i = at;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i < text.length() && SEPARATORS.indexOf(text.charAt(i)) >= 0;
    }

    /** Whether links hold most of the block's text. */
    static boolean isLink(TextBlock block) {
        if (block.anchors().isEmpty()) {
            return false;
        }
        int linked = 0;
        for (Anchor anchor : block.anchors()) {
            linked += anchor.text().length();
        }
        return linked >= LINK_SHARE * block.text().length();
    }

    private static Map<String, Integer> shortTextCounts(List<Block> blocks) {
        Map<String, Integer> counts = new HashMap<>();
        for (Block block : blocks) {
            if (block instanceof TextBlock text && text.kind() == TextBlock.Kind.PARAGRAPH && text.anchors().isEmpty()
                    && isFewWords(text.text())) {
                counts.merge(text.text(), 1, Integer::sum);
            }
        }
        return counts;
    }

    /**
     * Short, of two words or more, and no digits. In a script written without spaces a character
     * says about what a word does, so the bound is a third as long, and a phrase with a comma or a
     * full stop (，。) is a sentence, not a label.
     */
    private static boolean isFewWords(String text) {
        if (text.indexOf(' ') < 0 && isWrittenWithoutSpaces(text)) {
            if (text.length() > MAX_REPEATED_LENGTH / 3 || SENTENCE_MARKS.matcher(text).find()) {
                return false;
            }
        } else if (text.length() > MAX_REPEATED_LENGTH || text.indexOf(' ') < 0) {
            return false;
        }
        for (int i = 0; i < text.length(); i++) {
            if (Character.isDigit(text.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isWrittenWithoutSpaces(String text) {
        Character.UnicodeScript script = Character.UnicodeScript.of(text.codePointAt(0));
        return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
                || script == Character.UnicodeScript.KATAKANA || script == Character.UnicodeScript.THAI;
    }

    /** Lower-cased, without the punctuation and brackets that labels wear ("【関連記事】", "Read more:", "Teilen »"). */
    private static String normalized(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && isDecoration(text.charAt(start))) {
            start++;
        }
        while (end > start && isDecoration(text.charAt(end - 1))) {
            end--;
        }
        return text.substring(start, end).toLowerCase(Locale.ROOT);
    }

    private static boolean isDecoration(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || (!Character.isLetterOrDigit(c) && c != '&');
    }
}
