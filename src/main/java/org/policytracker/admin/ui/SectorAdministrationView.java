package org.policytracker.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.policytracker.tenant.AdministrativeChangeRefused;
import org.policytracker.ui.SaveShortcut;
import org.policytracker.uptake.SectorAdministration.SectorInput;
import org.policytracker.uptake.SectorAdministration.SectorState;
import org.policytracker.uptake.SectorAdministration;

/** Administrators create sectors and edit their name, description and source; the id stays. */
@Route("admin/sectors")
@PageTitle("Sectors | Policy Tracker")
@RolesAllowed("ADMIN")
public class SectorAdministrationView extends VerticalLayout {

    /** The form's values while they are edited. */
    static final class Draft {
        String id = "";
        String name = "";
        String description = "";
        String source = "";
    }

    private final SectorAdministration sectors;
    private final Grid<SectorState> grid = new Grid<>();
    private final TextField id = new TextField("Id");
    private final TextField name = new TextField("Name");
    private final TextArea description = new TextArea("Description");
    private final TextField source = new TextField("Source");
    private final H2 formTitle = new H2();
    private final Binder<Draft> binder = new Binder<>();
    private SectorState editing;

    SectorAdministrationView(SectorAdministration sectors) {
        this.sectors = sectors;
        add(new H1("Sectors"), new Paragraph("The sectors whose organisations measures apply to and associations "
                + "report for. Select a sector to edit it; its id stays, since reports refer to it."));
        id.setHelperText("Lower-case letters, digits and hyphens, e.g. water-utilities");
        binder.forField(id).asRequired("Enter an id")
                .withValidator(value -> SectorAdministration.ID.matcher(value.strip()).matches(),
                        "Use lower-case letters, digits and hyphens (at most 64)")
                .bind(d -> d.id, (d, v) -> d.id = v);
        binder.forField(name).asRequired("Enter a name")
                .withValidator(value -> value.strip().length() <= 200, "At most 200 characters")
                .bind(d -> d.name, (d, v) -> d.name = v);
        binder.forField(description).bind(d -> d.description, (d, v) -> d.description = v);
        binder.forField(source).bind(d -> d.source, (d, v) -> d.source = v);
        Button save = new Button("Save sector", click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        SaveShortcut.on(save);
        Button fresh = new Button("New sector", click -> edit(null));
        FormLayout form = new FormLayout(id, name, description, source);
        form.setColspan(description, 2);
        add(formTitle, form, new HorizontalLayout(save, fresh));

        grid.setAriaLabel("Sectors");
        grid.addColumn(SectorState::id).setHeader("Id").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(SectorState::name).setHeader("Name").setAutoWidth(true);
        grid.addColumn(SectorState::description).setHeader("Description").setFlexGrow(2);
        grid.addColumn(SectorState::source).setHeader("Source").setAutoWidth(true);
        grid.asSingleSelect().addValueChangeListener(event -> {
            if (event.getValue() != null) {
                edit(event.getValue());
            }
        });
        grid.setAllRowsVisible(true);
        add(new H2("All sectors"), grid);
        edit(null);
        refresh();
    }

    private void edit(SectorState sector) {
        editing = sector;
        Draft draft = new Draft();
        if (sector != null) {
            draft.id = sector.id();
            draft.name = sector.name();
            draft.description = sector.description() == null ? "" : sector.description();
            draft.source = sector.source() == null ? "" : sector.source();
        }
        binder.readBean(draft);
        id.setReadOnly(sector != null);
        formTitle.setText(sector == null ? "New sector" : "Edit sector " + sector.id());
    }

    private void save() {
        Draft draft = new Draft();
        if (!binder.writeBeanIfValid(draft)) {
            return;
        }
        SectorInput input = new SectorInput(draft.id, draft.name, draft.description, draft.source);
        try {
            SectorState saved = editing == null ? sectors.create(input) : sectors.edit(editing.id(), input);
            AdminForms.saved("Sector " + saved.id() + " saved");
            refresh();
            edit(null);
        } catch (AdministrativeChangeRefused refused) {
            AdminForms.showRefusal(Map.of("id", id, "name", name), refused.field(), refused.reason());
        }
    }

    private void refresh() {
        grid.setItems(sectors.all());
    }
}
