package org.perfgoals.importer.format;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFontFactory;
import org.apache.poi.hssf.usermodel.HSSFWorkbook;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.perfgoals.importer.format.SeedLayout.Line;

/**
 * Builds form files of every format from a {@link SeedLayout}, in the tests (no binary fixture): .docx written as its
 * WordprocessingML (real gridSpan and vMerge, checkboxes in each of Word's ways), .xlsx and .xls by POI (merged
 * regions, numbers and dates as typed cells, one form a sheet), PDF by PDFBox (a text layer laid out in columns), HTML
 * tables with rowspan and colspan.
 */
final class FormFiles {

    /** How a .docx holds its checkboxes. */
    enum Checkboxes { GLYPH, LEGACY_FIELD, CONTENT_CONTROL, WINGDINGS }

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final Pattern INPUT = Pattern.compile("<input[^>]*>");
    private static final Pattern INTEGER = Pattern.compile("[1-9]\\d{0,14}");
    private static final Pattern GROUPED = Pattern.compile("[1-9]\\d{0,2}(,\\d{3})+");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");

    private FormFiles() {
    }

    // ---------------------------------------------------------------- docx

    static byte[] docx(List<Line> lines, Checkboxes checkboxes) {
        return docxOf(body(lines, checkboxes), "");
    }

    /** A .docx of the given body XML (w: prefixed), with {@code doctype} before the root element. */
    static byte[] docxOf(String body, String doctype) {
        String document = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + doctype
                + "<w:document xmlns:w=\"" + W + "\" xmlns:w14=\"http://schemas.microsoft.com/office/word/2010/wordml\""
                + " xmlns:v=\"urn:schemas-microsoft-com:vml\""
                + " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
                + " xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\""
                + "><w:body>" + body + "</w:body></w:document>";
        return zip(List.of(
                new Part("[Content_Types].xml", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package"
                        + ".relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/vnd.openxmlformats-"
                        + "officedocument.wordprocessingml.document.main+xml\"/></Types>"),
                new Part("_rels/.rels", "<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                        + "relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>"),
                new Part("word/document.xml", document)));
    }

    static String body(List<Line> lines, Checkboxes checkboxes) {
        StringBuilder body = new StringBuilder();
        int i = 0;
        while (i < lines.size()) {
            if (!lines.get(i).isTable()) {
                body.append(paragraph(lines.get(i).cells().isEmpty() ? "" : lines.get(i).cells().getFirst(),
                        checkboxes));
                i++;
                continue;
            }
            int end = i;
            while (end < lines.size() && lines.get(end).isTable() && !lines.get(end).isBlank()) {
                end++;
            }
            body.append(table(lines.subList(i, end), checkboxes));
            i = end;
        }
        return body.toString();
    }

    static String table(List<Line> rows, Checkboxes checkboxes) {
        StringBuilder xml = new StringBuilder("<w:tbl>");
        for (int r = 0; r < rows.size(); r++) {
            Line line = rows.get(r);
            Line below = r + 1 < rows.size() ? rows.get(r + 1) : null;
            xml.append("<w:tr>");
            int end = line.spanFrom() >= 0 ? line.spanFrom() + 1 : line.cells().size();
            for (int c = 0; c < end; c++) {
                StringBuilder properties = new StringBuilder();
                if (c == line.spanFrom()) {
                    properties.append("<w:gridSpan w:val=\"").append(line.cells().size() - c).append("\"/>");
                }
                if (line.continues()[c]) {
                    properties.append("<w:vMerge/>");
                } else if (below != null && c < below.continues().length && below.continues()[c]) {
                    properties.append("<w:vMerge w:val=\"restart\"/>");
                }
                xml.append("<w:tc><w:tcPr>").append(properties).append("</w:tcPr>");
                if (line.continues()[c]) {
                    xml.append("<w:p/>");
                } else {
                    for (String paragraph : SeedLayout.paragraphs(line.cells().get(c))) {
                        xml.append(paragraph(paragraph, checkboxes));
                    }
                }
                xml.append("</w:tc>");
            }
            xml.append("</w:tr>");
        }
        return xml.append("</w:tbl>").toString();
    }

    static String paragraph(String text, Checkboxes checkboxes) {
        StringBuilder xml = new StringBuilder("<w:p>");
        var matcher = INPUT.matcher(text);
        int at = 0;
        while (matcher.find()) {
            xml.append(run(text.substring(at, matcher.start())));
            xml.append(checkbox(matcher.group().contains("checked"), checkboxes));
            at = matcher.end();
        }
        xml.append(run(text.substring(at)));
        return xml.append("</w:p>").toString();
    }

    static String run(String text) {
        return text.isEmpty() ? "" : "<w:r><w:t xml:space=\"preserve\">" + escape(text) + "</w:t></w:r>";
    }

    static String checkbox(boolean ticked, Checkboxes style) {
        return switch (style) {
            case GLYPH -> run(ticked ? "☑" : "☐");
            case LEGACY_FIELD -> "<w:r><w:fldChar w:fldCharType=\"begin\"><w:ffData><w:name w:val=\"Check1\"/>"
                    + "<w:enabled/><w:calcOnExit w:val=\"0\"/><w:checkBox><w:sizeAuto/><w:default w:val=\"0\"/>"
                    + (ticked ? "<w:checked/>" : "") + "</w:checkBox></w:ffData></w:fldChar></w:r>"
                    + "<w:r><w:instrText xml:space=\"preserve\"> FORMCHECKBOX </w:instrText></w:r>"
                    + "<w:r><w:fldChar w:fldCharType=\"separate\"/></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r>";
            case CONTENT_CONTROL -> "<w:sdt><w:sdtPr><w14:checkbox><w14:checked w14:val=\"" + (ticked ? 1 : 0)
                    + "\"/><w14:checkedState w14:val=\"2612\" w14:font=\"MS Gothic\"/>"
                    + "<w14:uncheckedState w14:val=\"2610\" w14:font=\"MS Gothic\"/></w14:checkbox></w:sdtPr>"
                    + "<w:sdtContent><w:r><w:t>" + (ticked ? "☒" : "☐") + "</w:t></w:r></w:sdtContent></w:sdt>";
            case WINGDINGS -> "<w:r><w:sym w:font=\"Wingdings\" w:char=\"" + (ticked ? "F0FE" : "F0A8") + "\"/></w:r>";
        };
    }

    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    // ---------------------------------------------------------------- xlsx, xls

    static byte[] xlsx(List<Line> lines) {
        return workbook(new XSSFWorkbook(), lines);
    }

    static byte[] xls(List<Line> lines) {
        return workbook(new HSSFWorkbook(), lines);
    }

    /** One sheet a form; amounts and whole numbers typed as numbers, ISO dates as dates, merges as regions. */
    static byte[] workbook(Workbook workbook, List<Line> lines) {
        try (workbook) {
            CellStyle grouped = workbook.createCellStyle();
            grouped.setDataFormat(workbook.createDataFormat().getFormat("#,##0"));
            CellStyle date = workbook.createCellStyle();
            date.setDataFormat(workbook.createDataFormat().getFormat("yyyy-mm-dd"));
            int number = 1;
            for (List<Line> form : SeedLayout.forms(lines)) {
                Sheet sheet = workbook.createSheet("表" + number++);
                for (int r = 0; r < form.size(); r++) {
                    Line line = form.get(r);
                    Row row = sheet.createRow(r);
                    for (int c = 0; c < line.cells().size(); c++) {
                        if (!line.continues()[c]) {
                            typed(row.createCell(c), SeedLayout.glyphs(line.cells().get(c), "☑", "☐"), grouped,
                                    date);
                        }
                    }
                }
                regions(sheet, form);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void typed(Cell cell, String text, CellStyle grouped, CellStyle date) {
        var iso = ISO_DATE.matcher(text);
        if (INTEGER.matcher(text).matches()) {
            cell.setCellValue(Double.parseDouble(text));
        } else if (GROUPED.matcher(text).matches()) {
            cell.setCellValue(Double.parseDouble(text.replace(",", "")));
            cell.setCellStyle(grouped);
        } else if (iso.matches()) {
            cell.setCellValue(LocalDate.of(Integer.parseInt(iso.group(1)), Integer.parseInt(iso.group(2)),
                    Integer.parseInt(iso.group(3))));
            cell.setCellStyle(date);
        } else {
            cell.setCellValue(String.join("\n", SeedLayout.paragraphs(text)));
        }
    }

    private static void regions(Sheet sheet, List<Line> form) {
        for (int r = 0; r < form.size(); r++) {
            Line line = form.get(r);
            if (line.spanFrom() >= 0) {
                sheet.addMergedRegion(new CellRangeAddress(r, r, line.spanFrom(), line.cells().size() - 1));
            }
            for (int c = 0; c < Math.min(2, line.cells().size()); c++) {
                boolean starts = !line.continues()[c] && r + 1 < form.size()
                        && c < form.get(r + 1).continues().length && form.get(r + 1).continues()[c];
                if (starts) {
                    int last = r + 1;
                    while (last + 1 < form.size() && c < form.get(last + 1).continues().length
                            && form.get(last + 1).continues()[c]) {
                        last++;
                    }
                    sheet.addMergedRegion(new CellRangeAddress(r, last, c, c));
                }
            }
        }
    }

    // ---------------------------------------------------------------- pdf

    private static final float FONT = 6;
    private static final float PITCH = 10;
    private static final float MARGIN = 20;
    private static final int COLUMN_GAP_CHARS = 4;

    /**
     * A PDF whose text layer is the layout: one text line per line, each cell at its column's x. Its font is a CID font
     * of fixed width with a ToUnicode map and no glyphs (the text layer is what the importer reads).
     */
    static byte[] pdf(List<Line> lines, Function<String, String> cellText) {
        List<List<String>> rows = new ArrayList<>();
        int columns = 0;
        for (Line line : lines) {
            List<String> row = line.cells().stream().map(cellText).toList();
            rows.add(row);
            columns = Math.max(columns, row.size());
        }
        float[] x = new float[columns + 1];
        x[0] = MARGIN;
        for (int c = 0; c < columns; c++) {
            int widest = 0;
            for (List<String> row : rows) {
                widest = Math.max(widest, c < row.size() ? row.get(c).length() : 0);
            }
            x[c + 1] = x[c] + (widest + COLUMN_GAP_CHARS) * FONT;
        }
        float width = Math.min(14_400, x[columns] + MARGIN);
        float height = rows.size() * PITCH + 2 * MARGIN;
        StringBuilder content = new StringBuilder("BT /F1 ").append(FONT).append(" Tf\n");
        for (int r = 0; r < rows.size(); r++) {
            for (int c = 0; c < rows.get(r).size(); c++) {
                String text = rows.get(r).get(c);
                if (!text.isEmpty()) {
                    content.append("1 0 0 1 ").append(x[c]).append(' ').append(height - MARGIN - r * PITCH)
                            .append(" Tm <").append(hex(text)).append("> Tj\n");
                }
            }
        }
        content.append("ET\n");
        return pdfOf(width, height, content.toString());
    }

    static byte[] pdfOf(float width, float height, String content) {
        try (PDDocument document = new PDDocument()) {
            PDPage page = new PDPage(new PDRectangle(width, height));
            document.addPage(page);
            PDResources resources = new PDResources();
            resources.put(COSName.getPDFName("F1"), PDFontFactory.createFont(font(document)));
            page.setResources(resources);
            COSStream stream = document.getDocument().createCOSStream();
            try (var out = stream.createOutputStream()) {
                out.write(content.getBytes(StandardCharsets.US_ASCII));
            }
            page.getCOSObject().setItem(COSName.CONTENTS, stream);
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            document.save(bytes);
            return bytes.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static COSDictionary font(PDDocument document) throws IOException {
        COSDictionary descriptor = new COSDictionary();
        descriptor.setName(COSName.TYPE, "FontDescriptor");
        descriptor.setName(COSName.FONT_NAME, "FormsTestMono");
        descriptor.setInt(COSName.FLAGS, 4);
        COSArray box = new COSArray();
        for (int value : new int[] {0, -200, 1000, 900}) {
            box.add(COSInteger.get(value));
        }
        descriptor.setItem(COSName.FONT_BBOX, box);
        descriptor.setInt(COSName.ITALIC_ANGLE, 0);
        descriptor.setInt(COSName.ASCENT, 880);
        descriptor.setInt(COSName.DESCENT, -120);
        descriptor.setInt(COSName.CAP_HEIGHT, 700);
        descriptor.setInt(COSName.STEM_V, 80);
        COSDictionary info = new COSDictionary();
        info.setString(COSName.REGISTRY, "Adobe");
        info.setString(COSName.ORDERING, "Identity");
        info.setInt(COSName.SUPPLEMENT, 0);
        COSDictionary cid = new COSDictionary();
        cid.setName(COSName.TYPE, "Font");
        cid.setName(COSName.SUBTYPE, "CIDFontType2");
        cid.setName(COSName.BASE_FONT, "FormsTestMono");
        cid.setItem(COSName.CIDSYSTEMINFO, info);
        cid.setItem(COSName.FONT_DESC, descriptor);
        cid.setInt(COSName.DW, 1000);
        cid.setName(COSName.CID_TO_GID_MAP, "Identity");
        COSArray descendants = new COSArray();
        descendants.add(cid);
        COSDictionary font = new COSDictionary();
        font.setName(COSName.TYPE, "Font");
        font.setName(COSName.SUBTYPE, "Type0");
        font.setName(COSName.BASE_FONT, "FormsTestMono");
        font.setName(COSName.ENCODING, "Identity-H");
        font.setItem(COSName.DESCENDANT_FONTS, descendants);
        COSStream toUnicode = document.getDocument().createCOSStream();
        try (var out = toUnicode.createOutputStream()) {
            out.write(toUnicodeMap().getBytes(StandardCharsets.US_ASCII));
        }
        font.setItem(COSName.TO_UNICODE, toUnicode);
        return font;
    }

    /** Code = the character's UTF-16 unit: 256 ranges of 256 codes each. */
    private static String toUnicodeMap() {
        StringBuilder map = new StringBuilder("/CIDInit /ProcSet findresource begin 12 dict begin begincmap\n"
                + "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
                + "/CMapName /Adobe-Identity-UCS def /CMapType 2 def\n"
                + "1 begincodespacerange <0000> <FFFF> endcodespacerange\n");
        for (int block = 0; block < 256; block += 64) {
            map.append("64 beginbfrange\n");
            for (int high = block; high < block + 64; high++) {
                int first = high << 8;
                int from = high == 0xD8 || high == 0xDC ? first : first;
                map.append(String.format("<%04X> <%04X> <%04X>%n", from, first | 0xFF, from));
            }
            map.append("endbfrange\n");
        }
        return map.append("endcmap CMapName currentdict /CMap defineresource pop end end\n").toString();
    }

    private static String hex(String text) {
        StringBuilder hex = new StringBuilder();
        for (char ch : text.toCharArray()) {
            hex.append(String.format("%04X", (int) ch));
        }
        return hex.toString();
    }

    // ---------------------------------------------------------------- html

    /** A web page: paragraphs and tables, merges as rowspan and colspan, the cells' own markup kept. */
    static byte[] html(List<Line> lines) {
        StringBuilder html = new StringBuilder("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>\n");
        int i = 0;
        while (i < lines.size()) {
            Line line = lines.get(i);
            if (!line.isTable()) {
                String text = line.cells().isEmpty() ? "" : line.cells().getFirst();
                html.append("<p>").append(text).append("</p>\n");
                i++;
                continue;
            }
            int end = i;
            while (end < lines.size() && lines.get(end).isTable() && !lines.get(end).isBlank()) {
                end++;
            }
            html.append(htmlTable(lines.subList(i, end)));
            i = end;
        }
        return html.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static String htmlTable(List<Line> rows) {
        StringBuilder html = new StringBuilder("<table border=\"1\">\n");
        for (int r = 0; r < rows.size(); r++) {
            Line line = rows.get(r);
            html.append("<tr>");
            int end = line.spanFrom() >= 0 ? line.spanFrom() + 1 : line.cells().size();
            for (int c = 0; c < end; c++) {
                if (line.continues()[c]) {
                    continue;
                }
                int rowSpan = 1;
                while (r + rowSpan < rows.size() && c < rows.get(r + rowSpan).continues().length
                        && rows.get(r + rowSpan).continues()[c]) {
                    rowSpan++;
                }
                html.append("<td");
                if (rowSpan > 1) {
                    html.append(" rowspan=\"").append(rowSpan).append('"');
                }
                if (c == line.spanFrom()) {
                    html.append(" colspan=\"").append(line.cells().size() - c).append('"');
                }
                html.append('>').append(line.cells().get(c)).append("</td>");
            }
            html.append("</tr>\n");
        }
        return html.append("</table>\n").toString();
    }

    // ---------------------------------------------------------------- zip

    record Part(String name, byte[] content) {
        Part(String name, String content) {
            this(name, content.getBytes(StandardCharsets.UTF_8));
        }
    }

    static byte[] zip(List<Part> parts) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            for (Part part : parts) {
                zip.putNextEntry(new ZipEntry(part.name()));
                zip.write(part.content());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
