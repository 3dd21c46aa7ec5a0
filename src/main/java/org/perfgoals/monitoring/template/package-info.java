/**
 * Quarterly actuals filled in Excel: the filling template of a project's (or a unit's) quarter written as .xlsx
 * ({@code TemplateWorkbook}), and an uploaded template read back into typed rows ({@code TemplateReader}) that the
 * entry view's parsers then check. Plain POI, no Spring; the use case is {@code QuarterTemplateService}.
 */
@NullMarked
package org.perfgoals.monitoring.template;

import org.jspecify.annotations.NullMarked;
