package org.policytracker.task.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.policytracker.collab.ChangeEvent;
import org.policytracker.collab.CommentService;
import org.policytracker.collab.CommentsPanel;
import org.policytracker.collab.ItemRef;
import org.policytracker.collab.LiveUpdates;
import org.policytracker.collab.PresenceAvatars;
import org.policytracker.collab.PresenceService;
import org.policytracker.security.CurrentUser;
import org.policytracker.security.People;
import org.policytracker.security.Role;
import org.policytracker.task.DirectiveChangeFlags;
import org.policytracker.task.DirectiveChangeFlags.DirectiveChangeFlag;
import org.policytracker.task.TaskCommands;
import org.policytracker.task.TaskConflictException;
import org.policytracker.task.TaskEdit;
import org.policytracker.task.TaskHistory;
import org.policytracker.task.TaskNotFoundException;
import org.policytracker.task.TaskQueries.TaskDetails;
import org.policytracker.task.TaskQueries;
import org.policytracker.task.TaskRow;
import org.policytracker.task.TaskRules;
import org.policytracker.task.TaskSnapshot;
import org.policytracker.task.TaskStatus;
import org.policytracker.task.TaskUpdateRequests;
import org.policytracker.task.TaskValidationException;
import org.policytracker.ui.IsoDatePicker;
import org.policytracker.ui.Labels;
import org.policytracker.ui.SaveShortcut;
import org.policytracker.ui.Timestamps;

/**
 * Edits one task of the user's agency: its values (with each rule's message beside its field),
 * milestones, evidence links, dated progress updates and the read-only change history. A save
 * over someone else's newer save is refused and shows what they changed.
 */
@Route("tasks/:id")
@PageTitle("Task | Policy Tracker")
@RolesAllowed({"PROGRAM_MANAGER", "OVERSIGHT_VIEWER", "ADMIN"})
class TaskEditorView extends VerticalLayout implements BeforeEnterObserver {

    private final TaskQueries tasks;
    private final TaskCommands commands;
    private final TaskHistory history;
    private final LiveUpdates live;
    private final PresenceService presence;
    private final CommentService comments;
    private final CurrentUser currentUser;
    private final TaskUpdateRequests updateRequests;
    private final DirectiveChangeFlags directiveChanges;
    private final People people;
    private final Div directiveChanged = new Div();
    private final Div changedElsewhere = new Div();
    private final Div openRequests = new Div();

    private final TextField title = new TextField("Title");
    private final TextArea description = new TextArea("Description");
    private final ComboBox<TaskQueries.Owner> owner = new ComboBox<>("Owner");
    private final Select<TaskStatus> status = new Select<>();
    private final IntegerField percent = new IntegerField("Percent complete");
    private final DatePicker startOn = new IsoDatePicker("Start date");
    private final DatePicker dueOn = new IsoDatePicker("Due date");
    private final DatePicker completedOn = new IsoDatePicker("Completed on");
    private final TextArea reason = new TextArea("Reason (needed when at risk or blocked)");
    private final Paragraph lastSaved = new Paragraph();
    private final Div conflict = new Div();
    private final VerticalLayout details = new VerticalLayout();
    /** The form's fields by the names the task rules report errors under. */
    private final Map<String, HasValidation> fieldsByName = Map.of(TaskRules.TITLE, title, TaskRules.OWNER, owner,
            "status", status, TaskRules.PERCENT, percent, TaskRules.DUE, dueOn, TaskRules.COMPLETED, completedOn,
            TaskRules.REASON, reason);

    private TaskSnapshot opened;

    TaskEditorView(TaskQueries tasks, TaskCommands commands, TaskHistory history, LiveUpdates live,
            PresenceService presence, CommentService comments, CurrentUser currentUser,
            TaskUpdateRequests updateRequests, DirectiveChangeFlags directiveChanges, People people) {
        this.tasks = tasks;
        this.commands = commands;
        this.history = history;
        this.live = live;
        this.presence = presence;
        this.comments = comments;
        this.currentUser = currentUser;
        this.updateRequests = updateRequests;
        this.directiveChanges = directiveChanges;
        this.people = people;
        setMaxWidth("70rem");
        changedElsewhere.addClassName("changed-elsewhere");
        changedElsewhere.getElement().setAttribute("role", "status");
        String me = currentUser.require().username();
        live.follow(this, event -> opened != null && event.kind() == ChangeEvent.Kind.UPDATED
                && event.item().equals(ItemRef.task(opened.id())) && !event.actor().equals(me),
                this::showChangedElsewhere);
    }

    /** Someone else saved this task: say so and offer to reload; the form keeps the user's edit. */
    private void showChangedElsewhere(ChangeEvent event) {
        changedElsewhere.removeAll();
        Button reload = new Button("Reload their version", click -> {
            opened = tasks.open(opened.id());
            show(opened);
            changedElsewhere.setVisible(false);
            conflict.setVisible(false);
            showDetails();
        });
        changedElsewhere.add(new Span("Changed by " + people.displayName(event.actor()) + " a moment ago: " + event.summary() + ". "),
                reload);
        changedElsewhere.setVisible(true);
        showDetails();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!currentUser.hasAnyRole(Role.PROGRAM_MANAGER)) {
            // a task's address (as in the activity feed and notifications) serves readers too: its read-only page
            event.forwardTo(TaskReadOnlyView.class, event.getRouteParameters());
            return;
        }
        removeAll();
        add(new RouterLink("← My agency's tasks", MyTasksView.class));
        TaskDetails task;
        try {
            long id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
            task = tasks.detailsToEdit(id);
            opened = task.values();
        } catch (NumberFormatException | TaskNotFoundException missing) {
            add(new H1("Task not found"), new Paragraph("There is no such task among your agency's tasks. It may "
                    + "belong to another agency, or the link may be mistyped."));
            return;
        }
        TaskRow row = task.row();
        changedElsewhere.setVisible(false);
        add(new H1(row.title()), new Paragraph(row.orderCode() + " " + row.directiveCode() + " — "
                + row.directiveTitle()), directiveChanged, new PresenceAvatars(presence, live, ItemRef.task(opened.id()), row.agency(),
                        currentUser.require()), changedElsewhere, conflict, openRequests, form(), lastSaved,
                new CommentsPanel(comments, live, ItemRef.task(opened.id())), details);
        conflict.addClassName("conflict");
        conflict.setVisible(false);
        showDirectiveChanged(row);
        show(opened);
        showDetails(task);
    }

    /**
     * The directive's unseen changes, and for the task's owner a "Seen" button that clears them (saving the
     * task does not: a save is about the task's own values, the owner says they took the change in).
     */
    private void showDirectiveChanged(TaskRow row) {
        directiveChanged.removeAll();
        List<DirectiveChangeFlag> unseen = directiveChanges.unseen(row.id());
        directiveChanged.setVisible(!unseen.isEmpty());
        if (unseen.isEmpty()) {
            return;
        }
        directiveChanged.add(TaskParts.directiveChanged(unseen));
        if (currentUser.require().username().equals(row.ownerUsername())) {
            Button seen = new Button("Seen", click -> {
                directiveChanges.markSeen(row.id());
                showDirectiveChanged(row);
            });
            seen.addThemeVariants(ButtonVariant.LUMO_SMALL);
            seen.setTooltipText("I have taken in how the directive changed: remove the flag");
            directiveChanged.add(seen);
        }
    }

    private Component form() {
        title.setMaxLength(300);
        title.setRequiredIndicatorVisible(true);
        owner.setItems(tasks.possibleOwners());
        owner.setItemLabelGenerator(TaskQueries.Owner::displayName);
        owner.setClearButtonVisible(true);
        status.setLabel("Status");
        status.setItems(TaskStatus.values());
        status.setItemLabelGenerator(Labels::of);
        status.setHelperText("Done sets 100 % and the completion date");
        percent.setMin(0);
        percent.setMax(100);
        percent.setStepButtonsVisible(true);
        percent.setSuffixComponent(new Span("%"));
        reason.setMaxLength(2000);
        FormLayout form = new FormLayout(title, owner, status, percent, startOn, dueOn, completedOn, reason,
                description);
        form.setColspan(title, 2);
        form.setColspan(description, 2);
        form.setColspan(reason, 2);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 2));

        Button save = new Button("Save", click -> save(edit()));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        SaveShortcut.on(save);
        Button discard = new Button("Discard changes", click -> show(opened));
        return new VerticalLayout(form, new HorizontalLayout(save, discard));
    }

    private TaskEdit edit() {
        return new TaskEdit(title.getValue(), description.getValue(),
                owner.getOptionalValue().map(TaskQueries.Owner::username).orElse(null), status.getValue(),
                percent.getValue(), startOn.getValue(), dueOn.getValue(), completedOn.getValue(), reason.getValue());
    }

    private void save(TaskEdit edit) {
        clearErrors();
        try {
            opened = commands.save(opened, edit);
            show(opened);
            conflict.setVisible(false);
            showDetails();
            Notification.show("Task saved").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (TaskValidationException invalid) {
            showErrors(invalid.fieldErrors());
        } catch (TaskConflictException newer) {
            showConflict(newer, edit);
        }
    }

    private void showConflict(TaskConflictException newer, TaskEdit mine) {
        TaskSnapshot current = newer.current();
        conflict.removeAll();
        conflict.add(new H2("Not saved: " + people.displayName(current.updatedBy()) + " changed this task at "
                + Timestamps.format(current.updatedAt()) + ", after you opened it"));
        UnorderedList changes = new UnorderedList();
        newer.changes().forEach(change -> changes.add(new ListItem(change.field() + ": \"" + change.before()
                + "\" → \"" + change.after() + "\"")));
        if (newer.changes().isEmpty()) {
            changes.add(new ListItem("They added a progress update, evidence or a milestone."));
        }
        Button reload = new Button("Reload their version (drop my edit)", click -> {
            opened = current;
            show(current);
            conflict.setVisible(false);
            showDetails();
        });
        Button reapply = new Button("Re-apply my edit on their version", click -> {
            opened = current;
            save(mine);
        });
        reapply.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        conflict.add(new Paragraph("What they changed:"), changes, new HorizontalLayout(reload, reapply));
        conflict.setVisible(true);
        conflict.getElement().setAttribute("role", "alert");
    }

    private void show(TaskSnapshot snapshot) {
        clearErrors();
        title.setValue(snapshot.title());
        description.setValue(snapshot.description() == null ? "" : snapshot.description());
        owner.getListDataView().getItems().filter(o -> o.username().equals(snapshot.ownerUsername())).findFirst()
                .ifPresentOrElse(owner::setValue, owner::clear);
        status.setValue(snapshot.status());
        percent.setValue(snapshot.percentComplete());
        startOn.setValue(snapshot.startOn());
        dueOn.setValue(snapshot.dueOn());
        completedOn.setValue(snapshot.completedOn());
        reason.setValue(snapshot.statusReason() == null ? "" : snapshot.statusReason());
        lastSaved.setText("Last saved by " + people.displayName(snapshot.updatedBy()) + " at "
                + Timestamps.format(snapshot.updatedAt()) + ".");
    }

    private void showErrors(Map<String, String> errors) {
        errors.forEach((field, message) -> {
            HasValidation component = fieldsByName.get(field);
            if (component != null) {
                component.setErrorMessage(message);
                component.setInvalid(true);
            }
        });
        Notification.show("Not saved: " + String.join(" ", errors.values()))
                .addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private void clearErrors() {
        fieldsByName.values().forEach(field -> field.setInvalid(false));
    }

    /** Milestones, evidence, progress updates and history, as they are now. */
    private void showDetails() {
        showDetails(tasks.detailsToEdit(opened.id()));
    }

    private void showDetails(TaskDetails task) {
        openRequests.removeAll();
        openRequests.add(new UpdateRequestsPanel(updateRequests, task.row(), currentUser.require()));
        details.removeAll();
        details.setPadding(false);

        VerticalLayout milestones = new VerticalLayout();
        milestones.setPadding(false);
        milestones.setSpacing(false);
        task.milestones().forEach(milestone -> {
            Checkbox done = new Checkbox(milestone.getTitle()
                    + (milestone.getDueOn() == null ? "" : " (due " + milestone.getDueOn() + ")"), milestone.isDone());
            done.addValueChangeListener(change -> {
                if (change.isFromClient()) {
                    append(snapshot -> commands.setMilestoneDone(snapshot, milestone.getId(), change.getValue()));
                }
            });
            milestones.add(done);
        });
        TextField milestoneTitle = new TextField("New milestone");
        DatePicker milestoneDue = new IsoDatePicker("Milestone due");
        Button addMilestone = new Button("Add milestone",
                click -> append(snapshot -> commands.addMilestone(snapshot, milestoneTitle.getValue(),
                        milestoneDue.getValue())));
        details.add(new H2("Milestones"), task.milestones().isEmpty()
                ? new Paragraph("No milestones yet: add the checkpoints on the way to done.") : milestones,
                inline(milestoneTitle, milestoneDue, addMilestone));

        TextField label = new TextField("Evidence label");
        TextField url = new TextField("Web address");
        url.setPlaceholder("https://");
        Button addEvidence = new Button("Add evidence",
                click -> append(snapshot -> commands.addEvidenceLink(snapshot, label.getValue(), url.getValue())));
        details.add(new H2("Evidence"), task.evidence().isEmpty()
                ? new Paragraph("No evidence linked yet: link memos, releases or dashboards that show progress.")
                : TaskParts.evidence(task.evidence()), inline(label, url, addEvidence));

        DatePicker reportedOn = new IsoDatePicker("Date of update", tasks.today());
        TextArea narrative = new TextArea("What happened since the last update");
        // as wide as the screen allows, up to 30rem: on a phone the box stays inside the screen
        narrative.setWidthFull();
        narrative.setMaxWidth("30rem");
        Button post = new Button("Post update",
                click -> append(snapshot -> commands.addProgressUpdate(snapshot, reportedOn.getValue(),
                        narrative.getValue())));
        details.add(new H2("Progress updates"), task.progressUpdates().isEmpty()
                ? new Paragraph("No progress updates yet: post a dated narrative of what happened.")
                : TaskParts.progressUpdates(task.progressUpdates(), people),
                inline(reportedOn, narrative, post));

        details.add(new H2("History"), new Paragraph("Every change, as recorded; the record cannot be edited."),
                TaskParts.history(history.of(opened.id()), people));
    }

    private void append(UnaryOperator<TaskSnapshot> change) {
        try {
            opened = change.apply(opened);
            showDetails();
        } catch (TaskValidationException invalid) {
            Notification.show(String.join(" ", invalid.fieldErrors().values()))
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        } catch (TaskConflictException newer) {
            showConflict(newer, edit());
        }
    }

    private static HorizontalLayout inline(Component... components) {
        HorizontalLayout line = new HorizontalLayout(components);
        line.setAlignItems(Alignment.BASELINE);
        line.setWrap(true);
        return line;
    }
}
