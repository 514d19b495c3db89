package org.policytracker.uptake.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.function.BiFunction;
import org.policytracker.ui.ExternalLink;
import org.policytracker.ui.Facts;
import org.policytracker.ui.Timestamps;
import org.policytracker.uptake.ReportRejectedException;
import org.policytracker.uptake.ReportReviewService;
import org.policytracker.uptake.ReportRow;

/**
 * Submitted participation reports of the measures the reviewer's agency leads (every measure for
 * administrators): accept, or send back to the association with a reason.
 */
@Route("reports/review")
@Menu(title = "Reports to review", order = 5, icon = "vaadin:check-square-o")
@PageTitle("Reports to review | Policy Tracker")
@RolesAllowed({"PROGRAM_MANAGER", "ADMIN"})
public class ReportReviewView extends VerticalLayout {

    private final ReportReviewService review;
    private final Grid<ReportRow> grid = new Grid<>();
    private final Paragraph empty = new Paragraph("No submitted report is waiting for your review.");

    ReportReviewView(ReportReviewService review) {
        this.review = review;
        setSizeFull();
        add(new H1("Reports to review"));
        add(new Paragraph("Participation reports submitted by sector associations for the voluntary measures of "
                + "directives your agency leads. Only accepted reports count in the gap metrics; a report sent back "
                + "goes to the association with your reason, and its correction comes back here as a new revision."));
        grid.setAriaLabel("Submitted reports waiting for review");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        // first and not pinned: pinned at the end it covered the figures being decided at 1366 px
        // who reports first, the decision beside it: buttons filling the first cell left the grid's keyboard-focusable
        // cell around them too little room to be a target of its own (axe target-size)
        grid.addColumn(ReportRow::association).setHeader("Association").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader("Decision").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ReportRow::periodCode).setHeader("Period").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ReportRow::measureCode).setHeader("Measure").setAutoWidth(true).setFlexGrow(0)
                .setTooltipGenerator(ReportRow::measureTitle);
        grid.addColumn(ReportRow::sectorName).setHeader("Sector").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ReportRow::revision).setHeader("Rev.").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.eligibleCount() + " / " + row.participatingCount() + " / " + row.verifiedCount())
                .setHeader("Eligible / participating / verified").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(row -> row.evidenceNote() == null ? "" : row.evidenceNote()).setHeader("Evidence").setFlexGrow(1)
                .setTooltipGenerator(row -> row.evidenceNote() == null ? "" : row.evidenceNote());
        grid.addColumn(ReportRow::submittedBy).setHeader("Submitted by").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(ReportDiscussionView::linkTo).setHeader("Comments").setAutoWidth(true).setFlexGrow(0);
        grid.setSizeFull();
        add(empty);
        addAndExpand(grid);
        refresh();
    }

    private HorizontalLayout actions(ReportRow row) {
        String which = row.measureCode() + " for " + row.sectorName() + ", " + row.periodCode() + " (" + row.association() + ")";
        Button accept = new Button("Accept", click -> decide("Accept", row, "Note (optional)", false, review::accept));
        accept.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
        accept.getElement().setAttribute("aria-label", "Accept " + which);
        Button sendBack = new Button("Send back", click -> decide("Send back", row, "Reason", true, review::sendBack));
        sendBack.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        sendBack.getElement().setAttribute("aria-label", "Send back " + which);
        return new HorizontalLayout(accept, sendBack);
    }

    private void decide(String verb, ReportRow row, String noteLabel, boolean noteRequired,
            BiFunction<Long, String, ReportRow> decision) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(verb + " revision " + row.revision() + " of " + row.measureCode() + " for "
                + row.sectorName() + ", " + row.periodCode());
        TextArea note = new TextArea(noteLabel);
        note.setRequired(noteRequired);
        note.setMaxLength(ReportReviewService.MAX_NOTE_LENGTH);
        note.setWidthFull();
        dialog.add(whatIsDecided(row), note);
        Button confirm = new Button(verb, click -> {
            try {
                decision.apply(row.id(), note.getValue());
                dialog.close();
                Notification.show(verb.equals("Accept") ? "Accepted: it now counts in the metrics."
                        : "Sent back to " + row.association() + ".");
                refresh();
            } catch (ReportRejectedException rejected) {
                note.setErrorMessage(rejected.violations().getFirst().message());
                note.setInvalid(true);
            }
        });
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", click -> dialog.close()), confirm);
        dialog.open();
        note.focus();
    }

    /** The figures and evidence the decision is about, so nobody accepts a report by its title alone. */
    private static Facts whatIsDecided(ReportRow row) {
        Facts facts = new Facts();
        facts.fact("Association", new Span(row.association()));
        facts.fact("Eligible organisations", new Span(String.valueOf(row.eligibleCount())));
        facts.fact("Participating organisations", new Span(String.valueOf(row.participatingCount())));
        facts.fact("Independently verified", new Span(String.valueOf(row.verifiedCount())));
        facts.fact("Evidence note", new Span(row.evidenceNote() == null ? "None given" : row.evidenceNote()));
        if (row.evidenceLinks().isEmpty()) {
            facts.fact("Evidence links", new Span("None given"));
        } else {
            UnorderedList links = new UnorderedList();
            row.evidenceLinks().forEach(link -> links.add(new ListItem(ExternalLink.to(link.url(), link.label()))));
            facts.fact("Evidence links", links);
        }
        facts.fact("Submitted", new Span(row.submittedBy() + (row.submittedAt() == null ? ""
                : ", " + Timestamps.format(row.submittedAt()))));
        if (row.supersedesId() != null) {
            facts.fact("Revision", new Span(row.revision() + ", replacing an earlier revision (see its history)"));
        }
        return facts;
    }

    private void refresh() {
        var rows = review.awaitingReview();
        grid.setItems(rows);
        grid.setVisible(!rows.isEmpty());
        empty.setVisible(rows.isEmpty());
    }
}
