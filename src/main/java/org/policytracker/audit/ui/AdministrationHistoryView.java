package org.policytracker.audit.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.policytracker.audit.AdministrationHistory;
import org.policytracker.audit.AdministrationHistory.Entry;
import org.policytracker.security.People;
import org.policytracker.ui.Timestamps;

/** Administrators' view of every administrative change: who, when, what, and each field before and after. */
@Route("administration-history")
@Menu(title = "Administration history", order = 9, icon = "vaadin:time-backward")
@PageTitle("Administration history | Policy Tracker")
@RolesAllowed("ADMIN")
public class AdministrationHistoryView extends VerticalLayout {

    static final int SHOWN = 500;

    AdministrationHistoryView(AdministrationHistory history, People people) {
        add(new H1("Administration history"),
                new Paragraph("The latest " + SHOWN + " administrative changes, newest first: who made each, "
                        + "when, and every changed field with its value before and after."));
        List<Entry> latest = history.latest(SHOWN);
        // people by name; a job's actor (system:...) is no person and stays as it is
        Map<String, String> names = people.displayNames(latest.stream().map(entry -> entry.change().getActor())
                .collect(Collectors.toSet()));
        Grid<Entry> changes = new Grid<>();
        changes.setAriaLabel("Administrative changes");
        // every value in full: the cells wrap, and the changed fields are the row's tooltip too
        changes.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        changes.addColumn(entry -> Timestamps.format(entry.change().getOccurredAt())).setHeader("When")
                .setWidth("9rem").setFlexGrow(0);
        changes.addColumn(entry -> names.getOrDefault(entry.change().getActor(), entry.change().getActor()))
                .setHeader("Who").setWidth("9rem").setFlexGrow(0);
        changes.addColumn(entry -> entry.change().getAction()).setHeader("Change").setWidth("9rem").setFlexGrow(0);
        changes.addColumn(entry -> entry.change().getSubjectType() + " " + entry.change().getSubjectKey())
                .setHeader("Of").setWidth("12rem").setFlexGrow(0);
        changes.addColumn(AdministrationHistoryView::fields).setHeader("Before → after").setFlexGrow(1)
                .setTooltipGenerator(AdministrationHistoryView::fields);
        changes.setItems(latest);
        add(changes);
        setSizeFull();
        changes.setSizeFull();
    }

    private static String fields(Entry entry) {
        return entry.fields().stream()
                .map(field -> field.field() + ": " + shown(field.before()) + " → " + shown(field.after()))
                .collect(Collectors.joining("; "));
    }

    private static String shown(Object value) {
        return Objects.toString(value, "—");
    }
}
