package dev.newsflow.enrich.extract.image;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Splits a caption element into caption text and credit. A credit is either marked up
 * ({@code <cite>}, an element whose class names a credit or copyright) or written at the end
 * after a label: {@code "… Photo: Jane Roe/Example Wire"}, {@code "… (Foto: dpa)"}, {@code "…。图：新华社"}.
 */
public final class CaptionCredit {

    private static final Evaluator MARKED_UP_CREDIT = QueryParser.parse("cite, [class*=credit], [class*=copyright]");

    private static final String LABEL = "(?:photo|photograph|image|picture|credit|foto|fotos|bild|bildquelle|quelle|"
            + "图片来源|圖片來源|图片|圖片|图|圖|摄影|攝影)\\s*[:：]\\s*";

    /** A credit written at the end of the caption after its label, optionally in parentheses. */
    private static final Pattern LABELLED_CREDIT = Pattern.compile(
            "(?:^|(?<=[\\s。．.，,；;]))[(（]?" + LABEL + "(?<credit>[^)）]+?)[)）]?\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    /** The label in front of a marked-up credit: {@code <span class="credit">Photo: Jane Roe</span>}. */
    private static final Pattern LEADING_LABEL = Pattern.compile("^" + LABEL, Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);

    private CaptionCredit() {}

    public static Caption split(Element captionElement) {
        Element marked = captionElement.selectFirst(MARKED_UP_CREDIT);
        if (marked != null && marked != captionElement) {
            Element withoutCredit = captionElement.clone();
            withoutCredit.select(MARKED_UP_CREDIT).remove();
            return caption(withoutCredit.text(), LEADING_LABEL.matcher(marked.text()).replaceFirst(""));
        }
        String text = captionElement.text();
        Matcher labelled = LABELLED_CREDIT.matcher(text);
        if (labelled.find()) {
            return caption(text.substring(0, labelled.start()), labelled.group("credit"));
        }
        return caption(text, null);
    }

    private static Caption caption(String text, String credit) {
        return new Caption(blankToNull(text), blankToNull(credit));
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }
}
