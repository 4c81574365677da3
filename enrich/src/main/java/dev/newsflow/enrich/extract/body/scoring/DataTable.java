package dev.newsflow.enrich.extract.body.scoring;

import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * Tells a table of data (kept whole: its numbers are the article) from a table used for layout
 * (judged like any other block). The signs are Readability's: a caption, a summary, header cells or
 * sections, or simply many rows or columns.
 */
final class DataTable {

    /** Queries parsed once: the cleaner asks about every table of every attempt. */
    private static final Evaluator CAPTION = QueryParser.parse("caption");
    private static final Evaluator DATA_PARTS = QueryParser.parse("col, colgroup, tfoot, thead, th");
    private static final Evaluator TABLE = QueryParser.parse("table");
    private static final Evaluator ROW = QueryParser.parse("tr");

    private static final int MANY_ROWS = 10;
    private static final int MANY_COLUMNS = 4;
    private static final int MANY_CELLS = 10;

    private DataTable() {}

    static boolean isDataTable(Element table) {
        if (!table.nameIs("table") || table.attr("role").equals("presentation") || table.attr("datatable").equals("0")) {
            return false;
        }
        if (table.hasAttr("summary")) {
            return true;
        }
        Element caption = table.selectFirst(CAPTION);
        if (caption != null && !caption.text().isBlank()) {
            return true;
        }
        if (!table.select(DATA_PARTS).isEmpty()) {
            return true;
        }
        if (table.select(TABLE).size() > 1) {
            return false;
        }
        var rows = table.select(ROW);
        int columns = 0;
        for (Element row : rows) {
            int cells = 0;
            for (Element cell : row.children()) {
                cells += Math.max(1, parseSpan(cell.attr("colspan")));
            }
            columns = Math.max(columns, cells);
        }
        return rows.size() >= MANY_ROWS || columns > MANY_COLUMNS || rows.size() * columns > MANY_CELLS;
    }

    private static int parseSpan(String span) {
        try {
            return span.isEmpty() ? 1 : Integer.parseInt(span.strip());
        } catch (NumberFormatException e) {
            return 1;
        }
    }
}
