package org.perfgoals.audit.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.perfgoals.audit.AuditQueries;
import org.perfgoals.audit.AuditRecord;
import org.perfgoals.audit.domain.AuditFilter;
import org.perfgoals.audit.domain.AuditFilterException;
import org.perfgoals.audit.domain.AuditText;
import org.perfgoals.audit.domain.AuditType;

/**
 * 审计日志: the audit log, newest first, paged lazily from the database, filtered by type, actor, period and subject.
 * ADMIN only (the role's name is written out: the audit feature depends on no other, security included).
 */
@Route("admin/audit")
@Menu(title = "nav.audit", order = 80, icon = "vaadin:records")
@RolesAllowed("ADMIN")
class AuditLogView extends VerticalLayout implements HasDynamicTitle {

    final Select<AuditType> type = new Select<>();
    final TextField actor = new TextField();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final TextField subject = new TextField();
    final Grid<AuditRecord> grid = new Grid<>();

    private final AuditQueries audit;
    private final DateTimeFormatter when;

    AuditLogView(AuditQueries audit, Clock clock) {
        this.audit = audit;
        this.when = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss").withZone(clock.getZone());
        setSizeFull();
        addClassName("audit-log");
        add(new H2(getTranslation("audit.title")), filters(), grid);
        configureGrid();
        refresh();
    }

    private HorizontalLayout filters() {
        type.setLabel(getTranslation("audit.filter.type"));
        type.setItems(AuditType.values());
        type.setItemLabelGenerator(value -> value == null ? "" : typeName(value));
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("audit.filter.all"));
        actor.setLabel(getTranslation("audit.filter.actor"));
        actor.setMaxLength(AuditText.ACTOR);
        subject.setLabel(getTranslation("audit.filter.subject"));
        subject.setMaxLength(AuditText.SUBJECT);
        subject.setWidth("18rem");
        for (TextField field : List.of(actor, subject)) {
            field.setClearButtonVisible(true);
            field.setValueChangeMode(ValueChangeMode.LAZY);
            field.addValueChangeListener(event -> refresh());
        }
        from.setLabel(getTranslation("audit.filter.from"));
        to.setLabel(getTranslation("audit.filter.to"));
        for (DatePicker day : List.of(from, to)) {
            day.setClearButtonVisible(true);
            day.addValueChangeListener(event -> refresh());
        }
        type.addValueChangeListener(event -> refresh());
        HorizontalLayout filters = new HorizontalLayout(type, actor, from, to, subject);
        filters.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        filters.setWrap(true);
        return filters;
    }

    private void configureGrid() {
        grid.addColumn(entry -> when.format(entry.at())).setHeader(getTranslation("audit.column.at"))
                .setAutoWidth(true).setFlexGrow(0).setKey("at");
        grid.addColumn(AuditRecord::actor).setHeader(getTranslation("audit.column.actor")).setAutoWidth(true)
                .setKey("actor");
        grid.addColumn(entry -> typeName(entry.type())).setHeader(getTranslation("audit.column.type"))
                .setAutoWidth(true).setKey("type");
        grid.addColumn(AuditRecord::subject).setHeader(getTranslation("audit.column.subject")).setWidth("20rem")
                .setFlexGrow(2).setResizable(true).setKey("subject").setTooltipGenerator(AuditRecord::subject);
        grid.addColumn(entry -> text(entry.details())).setHeader(getTranslation("audit.column.details"))
                .setWidth("16rem").setFlexGrow(1).setResizable(true).setKey("details")
                .setTooltipGenerator(entry -> text(entry.details()));
        grid.addColumn(entry -> text(entry.address())).setHeader(getTranslation("audit.column.address"))
                .setAutoWidth(true).setKey("address");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_COMPACT);
        grid.setSizeFull();
    }

    /** The filter the fields hold; a period whose end lies before its start is marked and finds nothing. */
    @Nullable AuditFilter filter() {
        to.setInvalid(false);
        try {
            return new AuditFilter(type.getValue(), actor.getValue(), from.getValue(), to.getValue(),
                    subject.getValue());
        } catch (AuditFilterException refused) {
            to.setErrorMessage(getTranslation("audit.view.toBeforeFrom"));
            to.setInvalid(true);
            return null;
        }
    }

    void refresh() {
        AuditFilter filter = filter();
        if (filter == null) {
            grid.setItems(List.of());
            return;
        }
        grid.setItems(query -> audit.list(filter, query.getPage(), query.getPageSize()).stream(),
                query -> (int) Math.min(Integer.MAX_VALUE, audit.count(filter)));
    }

    private String typeName(AuditType value) {
        return getTranslation("audit.type." + value.name());
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " | " + getTranslation("app.title");
    }
}
