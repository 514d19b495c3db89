package org.policytracker.task.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.util.List;
import org.policytracker.security.TenantUser;
import org.policytracker.task.TaskRow;
import org.policytracker.task.TaskUpdateRequests;
import org.policytracker.task.TaskUpdateRequests.RequestRow;
import org.policytracker.ui.Timestamps;

/**
 * A task's update requests on its pages: each open one as a banner (who asked, when, their message)
 * until a progress update answers it, then as answered with that update; and the "Ask for an update"
 * button for those who may ask (not the owner, who posts an update instead).
 */
class UpdateRequestsPanel extends VerticalLayout {

    private final TaskUpdateRequests requests;
    private final TaskRow task;
    private final TenantUser me;

    UpdateRequestsPanel(TaskUpdateRequests requests, TaskRow task, TenantUser me) {
        this.requests = requests;
        this.task = task;
        this.me = me;
        setPadding(false);
        addClassName("update-requests");
        refresh();
    }

    private void refresh() {
        removeAll();
        List<RequestRow> all = requests.onTask(task.id());
        add(new H2("Update requests"));
        List<RequestRow> open = all.stream().filter(RequestRow::open).toList();
        open.forEach(request -> add(openBanner(request)));
        boolean askedAlready = open.stream().anyMatch(request -> request.requestedBy().equals(me.username()));
        if (requests.mayAsk() && task.ownerUsername() != null && !task.ownerUsername().equals(me.username())
                && !askedAlready) {
            Button ask = new Button("Ask for an update", click -> new AskForUpdateDialog(requests, task, this::refresh)
                    .open());
            ask.getElement().setAttribute("aria-haspopup", "dialog");
            add(ask);
        }
        List<RequestRow> answered = all.stream().filter(request -> !request.open()).toList();
        if (all.isEmpty()) {
            add(new Paragraph("Nobody has asked for an update on this task."));
        }
        if (!answered.isEmpty()) {
            UnorderedList list = new UnorderedList();
            list.addClassName("update-requests-answered");
            answered.forEach(request -> list.add(new ListItem(new Span("Answered: " + request.requestedByName()
                    + " asked on " + Timestamps.format(request.requestedAt()) + quoted(request.message())
                    + "; " + request.answeredByAuthor() + " answered with the progress update of "
                    + request.answerReportedOn() + ": \"" + request.answerNarrative() + "\""))));
            add(list);
        }
    }

    private Div openBanner(RequestRow request) {
        Div banner = new Div(new Span("Open update request: " + request.requestedByName() + " asked "
                + (task.ownerName().isEmpty() ? "the owner" : task.ownerName()) + " for an update on "
                + Timestamps.format(request.requestedAt()) + quoted(request.message())
                + ". A progress update answers it."));
        banner.addClassName("update-request-open");
        return banner;
    }

    private static String quoted(String message) {
        return message == null ? "" : ": \"" + message + "\"";
    }
}
