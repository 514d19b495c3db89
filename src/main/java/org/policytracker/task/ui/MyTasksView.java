package org.policytracker.task.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
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
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.policytracker.collab.ChangeEvent;
import org.policytracker.collab.ItemType;
import org.policytracker.collab.LiveUpdates;
import org.policytracker.order.OrderService.DirectiveRow;
import org.policytracker.order.OrderService;
import org.policytracker.security.CurrentUser;
import org.policytracker.task.DirectiveChangeFlags.DirectiveChangeFlag;
import org.policytracker.task.DirectiveChangeFlags;
import org.policytracker.task.TaskCommands;
import org.policytracker.task.TaskFilter;
import org.policytracker.task.TaskQueries;
import org.policytracker.task.TaskRow;
import org.policytracker.task.TaskStatus;
import org.policytracker.timeliness.Timeliness;
import org.policytracker.ui.IsoDatePicker;
import org.policytracker.ui.Labels;
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
    /** The shown tasks' unseen directive changes, by task. */
    private Map<Long, List<DirectiveChangeFlag>> unseenChanges = Map.of();
    private final Grid<TaskRow> grid = new Grid<>();
    private final Paragraph summary = new Paragraph();
    private final Paragraph emptyState = new Paragraph();

    private final ComboBox<DirectiveRow> directive = new ComboBox<>("Directive");
    private final MultiSelectComboBox<TaskStatus> status = new MultiSelectComboBox<>("Status");
    private final ComboBox<TaskQueries.Owner> owner = new ComboBox<>("Owner");
    private final DatePicker dueFrom = new IsoDatePicker("Due from");
    private final DatePicker dueTo = new IsoDatePicker("Due until");
    private final Checkbox overdue = new Checkbox("Overdue only");
    private final Checkbox stale = new Checkbox();
    private final TextField text = new TextField("Search");

    private final Details filters = new Details();
    private TaskFilter filter = TaskFilter.NONE;
    private boolean showingFilter;

    MyTasksView(TaskQueries tasks, TaskCommands commands, OrderService orders, LiveUpdates live,
            Timeliness timeliness, CurrentUser currentUser, DirectiveChangeFlags directiveChanges) {
        this.tasks = tasks;
        this.directiveChanges = directiveChanges;
        stale.setLabel("Stale only (no update in " + timeliness.staleAfterDays() + " days)");
        setSizeFull();

        Button newTask = new Button("New task", VaadinIcon.PLUS.create(),
                click -> new NewTaskDialog(commands, orders.directivesOpenForWork(), tasks.possibleOwners(),
                        currentUser.require().username()).open());
        newTask.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button bulk = new Button("Update selected…", VaadinIcon.EDIT.create(), click -> new BulkUpdateDialog(commands,
                tasks.possibleOwners(), grid.getSelectedItems().stream().map(TaskRow::id).toList(), this::refresh).open());
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
        filters.add(filterBar(orders.directives(), tasks.possibleOwners()));
        filters.setOpened(true);
        filters.setWidthFull();
        add(heading, filters, summary, emptyState);

        grid.setAriaLabel("Tasks of my agency");
        grid.setSelectionMode(Grid.SelectionMode.MULTI);
        grid.addSelectionListener(selection -> bulk.setEnabled(!selection.getAllSelectedItems().isEmpty()));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        Grid.Column<TaskRow> directiveColumn = grid.addColumn(TaskRow::directiveCode).setHeader("Directive").setWidth("7rem").setFlexGrow(0)
                .setTooltipGenerator(row -> row.orderCode() + " " + row.directiveCode() + ": " + row.directiveTitle())
                .setSortable(true);
        // cells drawn by the browser from the row's values (LitRenderer): no server-side elements per row
        Grid.Column<TaskRow> taskColumn = grid.addColumn(LitRenderer.<TaskRow>of("""
                        <div><a href="${item.href}" router-link>${item.title}</a>\
                        <span class="directive-changed" theme="badge contrast" ?hidden=${!item.changed}>${item.changed}</span>\
                        </div>""")
                        .withProperty("href", row -> RouteConfiguration.forApplicationScope().getUrl(TaskEditorView.class,
                                new RouteParameters("id", String.valueOf(row.id()))))
                        .withProperty("title", TaskRow::title)
                        .withProperty("changed", row -> TaskParts.directiveChangedBadge(unseenChanges(row))))
                .setTooltipGenerator(row -> TaskParts.directiveChangedDetails(unseenChanges(row)))
                .setHeader("Task").setWidth("18rem").setFlexGrow(3).setComparator(TaskRow::title);
        Grid.Column<TaskRow> statusColumn = grid.addColumn(StatusBadge.renderer(TaskRow::status)).setHeader("Status").setWidth("8.5rem")
                .setFlexGrow(0).setComparator(TaskRow::status);
        Grid.Column<TaskRow> completeColumn = grid.addColumn(PercentBar.renderer(TaskRow::percentComplete)).setHeader("Complete").setWidth("11rem").setFlexGrow(0)
                .setComparator(TaskRow::percentComplete);
        Grid.Column<TaskRow> dueColumn = grid.addColumn(LitRenderer.<TaskRow>of("<span class=\"${item.flag}\">${item.due}</span>")
                        .withProperty("due", row -> row.dueOn() == null ? "—" : row.overdue() ? row.dueOn() + " (overdue)"
                                : row.dueOn().toString())
                        .withProperty("flag", row -> row.overdue() ? "overdue" : ""))
                .setHeader("Due").setWidth("10rem").setFlexGrow(0)
                .setComparator(row -> row.dueOn() == null ? LocalDate.MAX : row.dueOn());
        Grid.Column<TaskRow> lastUpdateColumn = grid.addColumn(LitRenderer.<TaskRow>of(
                        "<span class=\"${item.flag}\">${item.when}</span>")
                        .withProperty("when", row -> row.lastActivityAt().atZone(ZoneOffset.UTC).toLocalDate()
                                + (row.stale() ? " (stale)" : ""))
                        .withProperty("flag", row -> row.stale() ? "stale" : ""))
                .setHeader("Last update").setWidth("9rem").setFlexGrow(0)
                .setComparator(TaskRow::lastActivityAt);
        Grid.Column<TaskRow> ownerColumn = grid.addColumn(TaskRow::ownerName).setHeader("Owner").setWidth("9rem").setFlexGrow(1).setSortable(true);
        grid.setSizeFull();
        addAndExpand(grid);
        // on a phone: filters folded under their summary, and only the task, its status and due date
        NarrowScreen.follow(this, narrow -> {
            filters.setOpened(!narrow);
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

    private FlexLayout filterBar(List<DirectiveRow> directives, List<TaskQueries.Owner> owners) {
        directive.setItems(directives);
        directive.setItemLabelGenerator(row -> row.orderCode() + " " + row.code() + " — " + row.title());
        directive.setClearButtonVisible(true);
        directive.setWidth("22rem");
        status.setItems(TaskStatus.values());
        status.setItemLabelGenerator(Labels::of);
        status.setClearButtonVisible(true);
        owner.setItems(owners);
        owner.setItemLabelGenerator(TaskQueries.Owner::displayName);
        owner.setClearButtonVisible(true);
        dueFrom.setClearButtonVisible(true);
        dueTo.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        text.setPlaceholder("Title or description");
        directive.addValueChangeListener(change -> filterChanged());
        status.addValueChangeListener(change -> filterChanged());
        owner.addValueChangeListener(change -> filterChanged());
        dueFrom.addValueChangeListener(change -> filterChanged());
        dueTo.addValueChangeListener(change -> filterChanged());
        overdue.addValueChangeListener(change -> filterChanged());
        stale.addValueChangeListener(change -> filterChanged());
        text.addValueChangeListener(change -> filterChanged());
        Button clear = new Button("Clear filters", click -> show(TaskFilter.NONE));
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        FlexLayout bar = new FlexLayout(directive, status, owner, dueFrom, dueTo, text, overdue, stale, clear);
        bar.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        bar.setAlignItems(Alignment.BASELINE);
        bar.addClassName("filter-bar");
        bar.setWidthFull();
        return bar;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        TaskFilter fromUrl = TaskFilter.fromQueryParameters(event.getLocation().getQueryParameters());
        showingFilter = true;
        directive.getListDataView().getItems().filter(row -> Objects.equals(row.id(), fromUrl.directiveId()))
                .findFirst().ifPresentOrElse(directive::setValue, directive::clear);
        status.setValue(fromUrl.statuses());
        owner.getListDataView().getItems().filter(o -> o.username().equals(fromUrl.ownerUsername())).findFirst()
                .ifPresentOrElse(owner::setValue, owner::clear);
        dueFrom.setValue(fromUrl.dueFrom());
        dueTo.setValue(fromUrl.dueTo());
        overdue.setValue(fromUrl.overdueOnly());
        stale.setValue(fromUrl.staleOnly());
        text.setValue(fromUrl.text() == null ? "" : fromUrl.text());
        showingFilter = false;
        filter = fromUrl;
        refresh();
    }

    private void show(TaskFilter shown) {
        UI.getCurrent().navigate(MyTasksView.class, shown.toQueryParameters());
    }

    private void filterChanged() {
        if (showingFilter) {
            return;
        }
        filter = new TaskFilter(directive.getOptionalValue().map(DirectiveRow::id).orElse(null), status.getValue(),
                owner.getOptionalValue().map(TaskQueries.Owner::username).orElse(null), dueFrom.getValue(),
                dueTo.getValue(), overdue.getValue(), stale.getValue(), text.getValue());
        UI.getCurrent().getPage().getHistory().replaceState(null, new Location("tasks", filter.toQueryParameters()));
        refresh();
    }

    private void refresh() {
        grid.deselectAll();
        showRows();
    }

    private List<DirectiveChangeFlag> unseenChanges(TaskRow row) {
        return unseenChanges.getOrDefault(row.id(), List.of());
    }

    /** Shows the rows matching the filter; kept selections survive a live update. */
    private void showRows() {
        List<TaskRow> rows = tasks.myTasks(filter);
        unseenChanges = directiveChanges.unseen(rows.stream().map(TaskRow::id).toList());
        grid.setItems(rows);
        long overdueCount = rows.stream().filter(TaskRow::overdue).count();
        long staleCount = rows.stream().filter(TaskRow::stale).count();
        summary.setText(rows.size() + (rows.size() == 1 ? " task" : " tasks") + ", " + overdueCount + " overdue, "
                + staleCount + " stale.");
        boolean filtered = !filter.equals(TaskFilter.NONE);
        long active = filter.activeCount();
        filters.setSummaryText(active == 0 ? "Filters" : "Filters (" + active + " applied)");
        emptyState.setVisible(rows.isEmpty());
        emptyState.setText(filtered
                ? "No task matches these filters. Change or clear the filters to see more."
                : "Your agency has no tasks yet. Create one with \"New task\": each task names the directive it "
                        + "carries out, an owner, a due date and its progress.");
        grid.setVisible(!rows.isEmpty());
    }
}
