package org.perfgoals.importer.format;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilder;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.opc.PackageRelationship;
import org.apache.poi.openxml4j.opc.PackageRelationshipTypes;
import org.apache.poi.util.XMLHelper;
import org.jspecify.annotations.Nullable;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.xml.sax.SAXException;

/**
 * A .docx (or .docm: its macros are never run) as rows of cells: each paragraph outside a table is a row of one cell,
 * each table row a row of its cells ({@link CellGrid}: gridSpan, vMerge, nested tables). Text boxes give rows of their
 * own before their paragraph. Checkboxes become ☑ / ☐: legacy form fields (FORMCHECKBOX, w:checked), content
 * controls (w14:checkbox, w14:checked), Wingdings symbols (w:sym). Deleted revisions and field codes are no text.
 * The XML is parsed with POI's hardened parser: no DTD, no external entity.
 */
final class DocxCells {

    private static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static final String W14 = "http://schemas.microsoft.com/office/word/2010/wordml";
    private static final String MC = "http://schemas.openxmlformats.org/markup-compatibility/2006";

    private DocxCells() {
    }

    static List<List<String>> read(byte[] file) throws IOException {
        try (OPCPackage pkg = OPCPackage.open(new ByteArrayInputStream(file))) {
            PackagePart main = mainPart(pkg);
            Element document;
            try (InputStream in = main.getInputStream()) {
                DocumentBuilder builder = XMLHelper.newDocumentBuilder();
                document = builder.parse(in).getDocumentElement();
            } catch (SAXException e) {
                throw new FormatRefusal("file.unreadable", "DOCX");
            }
            CellRows rows = new CellRows();
            Element body = child(document, W, "body");
            if (body != null) {
                blocks(body, rows);
            }
            return rows.rows();
        } catch (InvalidFormatException e) {
            throw new FormatRefusal("file.unreadable", "DOCX");
        }
    }

    private static PackagePart mainPart(OPCPackage pkg) throws InvalidFormatException {
        for (PackageRelationship relationship : pkg.getRelationshipsByType(PackageRelationshipTypes.CORE_DOCUMENT)) {
            PackagePart part = pkg.getPart(relationship);
            if (part != null) {
                return part;
            }
        }
        throw new FormatRefusal("file.unreadable", "DOCX");
    }

    /** The paragraphs and tables of a body, a content control or a text box, in reading order. */
    private static void blocks(Element parent, CellRows rows) {
        for (Element element : children(parent)) {
            String name = element.getLocalName();
            if (MC.equals(element.getNamespaceURI()) && "AlternateContent".equals(name)) {
                Element choice = child(element, MC, "Choice");
                if (choice != null) {
                    blocks(choice, rows);
                }
            } else if (!W.equals(element.getNamespaceURI())) {
                continue;
            } else if ("p".equals(name)) {
                StringBuilder text = new StringBuilder();
                List<List<String>> boxes = new ArrayList<>();
                inline(element, text, boxes);
                boxes.forEach(rows::add);
                rows.addText(text.toString());
            } else if ("tbl".equals(name)) {
                rows.addAll(table(element));
            } else if ("sdt".equals(name)) {
                Element content = child(element, W, "sdtContent");
                if (content != null) {
                    blocks(content, rows);
                }
            } else if ("customXml".equals(name) || "ins".equals(name)) {
                blocks(element, rows);
            }
        }
    }

    private static List<List<String>> table(Element table) {
        CellGrid grid = new CellGrid();
        int row = 0;
        for (Element tr : wrapped(table, "tr")) {
            int column = intValue(child(child(tr, W, "trPr"), W, "gridBefore"), 0);
            for (Element tc : wrapped(tr, "tc")) {
                Element properties = child(tc, W, "tcPr");
                int span = Math.max(1, intValue(child(properties, W, "gridSpan"), 1));
                Element vMerge = child(properties, W, "vMerge");
                boolean continues = vMerge != null && !"restart".equals(vMerge.getAttributeNS(W, "val"));
                List<List<String>> nested = new ArrayList<>();
                String text = continues ? grid.get(row - 1, column) : cellText(tc, nested);
                grid.put(row, column, text, 1, span);
                if (!nested.isEmpty()) {
                    grid.nest(row, column, nested);
                }
                column += span;
            }
            if (grid.rowCount() <= row) {
                grid.put(row, 0, "", 1, 1);
            }
            row++;
        }
        return grid.rows();
    }

    /** A cell's paragraphs, one line each; its nested tables' rows go to {@code nested}. */
    private static String cellText(Element cell, List<List<String>> nested) {
        List<String> lines = new ArrayList<>();
        cellBlocks(cell, lines, nested);
        return String.join("\n", lines);
    }

    private static void cellBlocks(Element parent, List<String> lines, List<List<String>> nested) {
        for (Element element : children(parent)) {
            if (!W.equals(element.getNamespaceURI())) {
                continue;
            }
            switch (element.getLocalName()) {
                case "tbl" -> nested.addAll(table(element));
                case "p" -> {
                    StringBuilder text = new StringBuilder();
                    List<List<String>> boxes = new ArrayList<>();
                    inline(element, text, boxes);
                    boxes.forEach(box -> lines.add(String.join(" ", box)));
                    lines.add(text.toString());
                }
                case "sdt" -> {
                    Element content = child(element, W, "sdtContent");
                    if (content != null) {
                        cellBlocks(content, lines, nested);
                    }
                }
                case "customXml", "ins" -> cellBlocks(element, lines, nested);
                default -> {
                }
            }
        }
    }

    private static void inline(Node node, StringBuilder text, List<List<String>> boxes) {
        for (Node child = node.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (!(child instanceof Element element)) {
                continue;
            }
            String ns = element.getNamespaceURI();
            String name = element.getLocalName();
            if (MC.equals(ns) && "AlternateContent".equals(name)) {
                Element choice = child(element, MC, "Choice");
                if (choice != null) {
                    inline(choice, text, boxes);
                }
            } else if (W.equals(ns)) {
                word(element, name, text, boxes);
            } else {
                inline(element, text, boxes);
            }
        }
    }

    private static void word(Element element, String name, StringBuilder text, List<List<String>> boxes) {
        switch (name) {
            case "t" -> text.append(element.getTextContent());
            case "tab" -> text.append(' ');
            case "br", "cr" -> text.append('\n');
            case "noBreakHyphen" -> text.append('-');
            case "sym" -> text.append(Glyphs.symbol(element.getAttributeNS(W, "font"),
                    hex(element.getAttributeNS(W, "char"))));
            case "fldChar" -> formCheckbox(element, text);
            case "sdt" -> contentControl(element, text, boxes);
            case "txbxContent" -> {
                CellRows boxRows = new CellRows();
                blocks(element, boxRows);
                boxes.addAll(boxRows.rows());
            }
            case "del", "delText", "instrText", "pPr", "rPr", "moveFrom" -> {
            }
            default -> inline(element, text, boxes);
        }
    }

    /** A legacy form field: {@code <w:ffData><w:checkBox>} with {@code w:checked} or its {@code w:default}. */
    private static void formCheckbox(Element fldChar, StringBuilder text) {
        Element checkBox = child(child(fldChar, W, "ffData"), W, "checkBox");
        if (checkBox == null) {
            return;
        }
        Element checked = child(checkBox, W, "checked");
        Element byDefault = child(checkBox, W, "default");
        boolean ticked = checked != null ? isOn(checked.getAttributeNS(W, "val"), true)
                : byDefault != null && isOn(byDefault.getAttributeNS(W, "val"), false);
        text.append(Glyphs.box(ticked));
    }

    /** A content control: a checkbox (w14:checkbox) says its state; the glyph it shows is not read twice. */
    private static void contentControl(Element sdt, StringBuilder text, List<List<String>> boxes) {
        Element checkbox = child(child(sdt, W, "sdtPr"), W14, "checkbox");
        if (checkbox != null) {
            Element checked = child(checkbox, W14, "checked");
            text.append(Glyphs.box(checked != null && isOn(checked.getAttributeNS(W14, "val"), false)));
            return;
        }
        Element content = child(sdt, W, "sdtContent");
        if (content != null) {
            inline(content, text, boxes);
        }
    }

    private static boolean isOn(String value, boolean whenAbsent) {
        if (value == null || value.isEmpty()) {
            return whenAbsent;
        }
        return "1".equals(value) || "true".equalsIgnoreCase(value) || "on".equalsIgnoreCase(value);
    }

    /** The rows of a table or the cells of a row, also when content controls wrap them. */
    private static List<Element> wrapped(Element parent, String name) {
        List<Element> found = new ArrayList<>();
        for (Element element : children(parent)) {
            if (!W.equals(element.getNamespaceURI())) {
                continue;
            }
            if (name.equals(element.getLocalName())) {
                found.add(element);
            } else if ("sdt".equals(element.getLocalName()) || "customXml".equals(element.getLocalName())) {
                Element content = child(element, W, "sdtContent");
                found.addAll(wrapped(content == null ? element : content, name));
            }
        }
        return found;
    }

    private static int intValue(@Nullable Element element, int fallback) {
        if (element == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(element.getAttributeNS(W, "val"));
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static int hex(String value) {
        try {
            return Integer.parseInt(value, 16);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static List<Element> children(Node parent) {
        List<Element> elements = new ArrayList<>();
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element) {
                elements.add(element);
            }
        }
        return elements;
    }

    private static @Nullable Element child(@Nullable Element parent, String ns, String name) {
        if (parent == null) {
            return null;
        }
        for (Node child = parent.getFirstChild(); child != null; child = child.getNextSibling()) {
            if (child instanceof Element element && ns.equals(element.getNamespaceURI())
                    && name.equals(element.getLocalName())) {
                return element;
            }
        }
        return null;
    }
}
