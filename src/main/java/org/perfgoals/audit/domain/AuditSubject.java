package org.perfgoals.audit.domain;

import java.util.List;

/**
 * How an entry names what it is about, the same way everywhere, so that a search for {@code #12} or a project's
 * name finds every entry of that project: {@code project #12 名称}, {@code project #12 名称 2019-Q3},
 * {@code indicator #45 名称 · project #12 名称}, {@code alert #7 · project #12 名称}, {@code unit #3 名称}. A user is
 * named by their user name alone.
 */
public final class AuditSubject {

    private static final int LISTED_NAMES = 5;

    private AuditSubject() {
    }

    public static String project(long id, String name) {
        return "project #" + id + " " + name;
    }

    /** A project's period: a quarter as {@code 2019-Q3}, another period by its last month ({@code 2019-M07}). */
    public static String period(long projectId, String name, int year, int endMonth) {
        return project(projectId, name) + " " + periodName(year, endMonth);
    }

    /** A round of the reporting calendar, {@code calendar 2019-Q3} or {@code calendar 2019-M07}. */
    public static String calendarRound(int year, int endMonth) {
        return "calendar " + periodName(year, endMonth);
    }

    private static String periodName(int year, int endMonth) {
        return endMonth % 3 == 0 ? year + "-Q" + endMonth / 3 : year + "-M" + String.format("%02d", endMonth);
    }

    public static String indicator(long id, String name, long projectId, String projectName) {
        return "indicator #" + id + " " + name + " · " + project(projectId, projectName);
    }

    public static String alert(long id, long projectId, String projectName) {
        return "alert #" + id + " · " + project(projectId, projectName);
    }

    public static String unit(long id, String name) {
        return "unit #" + id + " " + name;
    }

    /** Several projects (an import): their number and the first names, {@code 3 projects: A, B, C}. */
    public static String projects(List<String> names) {
        String listed = String.join(", ", names.subList(0, Math.min(LISTED_NAMES, names.size())));
        String more = names.size() > LISTED_NAMES ? ", …" : "";
        return names.size() + (names.size() == 1 ? " project: " : " projects: ") + listed + more;
    }
}
