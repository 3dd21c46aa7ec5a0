package org.perfgoals.export;

import com.vaadin.flow.server.HttpStatusCode;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.Locale;
import org.perfgoals.monitoring.ProjectNotFoundException;
import org.perfgoals.monitoring.QuarterEntryService;
import org.perfgoals.monitoring.domain.Period;
import org.perfgoals.monitoring.read.PeriodSheet;

/**
 * The monitoring form of a project and period as a Vaadin download, for an anchor in a view:
 * {@code new Anchor(MonitoringDownload.of(monitoring, projectId, period, getLocale()),
 * getTranslation("export.download"))}.
 * The sheet is read when the link is clicked (in the user's request, with their authentication), so the file
 * holds what is stored at that moment, not what the view showed when it was opened.
 */
public final class MonitoringDownload {

    private MonitoringDownload() {
    }

    public static DownloadHandler of(QuarterEntryService monitoring, long projectId, Period period, Locale locale) {
        return of(monitoring, new MonitoringWorkbook(), projectId, period, locale);
    }

    static DownloadHandler of(QuarterEntryService monitoring, MonitoringWorkbook workbook, long projectId,
                              Period period, Locale locale) {
        return DownloadHandler.fromInputStream(event -> {
            PeriodSheet sheet;
            try {
                sheet = monitoring.sheet(projectId, period);
            } catch (ProjectNotFoundException missing) {
                return DownloadResponse.error(HttpStatusCode.NOT_FOUND, missing.getMessage());
            }
            byte[] bytes = workbook.bytes(sheet, locale);
            return new DownloadResponse(new ByteArrayInputStream(bytes), workbook.fileName(sheet, locale),
                    MonitoringWorkbook.CONTENT_TYPE, bytes.length);
        });
    }
}
