package org.policytracker.task.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.shared.Tooltip;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.policytracker.security.People;
import org.policytracker.task.DirectiveChangeFlags.DirectiveChangeFlag;
import org.policytracker.task.TaskEvidenceLink;
import org.policytracker.task.TaskHistory;
import org.policytracker.task.TaskProgressUpdate;
import org.policytracker.ui.ExternalLink;
import org.policytracker.ui.Timestamps;

/** What the task editor and the read-only task page show alike: evidence, progress updates and history. */
final class TaskParts {

    private TaskParts() {
    }

    /**
     * "Directive changed in version X": a badge naming the latest unseen change's version, with every unseen
     * change (version and what changed) as its tooltip; nothing when there is none.
     */
    static Span directiveChanged(List<DirectiveChangeFlag> unseen) {
        Span badge = new Span();
        if (unseen.isEmpty()) {
            badge.setVisible(false);
            return badge;
        }
        badge.setText(directiveChangedBadge(unseen));
        badge.addClassName("directive-changed");
        badge.getElement().getThemeList().add("badge");
        badge.getElement().getThemeList().add("contrast");
        Tooltip.forComponent(badge).setText(directiveChangedDetails(unseen));
        return badge;
    }

    /** The badge's text: the latest version that changed the task's directive, or nothing. */
    static String directiveChangedBadge(List<DirectiveChangeFlag> unseen) {
        return unseen.isEmpty() ? "" : "Directive changed in version " + unseen.getLast().versionLabel();
    }

    /** What each unseen version changed, for the badge's tooltip; nothing when none. */
    static String directiveChangedDetails(List<DirectiveChangeFlag> unseen) {
        return unseen.stream().map(flag -> "Changed in version " + flag.versionLabel() + ": " + flag.whatChanged())
                .collect(Collectors.joining("; "));
    }

    /** Each link opens in a new tab that cannot reach back to this page. */
    static UnorderedList evidence(List<TaskEvidenceLink> links) {
        UnorderedList list = new UnorderedList();
        links.forEach(link -> list.add(new ListItem(ExternalLink.to(link.getUrl(), link.getLabel()),
                new Span(" added by " + link.getAddedBy()))));
        return list;
    }

    /** Newest first; authors by name, the narrative wrapped in full. */
    static Grid<TaskProgressUpdate> progressUpdates(List<TaskProgressUpdate> updates, People people) {
        Map<String, String> names = people.displayNames(updates.stream().map(TaskProgressUpdate::getAuthor)
                .collect(Collectors.toSet()));
        Grid<TaskProgressUpdate> grid = new Grid<>();
        grid.setAriaLabel("Progress updates");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(TaskProgressUpdate::getReportedOn).setHeader("Date").setWidth("7rem").setFlexGrow(0);
        grid.addColumn(update -> names.getOrDefault(update.getAuthor(), update.getAuthor())).setHeader("By")
                .setWidth("8rem").setFlexGrow(0);
        grid.addColumn(TaskProgressUpdate::getNarrative).setHeader("Update").setFlexGrow(1);
        grid.setItems(updates.reversed());
        grid.setAllRowsVisible(true);
        return grid;
    }

    /** Who changed what, by name; long values wrap and are their cells' tooltips, so none is cut. */
    static Grid<TaskHistory.Change> history(List<TaskHistory.Change> changes, People people) {
        Map<String, String> names = people.displayNames(changes.stream().map(TaskHistory.Change::username)
                .collect(Collectors.toSet()));
        Grid<TaskHistory.Change> grid = new Grid<>();
        grid.setAriaLabel("Change history");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(change -> Timestamps.format(change.at())).setHeader("When").setWidth("9rem").setFlexGrow(0);
        grid.addColumn(change -> names.getOrDefault(change.username(), change.username())).setHeader("Who")
                .setWidth("8rem").setFlexGrow(0);
        grid.addColumn(TaskHistory.Change::field).setHeader("What").setWidth("8rem").setFlexGrow(0);
        grid.addColumn(TaskHistory.Change::before).setHeader("Before").setFlexGrow(1)
                .setTooltipGenerator(TaskHistory.Change::before);
        grid.addColumn(TaskHistory.Change::after).setHeader("After").setFlexGrow(1)
                .setTooltipGenerator(TaskHistory.Change::after);
        grid.setItems(changes);
        grid.setAllRowsVisible(true);
        return grid;
    }
}
