package org.policytracker.task.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;
import java.io.ByteArrayInputStream;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.policytracker.collab.ChangeEvent;
import org.policytracker.collab.ItemType;
import org.policytracker.collab.LiveUpdates;
import org.policytracker.order.OrderService;
import org.policytracker.security.CurrentUser;
import org.policytracker.task.DirectiveChangeFlags.DirectiveChangeFlag;
import org.policytracker.task.DirectiveChangeFlags;
import org.policytracker.task.TaskCommands;
import org.policytracker.task.TaskFilter;
import org.policytracker.task.TaskQueries;
import org.policytracker.task.TaskRow;
import org.policytracker.timeliness.Timeliness;
import org.policytracker.ui.FoldedSection;
import org.policytracker.ui.NarrowScreen;
import org.policytracker.ui.PercentBar;
import org.policytracker.ui.StatusBadge;

/**
 * Landing view of program managers: their agency's tasks, filtered by what the URL says (so a view
 * can be bookmarked and shared), with bulk update and CSV export of what is shown.
 */
@Route("tasks")
@Menu(title = "My agency's tasks", order = 1, icon = "vaadin:tasks")
@PageTitle("My agency's tasks | Policy Tracker")
@RolesAllowed("PROGRAM_MANAGER")
class MyTasksView extends VerticalLayout implements BeforeEnterObserver {

    private final TaskQueries tasks;
    private final DirectiveChangeFlags directiveChanges;
    private final Grid<ListedTask> grid = new Grid<>();
    private final Paragraph summary = new Paragraph();
    private final Paragraph emptyState = new Paragraph();

    /** Folded unless a filter applies; its fields are built when it is first opened. */
    private final FoldedSection filters;
    private TaskFilterBar filterBar;
    private boolean narrow;
    /** How many tasks match the filter: counted with the summary line, then given to the grid, not counted again. */
    private long matching;
    private TaskFilter filter = TaskFilter.NONE;

    /** A task as the list shows it: its row and the changes to its directive its owner has not seen yet. */
    private record ListedTask(TaskRow task, List<DirectiveChangeFlag> unseenChanges) {
    }

    MyTasksView(TaskQueries tasks, TaskCommands commands, OrderService orders, LiveUpdates live,
            Timeliness timeliness, CurrentUser currentUser, DirectiveChangeFlags directiveChanges) {
        this.tasks = tasks;
        this.directiveChanges = directiveChanges;
        setSizeFull();

        Button newTask = new Button("New task", VaadinIcon.PLUS.create(),
                click -> new NewTaskDialog(commands, orders.directivesOpenForWork(), tasks.possibleOwners(),
                        currentUser.require().username()).open());
        newTask.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button bulk = new Button("Update selected…", VaadinIcon.EDIT.create(), click -> new BulkUpdateDialog(commands,
                tasks.possibleOwners(), grid.getSelectedItems().stream().map(listed -> listed.task().id()).toList(),
                this::refresh).open());
        bulk.setEnabled(false);
        Anchor export = new Anchor(DownloadHandler.fromInputStream(download -> {
            byte[] csv = tasks.exportCsv(filter);
            return new DownloadResponse(new ByteArrayInputStream(csv), "tasks-" + tasks.today() + ".csv",
                    "text/csv", csv.length);
        }), "");
        export.add(new Button("Export CSV", VaadinIcon.DOWNLOAD.create()));
        export.getElement().setAttribute("download", true);
        // the button inside is the one target and tab stop; the link around it only makes its press a download
        export.getElement().setAttribute("tabindex", "-1");
        FlexLayout actions = new FlexLayout(newTask, bulk, export);
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actions.addClassName("page-actions");
        FlexLayout heading = new FlexLayout(new H1("My agency's tasks"), actions);
        heading.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        heading.setAlignItems(Alignment.BASELINE);
        heading.setJustifyContentMode(JustifyContentMode.BETWEEN);
        heading.setWidthFull();
        filters = new FoldedSection("Filters", () -> {
            filterBar = new TaskFilterBar(orders.directives(), tasks.possibleOwners(), timeliness.staleAfterDays(),
                    this::filterPicked, () -> show(TaskFilter.NONE));
            filterBar.show(filter);
            return filterBar;
        });
        add(heading, filters, summary, emptyState);

        grid.setAriaLabel("Tasks of my agency");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addSelectionListener(selection -> bulk.setEnabled(!selection.getAllSelectedItems().isEmpty()));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        Grid.Column<ListedTask> directiveColumn = grid.addColumn(listed -> listed.task().directiveCode())
                .setHeader("Directive").setWidth("7rem").setFlexGrow(0).setSortProperty("directive")
                .setTooltipGenerator(listed -> listed.task().orderCode() + " " + listed.task().directiveCode() + ": "
                        + listed.task().directiveTitle());
        // cells drawn by the browser from the row's values (LitRenderer): no server-side elements per row
        Grid.Column<ListedTask> taskColumn = grid.addColumn(LitRenderer.<ListedTask>of("""
                        <div><a href="${item.href}" router-link>${item.title}</a>\
                        <span class="directive-changed" theme="badge contrast" ?hidden=${!item.changed}>${item.changed}</span>\
                        </div>""")
                        .withProperty("href", listed -> RouteConfiguration.forApplicationScope().getUrl(
                                TaskEditorView.class, new RouteParameters("id", String.valueOf(listed.task().id()))))
                        .withProperty("title", listed -> listed.task().title())
                        .withProperty("changed", listed -> TaskParts.directiveChangedBadge(listed.unseenChanges())))
                .setTooltipGenerator(listed -> TaskParts.directiveChangedDetails(listed.unseenChanges()))
                .setHeader("Task").setWidth("18rem").setFlexGrow(3).setSortProperty("title");
        Grid.Column<ListedTask> statusColumn = grid.addColumn(StatusBadge.renderer(listed -> listed.task().status()))
                .setHeader("Status").setWidth("8.5rem").setFlexGrow(0).setSortProperty("status");
        Grid.Column<ListedTask> completeColumn = grid.addColumn(PercentBar.renderer(listed -> listed.task().percentComplete()))
                .setHeader("Complete").setWidth("11rem").setFlexGrow(0).setSortProperty("percentComplete");
        Grid.Column<ListedTask> dueColumn = grid.addColumn(LitRenderer.<ListedTask>of("<span class=\"${item.flag}\">${item.due}</span>")
                        .withProperty("due", listed -> dueText(listed.task()))
                        .withProperty("flag", listed -> listed.task().overdue() ? "overdue" : ""))
                .setHeader("Due").setWidth("10rem").setFlexGrow(0).setSortProperty("dueOn");
        Grid.Column<ListedTask> lastUpdateColumn = grid.addColumn(LitRenderer.<ListedTask>of(
                        "<span class=\"${item.flag}\">${item.when}</span>")
                        .withProperty("when", listed -> listed.task().lastActivityAt().atZone(ZoneOffset.UTC).toLocalDate()
                                + (listed.task().stale() ? " (stale)" : ""))
                        .withProperty("flag", listed -> listed.task().stale() ? "stale" : ""))
                .setHeader("Last update").setWidth("9rem").setFlexGrow(0).setSortProperty("lastActivityAt");
        Grid.Column<ListedTask> ownerColumn = grid.addColumn(listed -> listed.task().ownerName()).setHeader("Owner")
                .setWidth("9rem").setFlexGrow(1).setSortProperty("owner");
        // pages of rows fetched as the list scrolls, sorted and counted in the database
        grid.setItemsPageable(page -> {
                    List<TaskRow> rows = tasks.myTasks(filter, page);
                    Map<Long, List<DirectiveChangeFlag>> unseen = directiveChanges.unseen(
                            rows.stream().map(TaskRow::id).toList());
                    return rows.stream().map(row -> new ListedTask(row, unseen.getOrDefault(row.id(), List.of())))
                            .toList();
                }, page -> matching)
                .setIdentifierProvider(listed -> listed.task().id());
        grid.setSizeFull();
        addAndExpand(grid);
        // on a phone: filters folded under their summary, and only the task, its status and due date
        NarrowScreen.follow(this, narrowNow -> {
            narrow = narrowNow;
            filters.setOpened(!narrow && filter.activeCount() > 0);
            List.of(directiveColumn, completeColumn, lastUpdateColumn, ownerColumn).forEach(c -> c.setVisible(!narrow));
            taskColumn.setWidth(narrow ? "7rem" : "18rem");
            statusColumn.setWidth(narrow ? "7.5rem" : "8.5rem");
            dueColumn.setWidth(narrow ? "6.5rem" : "10rem");
            if (narrow) {
                grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
            } else {
                grid.removeThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
            }
        });
        live.follow(this, event -> event.kind() == ChangeEvent.Kind.UPDATED && event.item().type() == ItemType.TASK,
                event -> showRows());
    }

    private static String dueText(TaskRow row) {
        return row.dueOn() == null ? "—" : row.overdue() ? row.dueOn() + " (overdue)" : row.dueOn().toString();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        filter = TaskFilter.fromQueryParameters(event.getLocation().getQueryParameters());
        if (filterBar != null) {
            filterBar.show(filter);
        } else if (filter.activeCount() > 0 && !narrow) {
            filters.setOpened(true);
        }
        refresh();
    }

    private void show(TaskFilter shown) {
        UI.getCurrent().navigate(MyTasksView.class, shown.toQueryParameters());
    }

    private void filterPicked(TaskFilter picked) {
        filter = picked;
        UI.getCurrent().getPage().getHistory().replaceState(null, new Location("tasks", filter.toQueryParameters()));
        refresh();
    }

    private void refresh() {
        grid.deselectAll();
        showRows();
    }

    /** Shows the rows matching the filter; kept selections survive a live update. */
    private void showRows() {
        TaskQueries.TaskCounts counts = tasks.countMyTasks(filter);
        matching = counts.tasks();
        grid.getDataProvider().refreshAll();
        summary.setText(counts.tasks() + (counts.tasks() == 1 ? " task" : " tasks") + ", " + counts.overdue()
                + " overdue, " + counts.stale() + " stale.");
        boolean filtered = !filter.equals(TaskFilter.NONE);
        long active = filter.activeCount();
        filters.setSummaryText(active == 0 ? "Filters" : "Filters (" + active + " applied)");
        emptyState.setVisible(counts.tasks() == 0);
        emptyState.setText(filtered
                ? "No task matches these filters. Change or clear the filters to see more."
                : "Your agency has no tasks yet. Create one with \"New task\": each task names the directive it "
                        + "carries out, an owner, a due date and its progress.");
        grid.setVisible(counts.tasks() > 0);
    }
}
