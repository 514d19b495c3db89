package org.policytracker.audit.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.Objects;
import java.util.stream.Collectors;
import org.policytracker.audit.AdministrationHistory;
import org.policytracker.audit.AdministrationHistory.Entry;
import org.policytracker.ui.Timestamps;

/** Administrators' view of every administrative change: who, when, what, and each field before and after. */
@Route("administration-history")
@Menu(title = "Administration history", order = 9, icon = "vaadin:time-backward")
@PageTitle("Administration history | Policy Tracker")
@RolesAllowed("ADMIN")
public class AdministrationHistoryView extends VerticalLayout {

    static final int SHOWN = 500;

    AdministrationHistoryView(AdministrationHistory history) {
        add(new H1("Administration history"),
                new Paragraph("The latest " + SHOWN + " administrative changes, newest first: who made each, "
                        + "when, and every changed field with its value before and after."));
        Grid<Entry> changes = new Grid<>();
        changes.setAriaLabel("Administrative changes");
        changes.addColumn(entry -> Timestamps.format(entry.change().getOccurredAt())).setHeader("When")
                .setAutoWidth(true);
        changes.addColumn(entry -> entry.change().getActor()).setHeader("Who").setAutoWidth(true);
        changes.addColumn(entry -> entry.change().getAction()).setHeader("Change").setAutoWidth(true);
        changes.addColumn(entry -> entry.change().getSubjectType() + " " + entry.change().getSubjectKey())
                .setHeader("Of").setAutoWidth(true);
        changes.addColumn(AdministrationHistoryView::fields).setHeader("Before → after").setFlexGrow(1);
        changes.setItems(history.latest(SHOWN));
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
