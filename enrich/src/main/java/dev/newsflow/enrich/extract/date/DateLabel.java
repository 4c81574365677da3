package dev.newsflow.enrich.extract.date;

import java.util.regex.Pattern;

/**
 * What the words before a printed date say it is, in the major news languages: the publication
 * ("Published", "Veröffentlicht", "Erstellt", "Datum", "Publié le", "发布时间", "日期", "公開日",
 * "입력") or an update ("Updated", "Aktualisiert", "Mis à jour", "更新", "수정"). An update label wins
 * where both stand ("更新时间", "Last updated date"). Words such as "Stand" ("as of") say neither.
 */
enum DateLabel {
    PUBLISHED, UPDATED, NONE;

    /** The longest run of label words before a date or on its own. */
    static final int LONGEST = 40;

    private static final Pattern UPDATE_WORDS = Pattern.compile(
            "(?<!\\p{L})(updated?|last updated|modified|edited|revised|aktualisiert|geändert|mise? à jour|actualizado|actualizada"
                    + "|actualización|atualizado|aggiornato|aggiornamento|bijgewerkt|zaktualizowano|aktualizováno|обновлено"
                    + "|оновлено|güncelleme|güncellendi|uppdaterad|opdateret|oppdatert|päivitetty)(?!\\p{L})"
                    + "|更新|修改|修订|最終更新|수정|업데이트",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern PUBLICATION_WORDS = Pattern.compile(
            "(?<!\\p{L})(published|posted|publication date|date|dated|released|created|veröffentlicht|erstellt|datum"
                    + "|publié|publie|mis en ligne|publicado|publicada|pubblicato|gepubliceerd|opublikowano|publikováno"
                    + "|опубликовано|опубліковано|yayınlanma|yayın tarihi|publicerad|publiceret|publisert|julkaistu|fecha|data)(?!\\p{L})"
                    + "|发布|發布|發佈|发表|發表|日期|时间|時間|发稿|公開|配信|投稿|掲載|입력|등록",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Label words and what may surround them: "Published on:", "Veröffentlicht am", "发布时间：". */
    private static final Pattern LABEL_ONLY = Pattern.compile("[\\p{L}\\p{M}\\s.:：,|/()（）\\[\\]-]{2," + LONGEST + "}");

    /** What {@code words} (the text before a date) say the date is. */
    static DateLabel of(CharSequence words) {
        if (words.isEmpty()) {
            return NONE;
        }
        CharSequence tail = words.length() > LONGEST ? words.subSequence(words.length() - LONGEST, words.length()) : words;
        if (UPDATE_WORDS.matcher(tail).find()) {
            return UPDATED;
        }
        return PUBLICATION_WORDS.matcher(tail).find() ? PUBLISHED : NONE;
    }

    /** The label a text made only of label words gives ("Datum", "Aktualisiert:"), or NONE. */
    static DateLabel ofLabelOnly(String text) {
        return text.length() <= LONGEST && LABEL_ONLY.matcher(text).matches() ? of(text) : NONE;
    }
}
