package org.perfgoals.importer.format;

import org.perfgoals.importer.format.FormFiles.Checkboxes;

/** Form files of every format for tests outside this package (the REST API's, the bench). */
public final class FormFixtures {

    private FormFixtures() {
    }

    public static byte[] seedText() {
        return SeedLayout.seedBytes();
    }

    public static byte[] seedDocx() {
        return FormFiles.docx(SeedLayout.seed(), Checkboxes.GLYPH);
    }

    public static byte[] seedXlsx() {
        return FormFiles.xlsx(SeedLayout.seed());
    }

    public static byte[] seedXls() {
        return FormFiles.xls(SeedLayout.seed());
    }

    public static byte[] seedPdf() {
        return FormFiles.pdf(SeedLayout.seed(), cell -> SeedLayout.glyphs(cell, "■", "□"));
    }

    public static byte[] seedHtml() {
        return FormFiles.html(SeedLayout.seed());
    }

    /** A workbook of the given tab-separated forms, one a sheet. */
    public static byte[] xlsx(String text) {
        return FormFiles.xlsx(SeedLayout.layout(text));
    }
}
