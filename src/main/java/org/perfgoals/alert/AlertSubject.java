package org.perfgoals.alert;

/**
 * What an alert is about: the project (by id and names, so alerts do not depend on the project feature), and the
 * indicator or sub-item when there is one ({@code indicatorId} null for project-level alerts).
 */
public record AlertSubject(long projectId, String projectName, String unit, Long indicatorId,
                           String subjectName) {
}
