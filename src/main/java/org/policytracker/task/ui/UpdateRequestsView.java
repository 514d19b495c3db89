package org.policytracker.task.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.function.Function;
import org.policytracker.task.OpenUpdateRequest;
import org.policytracker.task.TaskUpdateRequests;
import org.policytracker.ui.GridRows;
import org.policytracker.ui.Timestamps;

/**
 * The signed-in person's open update requests across tasks: those asked of them (answer with a progress
 * update on the task) and those they asked (waiting for the owner), each linking to its task.
 */
@Route("update-requests")
@Menu(title = "Update requests", order = 1.5, icon = "vaadin:comment-ellipsis-o")
@PageTitle("Update requests | Policy Tracker")
@RolesAllowed({"PROGRAM_MANAGER", "OVERSIGHT_VIEWER"})
class UpdateRequestsView extends VerticalLayout {

    UpdateRequestsView(TaskUpdateRequests requests) {
        TaskUpdateRequests.MyOpenRequests mine = requests.mine();
        add(new H1("Open update requests"));
        section("asked-of-you", "Asked of you", "Nobody waits for an update from you.",
                "A progress update on the task answers every request on it.", mine.askedOfMe(),
                "Asked by", request -> mine.nameOf(request.requestedBy()));
        section("you-asked", "You asked", "You wait for no update.",
                "Each stays open until the task's owner posts a progress update.", mine.askedByMe(),
                "Owner", request -> mine.nameOf(request.owner()));
    }

    /** A section named by its heading (a landmark region, for screen readers and the tests). */
    private void section(String id, String title, String none, String explanation, List<OpenUpdateRequest> requests,
            String personHeader, Function<OpenUpdateRequest, String> person) {
        H2 heading = new H2(title + " (" + requests.size() + ")");
        heading.setId(id + "-heading");
        Section section = new Section(heading);
        section.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
        section.setWidthFull();
        add(section);
        if (requests.isEmpty()) {
            section.add(new Paragraph(none));
            return;
        }
        section.add(new Paragraph(explanation));
        Grid<OpenUpdateRequest> grid = new Grid<>();
        grid.setAriaLabel(title);
        // the first column is plain text: the grid's keyboard-focusable cell is the first one, and a long title's
        // link filling it left that cell too little room to be a target of its own (axe target-size)
        grid.addColumn(request -> Timestamps.format(request.requestedAt())).setHeader("Asked").setAutoWidth(true)
                .setComparator(OpenUpdateRequest::requestedAt);
        grid.addComponentColumn(request -> new RouterLink(request.taskTitle(), TaskEditorView.class,
                new RouteParameters("id", String.valueOf(request.taskId())))).setHeader("Task").setFlexGrow(3)
                .setComparator(OpenUpdateRequest::taskTitle);
        grid.addColumn(person::apply).setHeader(personHeader).setAutoWidth(true).setSortable(true);
        grid.addColumn(request -> request.message() == null ? "" : request.message()).setHeader("Message")
                .setFlexGrow(2);
        grid.getColumns().forEach(column -> column.setResizable(true));
        GridRows.show(grid, requests);
        section.add(grid);
    }
}
