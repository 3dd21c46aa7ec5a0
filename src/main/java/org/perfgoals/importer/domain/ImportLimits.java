package org.perfgoals.importer.domain;

/**
 * How much one import may hold. The bounds are generous for real 绩效目标申报表 (the seed's forms have at most 17
 * indicators and 6 sub-items; a unit's yearly file holds a few dozen forms) but keep one file from flooding the
 * views, the heap and the demo seeding: a 10,000-indicator form imported in two seconds and then took minutes to
 * show. The column widths a stored value must fit are in {@link TextLimit} and {@link NumberLimit}.
 */
public final class ImportLimits {

    /** 10 MB of text: about 2,000 forms of the seed's size, so {@link #MAX_FORMS_PER_FILE} is reached first. */
    public static final int MAX_FILE_BYTES = 10 * 1024 * 1024;

    /** A unit's whole year, several times over; the bench imports 1,000 forms in one file. */
    public static final int MAX_FORMS_PER_FILE = 2_000;

    /** Forty times the seed's largest table; a project page and its entry sheet stay usable at this size. */
    public static final int MAX_INDICATORS_PER_FORM = 300;

    /** Fifteen times the seed's largest budget composition. */
    public static final int MAX_BUDGET_ITEMS_PER_FORM = 100;

    /**
     * Lines of a form that are not recognised are each a warning, stored with the project: past this many, one more
     * warning counts the rest. A real form has a handful (signatures, page numbers).
     */
    public static final int MAX_UNRECOGNIZED_LINES_QUOTED = 50;

    /** Sheets of a workbook; a unit's workbook holds one form a sheet, a few dozen at most. */
    public static final int MAX_SHEETS = 100;

    /** Rows of cells a Word, Excel, HTML or PDF file may give (all its tables, sheets or pages together). */
    public static final int MAX_ROWS = 50_000;

    /** Cells of those rows together: a huge sheet is refused before its cells are read. */
    public static final int MAX_CELLS = 500_000;

    /** Pages of a PDF. */
    public static final int MAX_PAGES = 500;

    /**
     * Bytes one part of a .docx or .xlsx may expand to (POI refuses larger ones as a zip bomb, before parsing them): a
     * sheet of {@link #MAX_ROWS} rows of a form's few cells fits, a 50 MB sheet that would take gigabytes of heap does
     * not.
     */
    public static final long MAX_EXPANDED_PART_BYTES = 32L * 1024 * 1024;

    /** Seconds the reading of one file may take; a file that takes longer is refused. */
    public static final int MAX_READ_SECONDS = 30;

    /** How much of what was sent a message repeats; longer texts are cut with an ellipsis. */
    public static final int QUOTED_CHARS = 100;

    private ImportLimits() {
    }

    /** At most {@link #QUOTED_CHARS} characters of the text, with … where it was cut; null stays null. */
    public static String quote(String text) {
        if (text == null || text.codePointCount(0, text.length()) <= QUOTED_CHARS) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, QUOTED_CHARS)) + "…";
    }
}
