package org.policytracker.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.policytracker.tenant.AdministrativeChangeRefused;
import org.policytracker.tenant.OrganisationAdministration.OrganisationInput;
import org.policytracker.tenant.OrganisationAdministration.OrganisationState;
import org.policytracker.tenant.OrganisationAdministration;
import org.policytracker.tenant.TenantKind;
import org.policytracker.ui.GridRows;
import org.policytracker.ui.SaveShortcut;
import org.policytracker.uptake.SectorAdministration.SectorState;
import org.policytracker.uptake.SectorAdministration;

/**
 * Administrators create organisations (agencies, sector associations, oversight bodies), rename them,
 * record the aliases order texts use, set the sectors an association reports for, and deactivate or
 * reactivate them: a deactivated organisation keeps its data, its members lose access.
 */
@Route("admin/organisations")
@PageTitle("Organisations | Policy Tracker")
@RolesAllowed("ADMIN")
public class OrganisationAdministrationView extends VerticalLayout {

    /** The form's values while they are edited. */
    static final class Draft {
        String id = "";
        TenantKind kind = TenantKind.AGENCY;
        String name = "";
        String acronym = "";
        String aliases = "";
        Set<SectorState> sectors = new HashSet<>();
    }

    private final OrganisationAdministration organisations;
    private final SectorAdministration sectorAdmin;
    private final List<SectorState> allSectors;
    private final Grid<OrganisationState> grid = new Grid<>();
    private final TextField id = new TextField("Id");
    private final RadioButtonGroup<TenantKind> kind = new RadioButtonGroup<>("Kind");
    private final TextField name = new TextField("Name");
    private final TextField acronym = new TextField("Acronym");
    private final TextArea aliases = new TextArea("Aliases in order texts");
    private final MultiSelectComboBox<SectorState> sectors = new MultiSelectComboBox<>("Sectors it reports for");
    private final H2 formTitle = new H2();
    private final Paragraph gridRefusal = AdminForms.refusalNotice();
    private final Binder<Draft> binder = new Binder<>();
    private OrganisationState editing;

    OrganisationAdministrationView(OrganisationAdministration organisations, SectorAdministration sectorAdmin) {
        this.organisations = organisations;
        this.sectorAdmin = sectorAdmin;
        this.allSectors = sectorAdmin.all();
        add(new H1("Organisations"), new Paragraph("Agencies, sector associations and oversight bodies. Select "
                + "one to rename it. Deactivating keeps all its data; its members can no longer sign in and "
                + "signed-in members are signed out."));
        id.setHelperText("Lower-case letters, digits and hyphens; it cannot change later");
        // the operator organisation comes with the deployment: shown when it is edited, never chosen
        kind.setItems(TenantKind.values());
        kind.setItemEnabledProvider(OrganisationAdministration.KINDS::contains);
        kind.setItemLabelGenerator(OrganisationAdministrationView::kindLabel);
        kind.addValueChangeListener(event -> sectors.setVisible(event.getValue() == TenantKind.ASSOCIATION));
        aliases.setHelperText("One per line, e.g. the Cybersecurity and Infrastructure Security Agency");
        sectors.setItems(allSectors);
        sectors.setItemLabelGenerator(SectorState::name);
        binder.forField(id).asRequired("Enter an id")
                .withValidator(value -> OrganisationAdministration.ID.matcher(value.strip()).matches(),
                        "Use lower-case letters, digits and hyphens (at most 64)")
                .bind(d -> d.id, (d, v) -> d.id = v);
        binder.forField(kind).asRequired("Choose the kind").bind(d -> d.kind, (d, v) -> d.kind = v);
        binder.forField(name).asRequired("Enter a name")
                .withValidator(value -> value.strip().length() <= 200, "At most 200 characters")
                .bind(d -> d.name, (d, v) -> d.name = v);
        binder.forField(acronym).withValidator(value -> value.strip().length() <= 32, "At most 32 characters")
                .bind(d -> d.acronym, (d, v) -> d.acronym = v);
        binder.forField(aliases).bind(d -> d.aliases, (d, v) -> d.aliases = v);
        binder.forField(sectors).bind(d -> d.sectors, (d, v) -> d.sectors = v);
        Button save = new Button("Save organisation", click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        SaveShortcut.on(save);
        Button fresh = new Button("New organisation", click -> edit(null));
        add(formTitle, new FormLayout(id, kind, name, acronym, aliases, sectors), new HorizontalLayout(save, fresh));

        grid.setAriaLabel("Organisations");
        grid.addColumn(OrganisationState::id).setHeader("Id").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(o -> kindLabel(o.kind())).setHeader("Kind").setAutoWidth(true);
        grid.addColumn(OrganisationState::name).setHeader("Name").setFlexGrow(2);
        grid.addColumn(o -> o.acronym() == null ? "" : o.acronym()).setHeader("Acronym").setAutoWidth(true);
        grid.addColumn(o -> String.join("; ", o.aliases())).setHeader("Aliases").setFlexGrow(2);
        grid.addColumn(o -> o.active() ? "Active" : "Deactivated").setHeader("Status").setAutoWidth(true);
        grid.addComponentColumn(this::activation).setHeader("Access").setAutoWidth(true);
        grid.asSingleSelect().addValueChangeListener(event -> {
            if (event.getValue() != null) {
                edit(event.getValue());
            }
        });
        add(new H2("All organisations"), gridRefusal, grid);
        edit(null);
        refresh();
    }

    private static String kindLabel(TenantKind kind) {
        return switch (kind) {
            case AGENCY -> "Agency";
            case ASSOCIATION -> "Sector association";
            case OVERSIGHT -> "Oversight body";
            case OPERATOR -> "Operator";
        };
    }

    private Button activation(OrganisationState organisation) {
        String verb = organisation.active() ? "Deactivate" : "Reactivate";
        Button button = new Button(verb, click -> {
            try {
                if (organisation.active()) {
                    organisations.deactivate(organisation.id());
                } else {
                    organisations.reactivate(organisation.id());
                }
                AdminForms.saved(organisation.name() + (organisation.active() ? " deactivated" : " reactivated"));
                refresh();
                GridRows.scrollTo(grid, listed -> listed.id().equals(organisation.id()));
            } catch (AdministrativeChangeRefused refused) {
                gridRefusal.setText(refused.reason());
            }
        });
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        if (organisation.active()) {
            button.addThemeVariants(ButtonVariant.LUMO_ERROR);
        }
        button.getElement().setAttribute("aria-label", verb + " " + organisation.name());
        return button;
    }

    private void edit(OrganisationState organisation) {
        editing = organisation;
        Draft draft = new Draft();
        if (organisation != null) {
            draft.id = organisation.id();
            draft.kind = organisation.kind();
            draft.name = organisation.name();
            draft.acronym = organisation.acronym() == null ? "" : organisation.acronym();
            draft.aliases = String.join("\n", organisation.aliases());
            if (organisation.kind() == TenantKind.ASSOCIATION) {
                Set<String> covered = sectorAdmin.coveredBy(organisation.id());
                draft.sectors = allSectors.stream().filter(s -> covered.contains(s.id())).collect(Collectors.toSet());
            }
        }
        binder.readBean(draft);
        id.setReadOnly(organisation != null);
        kind.setReadOnly(organisation != null);
        sectors.setVisible(draft.kind == TenantKind.ASSOCIATION);
        formTitle.setText(organisation == null ? "New organisation" : "Edit " + organisation.name());
    }

    private void save() {
        Draft draft = new Draft();
        if (!binder.writeBeanIfValid(draft)) {
            return;
        }
        Set<String> aliasSet = Arrays.stream(draft.aliases.split("\\R")).map(String::strip)
                .filter(alias -> !alias.isEmpty()).collect(Collectors.toCollection(LinkedHashSet::new));
        OrganisationInput input = new OrganisationInput(draft.id, draft.kind, draft.name, draft.acronym, aliasSet);
        try {
            OrganisationState saved = editing == null ? organisations.create(input)
                    : organisations.rename(editing.id(), input);
            if (saved.kind() == TenantKind.ASSOCIATION) {
                sectorAdmin.cover(saved.id(), draft.sectors.stream().map(SectorState::id).collect(Collectors.toSet()));
            }
            AdminForms.saved(saved.name() + " saved");
            refresh();
            GridRows.scrollTo(grid, listed -> listed.id().equals(saved.id()));
            edit(null);
        } catch (AdministrativeChangeRefused refused) {
            AdminForms.showRefusal(Map.of("id", id, "kind", kind, "name", name, "acronym", acronym, "aliases", aliases,
                    "sectors", sectors), refused.field(), refused.reason());
        }
    }

    private void refresh() {
        gridRefusal.setText("");
        GridRows.show(grid, organisations.all());
    }
}
