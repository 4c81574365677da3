package dev.newsflow.enrich.extract.credit;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publisher and agency credits written in parentheses, ASCII or full-width: a prefix of the first
 * paragraph ({@code （示例中文網）正文…}, {@code (AFP) - Text…}) or a whole paragraph
 * ({@code （綜合報導）}, {@code (dpa)}, and the {@code ab/cd (dpa, Reuters)} sign-off of editors'
 * initials and agencies). Such a line names who wrote or supplied the text; it is not body text.
 *
 * <p>A parenthesis counts as a credit only when its content looks like one: a list of known news
 * agencies, or a short CJK phrase naming a news outlet or a compilation (網, 社, 報導, 編譯 …) with no
 * sentence punctuation. A parenthesis that opens an ordinary sentence ({@code （4月26日）…}) stays.
 */
public final class AgencyCredit {

    private static final Pattern LEADING_PARENTHESIS = Pattern.compile("^\\s*[(（]([^()（）]{1,40})[)）]");

    /** What may follow a leading credit before the text proper starts: dashes, colons, spaces. */
    private static final Pattern AFTER_CREDIT = Pattern.compile("^[\\s\\-–—:：,，]+");

    /** An editors'-initials sign-off before the agencies, e.g. {@code ab/cd (dpa, AFP)}. */
    private static final Pattern INITIALS = Pattern.compile("^\\p{Ll}{1,4}(?:/\\p{Ll}{1,4})*\\s*");

    private static final Pattern LIST_SEPARATORS = Pattern.compile("\\s*[,/;、，]\\s*|\\s+and\\s+|\\s+und\\s+");

    /** News agencies, by the names and abbreviations credit lines and bylines use (lower case). */
    private static final Set<String> AGENCIES = Set.of(
            "afp", "ap", "dpa", "reuters", "rtr", "kna", "epd", "efe", "ansa", "apa", "sda", "sid", "ots",
            "kyodo", "yonhap", "xinhua", "tass", "ria", "upi", "aap", "cna", "pa", "lusa", "anadolu",
            "bloomberg", "dw", "新华社", "新華社", "中央社", "路透社", "法新社", "美联社", "美聯社", "德新社",
            "共同社", "韩联社", "韓聯社", "中新社", "塔斯社",
            "associated press", "the associated press", "agence france-presse", "agence france presse",
            "deutsche presse-agentur", "katholische nachrichten-agentur", "evangelischer pressedienst",
            "schweizerische depeschenagentur", "keystone-sda", "austria presse agentur", "sport-informations-dienst",
            "thomson reuters", "press association", "kyodo news", "yonhap news agency", "xinhua news agency",
            "anadolu ajansı", "anadolu agency", "agencia efe", "europa press", "agenzia nova", "ria novosti",
            "interfax", "ukrinform", "ntb", "ritzau", "stt", "belga", "anp", "pap", "ctk", "čtk", "mti",
            "bernama", "antara", "pti", "ians", "中国新闻社", "中新网", "共同通信", "時事通信", "时事通信", "聯合通信");

    /** Words that make a short CJK parenthesis a credit: outlets (網, 社, 報) and compilations (綜合, 編譯). */
    private static final Pattern CJK_CREDIT_WORD = Pattern.compile(
            "[网網社报報]$|中文[网網]|新[闻聞]|日[报報]|[电電]视|[综綜]合|[编編][译譯]|[记記]者|[报報][导導道]|整理");

    /** Sentence punctuation: a parenthesis holding it is an aside, not a credit. */
    private static final Pattern SENTENCE_PUNCTUATION = Pattern.compile("[，。！？；]|[,.!?;]\\s");

    private static final int MAX_CJK_CREDIT_LENGTH = 20;

    /**
     * The credit that opens {@code paragraph}, as written (with its parentheses), or null.
     * {@link #withoutLeadingCredit} gives the paragraph without it.
     */
    public String leadingCredit(String paragraph) {
        Matcher parenthesis = LEADING_PARENTHESIS.matcher(paragraph);
        if (!parenthesis.find() || !isCredit(parenthesis.group(1))) {
            return null;
        }
        return paragraph.substring(parenthesis.start(), parenthesis.end()).strip();
    }

    /** {@code paragraph} without its leading credit and the dash or colon after it. */
    public String withoutLeadingCredit(String paragraph) {
        Matcher parenthesis = LEADING_PARENTHESIS.matcher(paragraph);
        if (!parenthesis.find() || !isCredit(parenthesis.group(1))) {
            return paragraph;
        }
        return AFTER_CREDIT.matcher(paragraph.substring(parenthesis.end())).replaceFirst("");
    }

    /** Whether the whole paragraph is a credit line. */
    public boolean isCreditParagraph(String paragraph) {
        String text = paragraph.strip();
        if (!text.endsWith(")") && !text.endsWith("）")) {
            // Both forms end with the credit's closing parenthesis; nearly every paragraph is spared the regexes.
            return false;
        }
        Matcher parenthesis = LEADING_PARENTHESIS.matcher(text);
        if (parenthesis.find() && parenthesis.end() == text.length()) {
            return isCredit(parenthesis.group(1));
        }
        String afterInitials = INITIALS.matcher(text).replaceFirst("");
        Matcher signOff = LEADING_PARENTHESIS.matcher(afterInitials);
        return afterInitials.length() < text.length()
                && signOff.find()
                && signOff.end() == afterInitials.length()
                && isAgencyList(signOff.group(1));
    }

    /**
     * Whether {@code name} names a news agency, as a byline or an author field writes it
     * ({@code dpa}, {@code AFP}, {@code The Associated Press}, {@code 新华社}): a credit, not a person.
     */
    public static boolean isAgency(String name) {
        return AGENCIES.contains(name.strip().toLowerCase(Locale.ROOT));
    }

    private static boolean isCredit(String content) {
        return isAgencyList(content) || isCjkCredit(content.strip());
    }

    private static boolean isAgencyList(String content) {
        String[] names = LIST_SEPARATORS.split(content.strip().toLowerCase(Locale.ROOT));
        for (String name : names) {
            if (!AGENCIES.contains(name)) {
                return false;
            }
        }
        return names.length > 0;
    }

    private static boolean isCjkCredit(String content) {
        return content.length() <= MAX_CJK_CREDIT_LENGTH
                && content.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
                && !SENTENCE_PUNCTUATION.matcher(content + " ").find()
                && CJK_CREDIT_WORD.matcher(content).find();
    }
}
