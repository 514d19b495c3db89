package org.policytracker.task.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.shared.Tooltip;
import java.util.List;
import java.util.stream.Collectors;
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
        badge.setText("Directive changed in version " + unseen.getLast().versionLabel());
        badge.addClassName("directive-changed");
        badge.getElement().getThemeList().add("badge");
        badge.getElement().getThemeList().add("contrast");
        Tooltip.forComponent(badge).setText(unseen.stream()
                .map(flag -> "Changed in version " + flag.versionLabel() + ": " + flag.whatChanged())
                .collect(Collectors.joining("; ")));
        return badge;
    }

    /** Each link opens in a new tab that cannot reach back to this page. */
    static UnorderedList evidence(List<TaskEvidenceLink> links) {
        UnorderedList list = new UnorderedList();
        links.forEach(link -> list.add(new ListItem(ExternalLink.to(link.getUrl(), link.getLabel()),
                new Span(" added by " + link.getAddedBy()))));
        return list;
    }

    /** Newest first. */
    static Grid<TaskProgressUpdate> progressUpdates(List<TaskProgressUpdate> updates) {
        Grid<TaskProgressUpdate> grid = new Grid<>();
        grid.setAriaLabel("Progress updates");
        grid.addColumn(TaskProgressUpdate::getReportedOn).setHeader("Date").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(TaskProgressUpdate::getAuthor).setHeader("By").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(TaskProgressUpdate::getNarrative).setHeader("Update");
        grid.setItems(updates.reversed());
        grid.setAllRowsVisible(true);
        return grid;
    }

    static Grid<TaskHistory.Change> history(List<TaskHistory.Change> changes) {
        Grid<TaskHistory.Change> grid = new Grid<>();
        grid.setAriaLabel("Change history");
        grid.addColumn(change -> Timestamps.format(change.at())).setHeader("When").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(TaskHistory.Change::username).setHeader("Who").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(TaskHistory.Change::field).setHeader("What").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(TaskHistory.Change::before).setHeader("Before");
        grid.addColumn(TaskHistory.Change::after).setHeader("After");
        grid.setItems(changes);
        grid.setAllRowsVisible(true);
        return grid;
    }
}
