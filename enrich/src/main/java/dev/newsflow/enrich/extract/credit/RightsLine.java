package dev.newsflow.enrich.extract.credit;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Copyright and rights notices: a paragraph that opens with {@code ©}, {@code (c)}, "Copyright"
 * followed by a year or sign, or 版權 / 版权 / 著作權; or a short paragraph that reserves all rights
 * in one of the usual phrasings.
 */
public final class RightsLine {

    /** "Copyright" alone is not enough: "Copyright law changed…" is a sentence, not a notice. */
    private static final Pattern RIGHTS_OPENING = Pattern.compile(
            "^(?:©|\\(c\\)\\s|copyright\\s*(?:©|\\(c\\)|\\d{4})|版權|版权|著作權|著作权)", Pattern.CASE_INSENSITIVE);

    private static final List<String> RIGHTS_RESERVED = List.of(
            "all rights reserved", "alle rechte vorbehalten", "tous droits réservés", "todos los derechos reservados",
            "版權所有", "版权所有", "保留所有权利", "保留一切權利", "無断転載");

    /** Longer than any rights notice: a paragraph this long that mentions rights is about rights. */
    private static final int MAX_NOTICE_LENGTH = 300;

    public boolean isRightsLine(String paragraph) {
        String text = paragraph.strip();
        // lookingAt, not find: the pattern is anchored, and find would try it at every position of a long paragraph.
        if (RIGHTS_OPENING.matcher(text).lookingAt()) {
            return true;
        }
        if (text.length() > MAX_NOTICE_LENGTH) {
            return false;
        }
        String lowerCase = text.toLowerCase(Locale.ROOT);
        return RIGHTS_RESERVED.stream().anyMatch(lowerCase::contains);
    }
}
