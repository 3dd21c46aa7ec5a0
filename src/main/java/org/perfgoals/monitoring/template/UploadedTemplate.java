package org.perfgoals.monitoring.template;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.ss.util.CellReference;

/**
 * An uploaded template as read, before any of its cells is checked: the quarter and each project's report version
 * at download (sheet 版本), the rows of 填报 and 预算执行, the headings each sheet has (by column), and what could not
 * be read at all (a cell holding an Excel error, a row without its id).
 */
public record UploadedTemplate(int year, int quarter, Map<Long, Long> versions, List<TemplateLine> indicators,
                               List<TemplateLine> spending, Map<String, List<String>> headings,
                               List<CellProblem> problems) {

    public UploadedTemplate {
        versions = Map.copyOf(versions);
        indicators = List.copyOf(indicators);
        spending = List.copyOf(spending);
        headings = Map.copyOf(headings);
        problems = List.copyOf(problems);
    }

    /** Whether the sheet has a column of that heading. */
    public boolean hasColumn(String sheet, String column) {
        return headings.getOrDefault(sheet, List.of()).contains(column);
    }

    /** The columns of a sheet that are no column of the template's own: the parts of compound targets. */
    public Set<String> partColumns() {
        return Set.copyOf(headings.getOrDefault(TemplateColumns.ENTRY_SHEET, List.of()).stream()
                .filter(heading -> !heading.isEmpty() && !TemplateColumns.ENTRY_HEAD.contains(heading)
                        && !TemplateColumns.ENTRY_TAIL.contains(heading)
                        && !TemplateColumns.SUGGESTED.equals(heading)).toList());
    }

    /** The cell's name as Excel shows it ({@code I5}); null for a column the sheet does not have. */
    public String cell(String sheet, int row, String column) {
        int index = headings.getOrDefault(sheet, List.of()).indexOf(column);
        return index < 0 ? null : CellReference.convertNumToColString(index) + row;
    }
}
