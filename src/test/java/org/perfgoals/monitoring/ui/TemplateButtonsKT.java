package org.perfgoals.monitoring.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.NotificationsKt.getNotifications;
import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.notification.Notification;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.perfgoals.monitoring.QuarterEntryService;
import org.perfgoals.monitoring.QuarterTemplateService;
import org.perfgoals.monitoring.domain.Period;
import org.perfgoals.monitoring.read.SheetRow;
import org.perfgoals.monitoring.template.FilledTemplate;
import org.perfgoals.monitoring.template.TemplateColumns;
import org.springframework.beans.factory.annotation.Autowired;

/** The entry view's Excel buttons: download the template, upload a filled one, see the preview, confirm. */
class TemplateButtonsKT extends EntryViewTestBase {

    private static final Period Q4 = Period.quarter(2019, 4);

    @Autowired
    private QuarterTemplateService templates;
    @Autowired
    private QuarterEntryService monitoring;

    private static String lastNotification() {
        return getNotifications().stream().map(Notification::getElement)
                .map(element -> element.getProperty("text", "")).reduce((first, second) -> second).orElse("");
    }

    private SheetRow stored(String name) {
        return monitoring.sheet(hotline(), Q4).rows().stream().filter(row -> row.indicator().name().equals(name))
                .findFirst().orElseThrow();
    }

    @Test
    void an_uploaded_template_is_previewed_and_saved_only_on_confirm() {
        EntryView view = open("staff", 4);
        TemplateButtons buttons = _get(view, TemplateButtons.class);
        assertThat(buttons.isVisible()).isTrue();
        assertThat(buttons.download.getHref()).as("a download of the quarter's template").isNotBlank();
        assertThat(buttons.download.getElement().getTextRecursively()).isEqualTo("下载填报模板");
        byte[] filled = FilledTemplate.of(templates.projectTemplate(hotline(), 2019, 4).content())
                .entry("公众满意度", TemplateColumns.VALUE, 95).bytes();

        buttons.received(filled);

        TemplatePreviewDialog preview = _get(TemplatePreviewDialog.class);
        assertThat(preview.summary.getText()).isEqualTo("将修改 1 个项目的 1 处数值：");
        assertThat(preview.lines.getListDataView().getItems().toList()).singleElement()
                .satisfies(line -> {
                    assertThat(line.place()).startsWith("填报 第").endsWith("行 本期值");
                    assertThat(line.before()).isEqualTo("—");
                    assertThat(line.after()).isEqualTo("95");
                });
        assertThat(stored("公众满意度").current()).as("nothing stored before the confirm").isNull();

        _click(preview.confirm);

        assertThat(lastNotification()).isEqualTo("已保存 1 处修改。");
        assertThat(_find(TemplatePreviewDialog.class)).isEmpty();
        assertThat(stored("公众满意度").current().numericValue()).isEqualByComparingTo("95");
        IndicatorEntry card = view.rows.stream().filter(row -> row.indicator.name().equals("公众满意度"))
                .findFirst().orElseThrow();
        assertThat(card.value.getValue()).as("the view shows what was saved").isEqualTo("95");
    }

    @Test
    void a_refused_template_lists_its_cells_and_a_file_without_changes_says_so() {
        EntryView view = open("staff", 4);
        TemplateButtons buttons = _get(view, TemplateButtons.class);
        FilledTemplate template = FilledTemplate.of(templates.projectTemplate(hotline(), 2019, 4).content());
        int row = template.row(TemplateColumns.ENTRY_SHEET, "投诉率");

        buttons.received(template.entry("投诉率", TemplateColumns.VALUE, "很少").bytes());

        TemplatePreviewDialog refused = _get(TemplatePreviewDialog.class);
        assertThat(refused.summary.getText()).isEqualTo("1 处问题，未保存任何内容：");
        assertThat(refused.confirm.isVisible()).isFalse();
        assertThat(refused.lines.getListDataView().getItems().toList()).singleElement().satisfies(line -> {
            assertThat(line.place()).isEqualTo("填报 第" + row + "行 本期值");
            assertThat(line.before()).isEqualTo("“很少”不是数字");
        });
        _click(refused.cancel);

        buttons.received(FilledTemplate.of(templates.projectTemplate(hotline(), 2019, 4).content()).bytes());

        assertThat(lastNotification()).isEqualTo("文件中没有与已保存内容不同的值，未作任何修改。");
        buttons.received("no workbook".getBytes(StandardCharsets.UTF_8));
        assertThat(_get(TemplatePreviewDialog.class).lines.getListDataView().getItems().toList()).singleElement()
                .satisfies(line -> assertThat(line.before()).isEqualTo("文件不是 .xlsx 工作簿"));
    }

    @Test
    void who_cannot_edit_the_quarter_gets_no_buttons() {
        EntryView view = open("staff", 2);

        assertThat(view.content.getChildren().filter(TemplateButtons.class::isInstance).findFirst().orElseThrow()
                .isVisible()).as("Q2 is submitted: locked for staff").isFalse();
    }
}
