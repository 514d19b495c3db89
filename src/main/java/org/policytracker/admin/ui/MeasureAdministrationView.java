package org.policytracker.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.policytracker.order.OrderService.DirectiveRow;
import org.policytracker.order.OrderService;
import org.policytracker.tenant.AdministrativeChangeRefused;
import org.policytracker.ui.IsoDatePicker;
import org.policytracker.ui.SaveShortcut;
import org.policytracker.uptake.MeasureAdministration.MeasureInput;
import org.policytracker.uptake.MeasureAdministration.MeasureState;
import org.policytracker.uptake.MeasureAdministration.TermsState;
import org.policytracker.uptake.MeasureAdministration;
import org.policytracker.uptake.PeriodAdministration;
import org.policytracker.uptake.PeriodRow;
import org.policytracker.uptake.SectorAdministration.SectorState;
import org.policytracker.uptake.SectorAdministration;

/**
 * Administrators create, edit and delete voluntary measures. A change of the target or of the sectors
 * applies from a chosen reporting period on; earlier periods keep the terms they had.
 */
@Route("admin/measures")
@PageTitle("Voluntary measures | Policy Tracker")
@RolesAllowed("ADMIN")
public class MeasureAdministrationView extends VerticalLayout {

    /** The form's values while they are edited. */
    static final class Draft {
        String code = "";
        DirectiveRow directive;
        String title = "";
        String adoptionDefinition = "";
        String eligiblePopulation = "";
        BigDecimal targetPercent;
        LocalDate targetDate;
        Set<SectorState> sectors = new HashSet<>();
        String termsFromPeriod;
    }

    private final MeasureAdministration measures;
    private final Grid<MeasureState> grid = new Grid<>();
    private final TextField code = new TextField("Code");
    private final ComboBox<DirectiveRow> directive = new ComboBox<>("Directive");
    private final TextField leadAgency = new TextField("Lead agency");
    private final TextField title = new TextField("Title");
    private final TextArea adoptionDefinition = new TextArea("Adoption definition");
    private final TextArea eligiblePopulation = new TextArea("Eligible population");
    private final BigDecimalField targetPercent = new BigDecimalField("Target percent");
    private final DatePicker targetDate = new IsoDatePicker("Target date");
    private final MultiSelectComboBox<SectorState> sectors = new MultiSelectComboBox<>("Sectors it applies to");
    private final ComboBox<String> termsFromPeriod = new ComboBox<>("New target or sectors apply from period");
    private final H2 formTitle = new H2();
    private final Button delete = new Button("Delete measure", click -> delete());
    private final Paragraph deleteRefusal = AdminForms.refusalNotice();
    private final Binder<Draft> binder = new Binder<>();
    private final List<DirectiveRow> directives;
    private final List<SectorState> allSectors;
    private MeasureState editing;

    MeasureAdministrationView(MeasureAdministration measures, OrderService orders, SectorAdministration sectorAdmin,
            PeriodAdministration periods) {
        this.measures = measures;
        this.directives = orders.directives();
        this.allSectors = sectorAdmin.all();
        add(new H1("Voluntary measures"), new Paragraph("Each measure belongs to a directive, whose lead agency "
                + "reviews its reports. Select a measure to edit it. A new target or set of sectors applies from "
                + "the period you choose; the figures of earlier periods keep the terms they had."));
        directive.setItems(directives);
        directive.setItemLabelGenerator(row -> row.orderCode() + " " + row.code() + " — " + row.title());
        directive.addValueChangeListener(event -> leadAgency.setValue(
                event.getValue() == null ? "" : event.getValue().leadAgency()));
        leadAgency.setReadOnly(true);
        leadAgency.setHelperText("The directive's lead agency");
        sectors.setItems(allSectors);
        sectors.setItemLabelGenerator(SectorState::name);
        targetPercent.setHelperText("0-100, e.g. 60");
        termsFromPeriod.setItems(periods.all().stream().map(PeriodRow::code).toList());
        termsFromPeriod.setHelperText("Needed when you change the target or the sectors");
        binder.forField(code).asRequired("Enter a code")
                .withValidator(value -> MeasureAdministration.CODE.matcher(value.strip()).matches(),
                        "Use letters, digits, dots, hyphens or underscores (at most 64)")
                .bind(d -> d.code, (d, v) -> d.code = v);
        binder.forField(directive).asRequired("Choose the directive").bind(d -> d.directive, (d, v) -> d.directive = v);
        binder.forField(title).asRequired("Enter a title").bind(d -> d.title, (d, v) -> d.title = v);
        binder.forField(adoptionDefinition).asRequired("Say what counts as adopting the measure")
                .bind(d -> d.adoptionDefinition, (d, v) -> d.adoptionDefinition = v);
        binder.forField(eligiblePopulation).asRequired("Say which organisations are eligible")
                .bind(d -> d.eligiblePopulation, (d, v) -> d.eligiblePopulation = v);
        binder.forField(targetPercent).asRequired("Enter the target percent")
                .withValidator(value -> value.signum() >= 0 && value.compareTo(BigDecimal.valueOf(100)) <= 0,
                        "Enter a percent from 0 to 100")
                .bind(d -> d.targetPercent, (d, v) -> d.targetPercent = v);
        binder.forField(targetDate).bind(d -> d.targetDate, (d, v) -> d.targetDate = v);
        binder.forField(sectors).asRequired("Choose at least one sector").bind(d -> d.sectors, (d, v) -> d.sectors = v);
        binder.forField(termsFromPeriod).bind(d -> d.termsFromPeriod, (d, v) -> d.termsFromPeriod = v);
        Button save = new Button("Save measure", click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        SaveShortcut.on(save);
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        Button fresh = new Button("New measure", click -> edit(null));
        FormLayout form = new FormLayout(code, directive, leadAgency, title, adoptionDefinition, eligiblePopulation,
                targetPercent, targetDate, sectors, termsFromPeriod);
        add(formTitle, form, new HorizontalLayout(save, fresh, delete), deleteRefusal);

        grid.setAriaLabel("Voluntary measures");
        grid.addColumn(MeasureState::code).setHeader("Code").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(MeasureState::directive).setHeader("Directive").setAutoWidth(true);
        grid.addColumn(MeasureState::leadAgency).setHeader("Lead agency").setAutoWidth(true);
        grid.addColumn(MeasureState::title).setHeader("Title").setFlexGrow(2);
        grid.addColumn(measure -> terms(measure.terms())).setHeader("Target and sectors").setFlexGrow(3);
        grid.asSingleSelect().addValueChangeListener(event -> {
            if (event.getValue() != null) {
                edit(event.getValue());
            }
        });
        grid.setAllRowsVisible(true);
        add(new H2("All measures"), grid);
        edit(null);
        refresh();
    }

    /** Every terms of a measure, first to latest: "50 % (energy, water); from 2027-Q1: 60 % (energy)". */
    private String terms(List<TermsState> terms) {
        return terms.stream().map(t -> (t.fromPeriod() == null ? "" : "from " + t.fromPeriod() + ": ")
                + t.targetPercent().stripTrailingZeros().toPlainString() + " % ("
                + String.join(", ", t.sectors().stream().map(this::sectorName).toList()) + ")")
                .collect(Collectors.joining("; "));
    }

    private String sectorName(String id) {
        return allSectors.stream().filter(s -> s.id().equals(id)).map(SectorState::name).findFirst().orElse(id);
    }

    private void edit(MeasureState measure) {
        editing = measure;
        Draft draft = new Draft();
        if (measure != null) {
            TermsState current = measure.currentTerms();
            draft.code = measure.code();
            draft.directive = directives.stream().filter(d -> d.id() == measure.directiveId()).findFirst().orElse(null);
            draft.title = measure.title();
            draft.adoptionDefinition = measure.adoptionDefinition();
            draft.eligiblePopulation = measure.eligiblePopulation();
            draft.targetPercent = current.targetPercent();
            draft.targetDate = measure.targetDate();
            draft.sectors = allSectors.stream().filter(s -> current.sectors().contains(s.id()))
                    .collect(Collectors.toSet());
        }
        binder.readBean(draft);
        deleteRefusal.setText("");
        code.setReadOnly(measure != null);
        termsFromPeriod.setVisible(measure != null);
        delete.setVisible(measure != null);
        formTitle.setText(measure == null ? "New measure" : "Edit measure " + measure.code());
    }

    private void save() {
        Draft draft = new Draft();
        if (!binder.writeBeanIfValid(draft)) {
            return;
        }
        MeasureInput input = new MeasureInput(draft.code, draft.directive.id(), draft.title, draft.adoptionDefinition,
                draft.eligiblePopulation, draft.targetPercent, draft.targetDate,
                draft.sectors.stream().map(SectorState::id).collect(Collectors.toSet()), draft.termsFromPeriod);
        try {
            MeasureState saved = editing == null ? measures.create(input) : measures.edit(editing.code(), input);
            AdminForms.saved("Measure " + saved.code() + " saved");
            refresh();
            edit(null);
        } catch (AdministrativeChangeRefused refused) {
            showRefusal(refused);
        }
    }

    private void delete() {
        try {
            measures.delete(editing.code());
            AdminForms.saved("Measure " + editing.code() + " deleted");
            refresh();
            edit(null);
        } catch (AdministrativeChangeRefused refused) {
            deleteRefusal.setText(refused.reason());
        }
    }

    private void showRefusal(AdministrativeChangeRefused refused) {
        AdminForms.showRefusal(Map.of("code", code, "directive", directive, "title", title,
                "adoptionDefinition", adoptionDefinition, "eligiblePopulation", eligiblePopulation,
                "targetPercent", targetPercent, "sectors", sectors, "termsFromPeriod", termsFromPeriod),
                refused.field(), refused.reason());
    }

    private void refresh() {
        grid.setItems(measures.all());
    }
}
