package org.perfgoals.importer.format;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * An HTML page (a form saved from the budget system or from Word as a web page) as rows of cells: each block outside a
 * table (p, div, h1…) a row of one cell, each table row a row of its cells with rowspan and colspan laid out by
 * {@link CellGrid}, nested tables as rows of their own. A checkbox input becomes ☑ / ☐; a cell's paragraphs and line
 * breaks become lines. Scripts and styles are no text; nothing is fetched.
 */
final class HtmlCells {

    private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "tr",
            "section", "article", "header", "footer", "center", "blockquote", "pre", "ul", "ol", "form", "caption");

    private HtmlCells() {
    }

    /** A decoded text is a page, not a tab-separated form, when it starts as one or holds a table. */
    static boolean isHtml(String text) {
        String start = text.stripLeading().toLowerCase(Locale.ROOT);
        String head = start.substring(0, Math.min(start.length(), 1000));
        return head.startsWith("<!doctype html") || head.startsWith("<html") || head.contains("<html")
                || text.toLowerCase(Locale.ROOT).contains("<table");
    }

    static List<List<String>> read(String html) {
        Element body = Jsoup.parse(html).body();
        body.select("script, style, noscript, template").remove();
        CellRows rows = new CellRows();
        blocks(body, rows);
        return rows.rows();
    }

    private static void blocks(Element parent, CellRows rows) {
        StringBuilder line = new StringBuilder();
        for (Node node : parent.childNodes()) {
            if (node instanceof Element element && "table".equals(element.normalName())) {
                flush(line, rows);
                rows.addAll(table(element));
            } else if (node instanceof Element element && BLOCKS.contains(element.normalName())
                    && element.selectFirst("table") != null) {
                flush(line, rows);
                blocks(element, rows);
            } else if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
                flush(line, rows);
                for (String text : text(element).split("\n", -1)) {
                    rows.addText(text);
                }
            } else if (node instanceof Element element && "br".equals(element.normalName())) {
                flush(line, rows);
            } else {
                inline(node, line);
            }
        }
        flush(line, rows);
    }

    private static void flush(StringBuilder line, CellRows rows) {
        if (!line.toString().isBlank()) {
            rows.addText(line.toString().strip());
        }
        line.setLength(0);
    }

    private static List<List<String>> table(Element table) {
        CellGrid grid = new CellGrid();
        int row = 0;
        for (Element tr : table.select("> tr, > thead > tr, > tbody > tr, > tfoot > tr")) {
            int column = 0;
            for (Element cell : tr.children()) {
                if (!"td".equals(cell.normalName()) && !"th".equals(cell.normalName())) {
                    continue;
                }
                column = grid.nextFree(row, column);
                int rowSpan = span(cell.attr("rowspan"));
                int colSpan = span(cell.attr("colspan"));
                grid.put(row, column, text(cell), rowSpan, colSpan);
                for (Element nested : cell.select("table")) {
                    if (nested.parents().stream().filter(p -> "table".equals(p.normalName())).findFirst()
                            .filter(p -> p == table).isPresent()) {
                        grid.nest(row, column, table(nested));
                    }
                }
                column += colSpan;
            }
            if (grid.rowCount() <= row) {
                grid.put(row, 0, "", 1, 1);
            }
            row++;
        }
        return grid.rows();
    }

    private static int span(String value) {
        try {
            return Math.max(1, Math.min(1000, Integer.parseInt(value.strip())));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    /** The text of an element: blocks and line breaks as lines, checkboxes as glyphs, nested tables left out. */
    private static String text(Element element) {
        StringBuilder text = new StringBuilder();
        inline(element, text);
        return String.join("\n", text.toString().lines().map(String::strip).filter(line -> !line.isEmpty())
                .toList());
    }

    private static void inline(Node node, StringBuilder text) {
        if (node instanceof TextNode textNode) {
            text.append(textNode.text());
        } else if (node instanceof Element element) {
            String name = element.normalName();
            if ("table".equals(name)) {
                return;
            }
            if ("br".equals(name)) {
                text.append('\n');
                return;
            }
            if ("input".equals(name)) {
                String type = element.attr("type").toLowerCase(Locale.ROOT);
                if ("checkbox".equals(type) || "radio".equals(type)) {
                    text.append(' ').append(Glyphs.box(element.hasAttr("checked"))).append(' ');
                } else {
                    text.append(element.attr("value"));
                }
                return;
            }
            boolean block = BLOCKS.contains(name);
            if (block) {
                text.append('\n');
            }
            element.childNodes().forEach(child -> inline(child, text));
            if (block) {
                text.append('\n');
            }
        }
    }
}
