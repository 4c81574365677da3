package dev.newsflow.enrich.extract.metadata;

import dev.newsflow.core.text.OneLine;
import dev.newsflow.enrich.extract.credit.AgencyCredit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns bylines and author fields as feeds and pages write them into clean names, and tells the
 * persons among them from the organisations and agencies ({@link Byline}):
 * {@code "By Jane Roe and John Doe"} → {@code [Jane Roe, John Doe]},
 * {@code "Veröffentlicht vonChris Jung"} → {@code [Chris Jung]},
 * {@code "Johanna Kropfitsch Alle Artikel"} → {@code [Johanna Kropfitsch]},
 * {@code "Von Anna Schmidt, dpa"} → {@code [Anna Schmidt]} crediting dpa,
 * {@code "来源：新华社 作者：茉莉"} → {@code [茉莉]} crediting 新华社,
 * {@code "Brazil, Rachel"} → {@code [Rachel Brazil]},
 * {@code "jane@example.org (Jane Roe)"} → {@code [Jane Roe]};
 * labels in the major languages, profile URLs, addresses, the editors, photographers, dates,
 * weekdays and roles that share a byline are dropped.
 * A field that is written like code rather than like a byline ({@link #readsAsByline}) is dropped
 * whole: cut into pieces it would leave words that look like a name.
 *
 * <p>Regular expressions over a byline of a hundred characters at most, never over a page.
 */
public final class AuthorNames {

    /** Patterns compiled once: String.replaceAll and split compile theirs on every call, and these run for every byline read. */
    private static final Pattern CLOSING_BRACKET_AT_END = Pattern.compile("[)）]$");
    private static final Pattern COMMA = Pattern.compile("\\s*,\\s*");
    private static final Pattern ASIDE_SEPARATOR = Pattern.compile("\\s*[,/、]\\s*");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s•·,;:|\\-–—)）]+$");

    /** RSS {@code <author>} is an e-mail address, optionally followed by the name in parentheses. */
    private static final Pattern EMAIL_WITH_NAME = Pattern.compile("^\\S+@\\S+\\s*\\((.+)\\)$");

    /** A profile link or address in parentheses or angle brackets after the name. */
    private static final Pattern PARENTHESISED_CONTACT = Pattern.compile("\\s*(?:\\([^)]*(?:://|@)[^)]*\\)|<[^>]*(?:://|@)[^>]*>)");

    /** A web address after or in a name: {@code Deutsche Welle (www.dw.com)}, {@code example.com developer}. */
    private static final Pattern WEB_ADDRESS = Pattern.compile(
            "(?:^|[\\s(（])(?:www\\.)?[\\p{L}\\d-]+\\.(?:com|net|org|de|at|ch|fr|it|es|nl|co|uk|info|news|tv|online)\\b",
            Pattern.CASE_INSENSITIVE);

    /**
     * Characters code, queries and templates are written with and bylines never are (an address or
     * a link, which may hold some, is taken out first).
     */
    private static final Pattern CODE_CHARACTERS = Pattern.compile("[=<>{}`\\\\^~$%*#]");

    /** Brackets, which must pair up in a byline, each closing one after its opening one. */
    private static final String OPENING = "([（【";
    private static final String CLOSING = ")]）】";
    /** Quotes, which come in pairs whichever way a language turns them („so“, «so», “so”). */
    private static final String DOUBLE_QUOTES = "\"“”„«»";
    private static final String SINGLE_QUOTES = "'‘’‚‹›";

    /** The source of a Chinese byline, {@code 来源：新华社}: who supplied the text, a credit rather than an author. */
    private static final Pattern SOURCE = Pattern.compile("(?:来源|來源|稿源|出处|出處|新闻来源|新聞來源)\\s*[:：]\\s*([^\\s:：|｜/／,，]+)");

    /**
     * Labels before the names: "By", "Von", "par", "por", "di", "door", "av" as words of their own;
     * phrases glued to the name as some templates render them ("Veröffentlicht vonChris Jung");
     * nouns with a colon ("Autor:", "Text:"); and the Chinese and Japanese labels (作者：, 文/, 记者, 筆者).
     */
    private static final Pattern LEADING_LABEL = Pattern.compile(
            "^(?:(?:written|posted|reported|story|words|text|report|reporting|interview)\\s+by"
                    + "|(?:veröffentlicht|geschrieben|verfasst|erstellt|ein\\s+(?:beitrag|artikel|kommentar|gastbeitrag|interview))\\s+von"
                    + "|(?:publié|écrit|rédigé)\\s+par|(?:escrito|publicado|redactado)\\s+por|(?:scritto|pubblicato)\\s+da"
                    + "|(?:geschreven|gepubliceerd)\\s+door|(?:skrevet|skriven|publisert|publicerad)\\s+av)\\s*[:：]?\\s*"
                    + "|^(?:by|von|par|por|di|door|av|af)(?:\\s*[:：]\\s*|\\s+)"
                    + "|^(?:text|texte|autor|autorin|autoren|autorin/autor|author|authors|auteur|auteurs|autore|autores|reporter)\\s*[:：]\\s*"
                    + "|^autorin/autor\\s+"
                    + "|^(?:この記事の筆者|本报记者|本報記者|特约记者|特約記者|作者|撰文|撰稿|文字|记者|記者|通讯员|通訊員|筆者)\\s*[:：/／|｜]?\\s*"
                    + "|^文\\s*[:：/／|｜]\\s*",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /**
     * A Chinese or Japanese author label inside a dateline line, after the date, the source or the
     * editor: the names start there ("2005-05-07 来源：新华社 作者：茉莉").
     */
    private static final Pattern CJK_LABEL_INSIDE = Pattern.compile(
            "(?<=[\\s　|｜,，;；（(])(?:(?:本报记者|本報記者|特约记者|特約記者|记者|記者)(?=[\\s:：])|(?:作者|撰文|撰稿|筆者|文)\\s*[:：/／])");

    /** A brand in lower case before a label, as a badge renders it: "capital von Jane Roe". */
    private static final Pattern LOWER_CASE_BRAND = Pattern.compile("^\\p{Ll}+\\s+(?=(?:von|by|par|por)\\s)");

    /** Where a byline goes on to name other roles, the date or links: the authors' names end there. */
    private static final Pattern END_OF_AUTHORS = Pattern.compile(
            "\\s*(?:\\b(?:edited|photos?|photographs?|photography|illustrations?|graphics|video|additional reporting"
                    + "|fotos?|bilder|mitarbeit)\\s+(?:by|von)\\b"
                    + "|\\b(?:updated|published|posted|aktualisiert|stand|mis à jour|publié le|actualizado|publicado el)\\b"
                    + "|[|｜•]"
                    // The section after the names: "By Jane Roe, in Politics".
                    + "|,\\s*in(?:\\s|$)"
                    + "|\\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec|januar|februar|märz|mai|juni|juli|oktober|dezember)"
                    + "[a-z]*\\.?\\s+\\d"
                    // A digit ends the names unless it is part of a brand in capitals, as in "BR24" or "N24".
                    // (case-sensitive: under CASE_INSENSITIVE \\p{Lu} would match any letter).
                    + "|(?-i:(?<!\\p{Lu})(?<!\\p{Lu}\\d)(?<!\\p{Lu}\\d\\d))\\d"
                    + "|\\b(?:alle artikel|all articles|alle beiträge|all posts|view all posts|more from|more by|mehr von|mehr zum autor"
                    + "|articles by|follow|folgen|zum profil|profil|profile)\\b"
                    // The same links glued to the name by markup with no space between: "Johanna RoeAlle Artikel".
                    + "|(?-i:(?<=\\p{Ll})(?=\\p{Lu}))(?:alle artikel|all articles|alle beiträge|all posts|view all posts|more from"
                    + "|more by|mehr von|articles by|zum profil)\\b"
                    + "|フォロー|すべて見る"
                    + "|(?:编辑|編輯|责任编辑|責任編輯|责编|責編|来源|來源|稿源|(?:发布|發佈|發布|更新|发表|發表)?(?:日期|时间|時間)|发布|發佈|發布"
                    + "|浏览|瀏覽|点击|點擊|阅读|閱讀)\\s*[:：]"
                    // "发表于 2024-3-15", "發佈於": the date that follows the name in forum and blog bylines.
                    + "|(?:发表于|發表於|发布于|發佈於|發布於)"
                    + "|(?<=^|\\s)(?:摄|攝|摄影|攝影|报道|報導|報道|发自|發自)(?=\\s|$)"
                    + ").*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);

    private static final Pattern SEPARATORS = Pattern.compile(
            "\\s*(?:,|;|&|、|，|；|\\band\\b|\\bund\\b|\\bet\\b|\\by\\b|\\be\\b|\\bog\\b|\\boch\\b|\\ben\\b|\\bi\\b|\\bve\\b"
                    + "|\\bés\\b|\\bи\\b|\\bта\\b)\\s*",
            Pattern.UNICODE_CHARACTER_CLASS);

    /**
     * A parenthesised aside after a name: initials ("Elena Roe (ero)"), a place ("王小明（北京）"), an
     * agency ("(dpa)"). Inside a name it is part of it: "Bruno (Henrique Roe) Rodrigues".
     */
    private static final Pattern PARENTHESISED = Pattern.compile("\\s*[(（]([^()（）]*)[)）]\\s*$");

    /** A weekday left at the end of a name from the date after it: "Tomas Roe Fr", "Jane Roe Mon.". */
    private static final Pattern TRAILING_WEEKDAY = Pattern.compile(
            "\\s+(?:mo|di|mi|do|fr|sa|so|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag"
                    + "|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun|monday|tuesday|wednesday|thursday|friday|saturday|sunday"
                    + "|lun|mar|mer|jeu|ven|sam|dim|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\\.?,?$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A role written after the name: "Jane Roe, Redakteurin", "신현주 기자". */
    private static final Pattern TRAILING_ROLE = Pattern.compile(
            // A word of its own in Latin script ("Krautreporter" is a name), glued or not in CJK scripts.
            "\\s+(?:redakteur|redakteurin|korrespondent|korrespondentin|reporter|reporterin|journalist|journalistin"
                    + "|staff writer|senior writer|correspondent|contributor|columnist)$"
                    + "|\\s*(?:기자|특파원|记者|記者|特派员|特派員)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** A part that is a role and no name at all: "Staff Writer" after "Jane Roe,". */
    private static final Pattern ROLE_ONLY = Pattern.compile(
            "^(?:(?:senior|chief|contributing|deputy|managing|executive)\\s+)?(?:staff writer|writer|reporter|editor|correspondent"
                    + "|contributor|columnist|redakteur|redakteurin|korrespondent|korrespondentin|autor|autorin)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Words that make a name a desk or a team of a publisher rather than a person. */
    private static final Pattern ORGANISATION_WORD = Pattern.compile(
            "(?:^|[\\s-])(?:redaktion|newsroom|staff|desk|editorial|nachrichten|online|agencies|agenturen|wires?)(?:$|\\s)"
                    + "|编辑部|編輯部|新闻中心|新聞中心|本报|本報|通讯社|通訊社",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** An agency's name followed by what it is: "SID Nachrichtenagentur", "Kyodo news agency". */
    private static final Pattern AGENCY_KIND = Pattern.compile(
            "\\s+(?:nachrichtenagentur|presseagentur|news agency|press agency|agency|agentur)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** Initials or a desk's abbreviation in lower case, "amw", "red": a sign, not a person's name. */
    private static final Pattern LOWER_CASE_INITIALS = Pattern.compile("\\p{Ll}{1,4}");

    /** Short words inside names written in lower case: von, van, de, da, al … */
    private static final Set<String> PARTICLES = Set.of(
            "von", "van", "der", "den", "de", "da", "di", "du", "del", "della", "dos", "das", "do", "le", "la", "les",
            "bin", "ibn", "al", "el", "zu", "ter", "te", "op", "y", "e", "af", "av", "ben", "st.");

    /** A name in Han characters alone, two to four of them: the space between two such names separates them. */
    private static final Pattern HAN_NAME = Pattern.compile("\\p{IsHan}{2,4}");

    /** Longer than any person's name: a sentence that slipped into an author field. */
    private static final int MAX_NAME_LENGTH = 80;
    private static final int MAX_NAME_WORDS = 6;

    private AuthorNames() {}

    /** Every name the fields give, persons, organisations and agencies alike, without duplicates. */
    public static List<String> clean(Collection<String> rawNames) {
        return read(rawNames, List.of(), SiteNames.NONE).names();
    }

    /** The fields read as one byline, organisations told from persons by the site's names. */
    public static Byline read(Collection<String> rawNames, SiteNames site) {
        return read(rawNames, List.of(), site);
    }

    /**
     * @param rawNames      author fields and bylines as written
     * @param organisations names the page declares as organisations (JSON-LD {@code Organization} authors)
     * @param site          the site's names, whose appearance as an author names the publisher
     */
    static Byline read(Collection<String> rawNames, Collection<String> organisations, SiteNames site) {
        Set<String> names = new LinkedHashSet<>();
        Set<String> persons = new LinkedHashSet<>();
        Set<String> credits = new LinkedHashSet<>();
        Set<String> desks = new LinkedHashSet<>();
        for (String raw : rawNames) {
            if (raw != null) {
                readField(OneLine.of(raw), false, site, names, persons, credits, desks);
            }
        }
        // A declared Organization beside persons is the publisher the schema adds to them; alone, it is who signs.
        if (persons.isEmpty()) {
            for (String raw : organisations) {
                if (raw != null) {
                    readField(OneLine.of(raw), true, site, names, persons, credits, desks);
                }
            }
        }
        // The site or its desk beside persons is the publisher signing along ("David Roe, MDR THÜRINGEN"); agencies stay.
        if (!persons.isEmpty()) {
            names.removeAll(desks);
        }
        return new Byline(List.copyOf(names), List.copyOf(persons), List.copyOf(credits));
    }

    private static void readField(String byline, boolean organisation, SiteNames site,
                                  Set<String> names, Set<String> persons, Set<String> credits, Set<String> desks) {
        Matcher emailWithName = EMAIL_WITH_NAME.matcher(byline);
        String text = emailWithName.matches() ? emailWithName.group(1) : byline;
        text = PARENTHESISED_CONTACT.matcher(text).replaceAll("");
        if (!readsAsByline(text)) {
            return;
        }
        Matcher source = SOURCE.matcher(text);
        while (source.find()) {
            credits.add(source.group(1));
        }
        text = source.replaceAll(" ").strip();
        Matcher inside = CJK_LABEL_INSIDE.matcher(text);
        if (inside.find()) {
            text = text.substring(inside.start());
        }
        String unlabelled = withoutLabels(text);
        boolean labelled = !unlabelled.equals(text);
        text = END_OF_AUTHORS.matcher(unlabelled).replaceFirst("");
        text = withoutLabels(text);
        // The closing bracket of a byline set in brackets, "（记者 李华 张伟）", whose opening one the label took.
        if (text.indexOf('(') < 0 && text.indexOf('（') < 0) {
            text = CLOSING_BRACKET_AT_END.matcher(text).replaceFirst("").strip();
        }
        List<String> parts = parts(text, labelled);
        for (String part : parts) {
            String name = cleanName(part, credits);
            if (name.isEmpty() || ROLE_ONLY.matcher(name).matches()) {
                continue;
            }
            // A name written with the site's address is the publisher signing: "Deutsche Welle (www.dw.com)".
            boolean signedBySite = organisation || WEB_ADDRESS.matcher(part).find();
            String agency = AGENCY_KIND.matcher(name).replaceFirst("");
            if (AgencyCredit.isAgency(agency)) {
                credits.add(agency);
                names.add(agency);
            } else if (signedBySite || site.isSite(name) || site.startsWithSite(name) || ORGANISATION_WORD.matcher(name).find()) {
                if (fitsAName(name)) {
                    names.add(name);
                    desks.add(name);
                }
            } else if (LOWER_CASE_INITIALS.matcher(name).matches()) {
                // Initials sign the article but name no one: kept, trusted only when no source names a person.
                names.add(name);
            } else if (isPersonName(name)) {
                names.add(name);
                persons.add(name);
            }
        }
    }

    private static String withoutLabels(String text) {
        String withoutBrand = LOWER_CASE_BRAND.matcher(text).replaceFirst("");
        String withoutLabel = LEADING_LABEL.matcher(withoutBrand).replaceFirst("");
        // "Text: Von Jane Roe": a second label after the first.
        return LEADING_LABEL.matcher(withoutLabel).replaceFirst("").strip();
    }

    /**
     * The names in the byline. Two single words around a comma are one name written surname first,
     * as library catalogues and Dublin Core do ("Brazil, Rachel"), not two people; Han names
     * two to four characters long that spaces separate are several people after a label ("记者 王小明
     * 李华"), or when there are three or more; two such words alone are one Japanese name, family and
     * given name ("大渡 美咲").
     */
    private static List<String> parts(String text, boolean labelled) {
        String[] commaParts = COMMA.split(text, -1);
        if (commaParts.length == 2 && !SEPARATORS.matcher(commaParts[0]).find() && !SEPARATORS.matcher(commaParts[1]).find()
                && isCapitalisedWord(commaParts[0]) && isCapitalisedWord(commaParts[1])
                && !AgencyCredit.isAgency(commaParts[0]) && !AgencyCredit.isAgency(commaParts[1])) {
            return List.of(commaParts[1] + " " + commaParts[0]);
        }
        List<String> parts = new ArrayList<>();
        for (String part : SEPARATORS.split(text)) {
            String[] words = part.strip().split(" ");
            if ((words.length > 2 || (labelled && words.length == 2))
                    && List.of(words).stream().allMatch(word -> HAN_NAME.matcher(word).matches())) {
                parts.addAll(List.of(words));
            } else {
                parts.add(part);
            }
        }
        return parts;
    }

    private static boolean isCapitalisedWord(String word) {
        return !word.isEmpty() && word.indexOf(' ') < 0 && Character.isUpperCase(word.codePointAt(0))
                && word.codePoints().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'' || c == '’');
    }

    /** The part without parenthesised asides (an agency among them is a credit), weekday, role and trailing punctuation. */
    private static String cleanName(String part, Set<String> credits) {
        Matcher parenthesised = PARENTHESISED.matcher(part);
        StringBuilder name = new StringBuilder();
        while (parenthesised.find()) {
            String aside = parenthesised.group(1).strip();
            for (String each : ASIDE_SEPARATOR.split(aside)) {
                if (AgencyCredit.isAgency(each)) {
                    credits.add(each);
                }
            }
            parenthesised.appendReplacement(name, " ");
        }
        parenthesised.appendTail(name);
        String cleaned = TRAILING_PUNCTUATION.matcher(name.toString().strip()).replaceAll("").strip();
        if (cleaned.split(" ").length > 2) {
            cleaned = TRAILING_WEEKDAY.matcher(cleaned).replaceFirst("");
        }
        String withoutRole = TRAILING_ROLE.matcher(cleaned).replaceFirst("").strip();
        // "Guardian staff reporter" names a desk as a whole: its last word is no role after a person's name.
        return withoutRole.isEmpty() || ORGANISATION_WORD.matcher(withoutRole).find() ? cleaned : withoutRole;
    }

    /**
     * Whether the text is written like a byline, not like code: none of {@link #CODE_CHARACTERS},
     * brackets that pair up, quotes that come in pairs. An apostrophe between two letters
     * (O'Brien, N’Golo) is no quote. So
     * {@code "'); DROP TABLE article_images;--"} is no byline (a quote and a bracket left open),
     * where splitting it at its semicolons made "DROP TABLE article_images" a name.
     */
    static boolean readsAsByline(String text) {
        if (CODE_CHARACTERS.matcher(text).find()) {
            return false;
        }
        Deque<Character> open = new ArrayDeque<>();
        int doubleQuotes = 0;
        int singleQuotes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (OPENING.indexOf(c) >= 0) {
                open.push(c);
            } else if (CLOSING.indexOf(c) >= 0) {
                if (open.isEmpty() || OPENING.indexOf(open.pop()) != CLOSING.indexOf(c)) {
                    return false;
                }
            } else if (DOUBLE_QUOTES.indexOf(c) >= 0) {
                doubleQuotes++;
            } else if (SINGLE_QUOTES.indexOf(c) >= 0 && !isBetweenLetters(text, i)) {
                singleQuotes++;
            }
        }
        return open.isEmpty() && doubleQuotes % 2 == 0 && singleQuotes % 2 == 0;
    }

    private static boolean isBetweenLetters(String text, int at) {
        return at > 0 && at + 1 < text.length() && Character.isLetter(text.charAt(at - 1)) && Character.isLetter(text.charAt(at + 1));
    }

    private static boolean fitsAName(String name) {
        return !name.isEmpty()
                && balancedBrackets(name)
                && name.length() <= MAX_NAME_LENGTH
                && name.split(" ").length <= MAX_NAME_WORDS
                && !name.contains("://")
                && !name.contains("@")
                && name.codePoints().anyMatch(Character::isLetter);
    }

    /** "人氣(" is what a cut left of a counter, not a name: a name opens no bracket it does not close. */
    private static boolean balancedBrackets(String name) {
        int depth = 0;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '(' || c == '（') {
                depth++;
            } else if ((c == ')' || c == '）') && --depth < 0) {
                return false;
            }
        }
        return depth == 0;
    }

    /**
     * A person's name: short, with letters, and written as names are, each word capitalised but the
     * particles (von, de, al …), or all in lower case as some people sign. "capital von Jane Roe"
     * or "Directeur de l’innovation" mix the two: a badge or a job, not a name.
     */
    private static boolean isPersonName(String name) {
        if (!fitsAName(name)) {
            return false;
        }
        String[] words = name.split(" ");
        int capitalised = 0;
        int lowerCase = 0;
        for (String word : words) {
            int first = word.codePointAt(0);
            if (Character.isUpperCase(first) || Character.isTitleCase(first)) {
                capitalised++;
            } else if (Character.isLowerCase(first) && !PARTICLES.contains(word.toLowerCase(java.util.Locale.ROOT))) {
                lowerCase++;
            }
        }
        return capitalised == 0 || lowerCase == 0;
    }
}
