package org.policytracker.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.policytracker.tenant.AdministrativeChangeRefused;
import org.policytracker.ui.IsoDatePicker;
import org.policytracker.ui.Labels;
import org.policytracker.uptake.PeriodAdministration.Frequency;
import org.policytracker.uptake.PeriodAdministration.PeriodInput;
import org.policytracker.uptake.PeriodAdministration.ScheduleInput;
import org.policytracker.uptake.PeriodAdministration;
import org.policytracker.uptake.PeriodRow;
import org.policytracker.uptake.PeriodStatus;
import org.policytracker.uptake.ReportingPeriodService;

/**
 * Administrators generate a schedule of reporting periods (quarterly or monthly, reports due some days
 * after each ends), create a single period, open and close periods, and delete one nobody reported for.
 */
@Route("admin/periods")
@PageTitle("Reporting periods | Policy Tracker")
@RolesAllowed("ADMIN")
public class PeriodAdministrationView extends VerticalLayout {

    /** The schedule form's values. */
    static final class ScheduleDraft {
        Frequency frequency = Frequency.QUARTERLY;
        LocalDate from;
        LocalDate to;
        Integer dueDays = 30;
    }

    /** The single period form's values. */
    static final class PeriodDraft {
        String code = "";
        LocalDate startsOn;
        LocalDate endsOn;
        LocalDate dueOn;
    }

    private final PeriodAdministration periods;
    private final ReportingPeriodService statuses;
    private final Grid<PeriodRow> grid = new Grid<>();
    private final Paragraph gridRefusal = AdminForms.refusalNotice();

    private final RadioButtonGroup<Frequency> frequency = new RadioButtonGroup<>("Frequency");
    private final DatePicker from = new IsoDatePicker("First day covered");
    private final DatePicker to = new IsoDatePicker("Last day covered");
    private final IntegerField dueDays = new IntegerField("Reports due, days after each period ends");
    private final Binder<ScheduleDraft> schedule = new Binder<>();

    private final TextField code = new TextField("Code");
    private final DatePicker startsOn = new IsoDatePicker("Starts");
    private final DatePicker endsOn = new IsoDatePicker("Ends");
    private final DatePicker dueOn = new IsoDatePicker("Reports due");
    private final Binder<PeriodDraft> single = new Binder<>();

    PeriodAdministrationView(PeriodAdministration periods, ReportingPeriodService statuses) {
        this.periods = periods;
        this.statuses = statuses;
        add(new H1("Reporting periods"), new Paragraph("Associations report on a period while it is open. "
                + "Periods never overlap; a period with reports cannot be deleted, only closed."));

        frequency.setItems(Frequency.values());
        frequency.setItemLabelGenerator(f -> f == Frequency.QUARTERLY ? "Quarterly" : "Monthly");
        from.setHelperText("The schedule starts with the quarter or month containing this day");
        to.setHelperText("…and ends with the one containing this day");
        dueDays.setMin(0);
        dueDays.setMax(PeriodAdministration.MAX_DUE_DAYS);
        schedule.forField(frequency).asRequired("Choose quarterly or monthly")
                .bind(d -> d.frequency, (d, v) -> d.frequency = v);
        schedule.forField(from).asRequired("Enter the first day").bind(d -> d.from, (d, v) -> d.from = v);
        schedule.forField(to).asRequired("Enter the last day")
                .withValidator(day -> from.getValue() == null || !day.isBefore(from.getValue()),
                        "The last day cannot be before the first")
                .bind(d -> d.to, (d, v) -> d.to = v);
        schedule.forField(dueDays).asRequired("Enter the number of days")
                .withValidator(days -> days >= 0 && days <= PeriodAdministration.MAX_DUE_DAYS,
                        "Enter 0 to " + PeriodAdministration.MAX_DUE_DAYS + " days")
                .bind(d -> d.dueDays, (d, v) -> d.dueDays = v);
        schedule.readBean(new ScheduleDraft());
        Button generate = new Button("Generate schedule", click -> generate());
        generate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H2("Generate a schedule"), new FormLayout(frequency, dueDays, from, to), generate);

        single.forField(code).asRequired("Enter a code")
                .withValidator(value -> PeriodAdministration.CODE.matcher(value.strip()).matches(),
                        "Use at most 16 letters, digits, dots, hyphens or underscores")
                .bind(d -> d.code, (d, v) -> d.code = v);
        single.forField(startsOn).asRequired("Enter the first day").bind(d -> d.startsOn, (d, v) -> d.startsOn = v);
        single.forField(endsOn).asRequired("Enter the last day")
                .withValidator(day -> startsOn.getValue() == null || !day.isBefore(startsOn.getValue()),
                        "The end cannot be before the start")
                .bind(d -> d.endsOn, (d, v) -> d.endsOn = v);
        single.forField(dueOn).asRequired("Enter the due date")
                .withValidator(day -> endsOn.getValue() == null || !day.isBefore(endsOn.getValue()),
                        "Reports cannot be due before the period ends")
                .bind(d -> d.dueOn, (d, v) -> d.dueOn = v);
        single.readBean(new PeriodDraft());
        Button create = new Button("Create period", click -> create());
        add(new H2("Create one period"), new FormLayout(code, startsOn, endsOn, dueOn), create);

        grid.setAriaLabel("Reporting periods");
        grid.addColumn(PeriodRow::code).setHeader("Period").setAutoWidth(true);
        grid.addColumn(PeriodRow::startsOn).setHeader("Starts").setAutoWidth(true);
        grid.addColumn(PeriodRow::endsOn).setHeader("Ends").setAutoWidth(true);
        grid.addColumn(PeriodRow::dueOn).setHeader("Reports due").setAutoWidth(true);
        grid.addColumn(period -> Labels.of(period.status())).setHeader("Status").setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader("Actions").setAutoWidth(true);
        add(new H2("All periods"), gridRefusal, grid);
        grid.setAllRowsVisible(true);
        refresh();
    }

    private HorizontalLayout actions(PeriodRow period) {
        PeriodStatus next = period.status() == PeriodStatus.OPEN ? PeriodStatus.CLOSED : PeriodStatus.OPEN;
        String verb = next == PeriodStatus.OPEN ? "Open" : "Close";
        Button change = new Button(verb, click -> {
            statuses.setStatus(period.code(), next);
            refresh();
        });
        change.getElement().setAttribute("aria-label", verb + " reporting period " + period.code());
        Button delete = new Button("Delete", click -> {
            try {
                periods.delete(period.code());
                AdminForms.saved("Reporting period " + period.code() + " deleted");
                refresh();
            } catch (AdministrativeChangeRefused refused) {
                gridRefusal.setText(refused.reason());
            }
        });
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        delete.getElement().setAttribute("aria-label", "Delete reporting period " + period.code());
        for (Button button : List.of(change, delete)) {
            button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        }
        return new HorizontalLayout(change, delete);
    }

    private void generate() {
        ScheduleDraft draft = new ScheduleDraft();
        if (!schedule.writeBeanIfValid(draft)) {
            return;
        }
        try {
            List<PeriodRow> created = periods.schedule(new ScheduleInput(draft.frequency, draft.from, draft.to,
                    draft.dueDays));
            AdminForms.saved(created.size() + " reporting periods created: " + created.getFirst().code() + " to "
                    + created.getLast().code());
            refresh();
        } catch (AdministrativeChangeRefused refused) {
            AdminForms.showRefusal(Map.of("frequency", frequency, "from", from, "to", to, "dueDaysAfterEnd", dueDays),
                    refused.field(), refused.reason());
        }
    }

    private void create() {
        PeriodDraft draft = new PeriodDraft();
        if (!single.writeBeanIfValid(draft)) {
            return;
        }
        try {
            PeriodRow created = periods.create(new PeriodInput(draft.code, draft.startsOn, draft.endsOn, draft.dueOn));
            AdminForms.saved("Reporting period " + created.code() + " created");
            single.readBean(new PeriodDraft());
            refresh();
        } catch (AdministrativeChangeRefused refused) {
            AdminForms.showRefusal(Map.of("code", code, "startsOn", startsOn, "endsOn", endsOn, "dueOn", dueOn),
                    refused.field(), refused.reason());
        }
    }

    private void refresh() {
        gridRefusal.setText("");
        grid.setItems(periods.all());
    }
}
