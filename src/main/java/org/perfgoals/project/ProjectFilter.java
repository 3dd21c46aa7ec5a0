package org.perfgoals.project;

/** What the project list is narrowed to; a null (or blank) field does not narrow. */
public record ProjectFilter(Integer year, String unit, String nameContains) {

    public static final ProjectFilter ALL = new ProjectFilter(null, null, null);

    public ProjectFilter {
        unit = blankToNull(unit);
        nameContains = blankToNull(nameContains);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
