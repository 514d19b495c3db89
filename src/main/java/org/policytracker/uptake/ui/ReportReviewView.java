package org.policytracker.uptake.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiFunction;
import java.util.stream.Collectors;
import org.policytracker.security.People;
import org.policytracker.tenant.Tenant;
import org.policytracker.tenant.TenantService;
import org.policytracker.ui.Facts;
import org.policytracker.ui.NarrowScreen;
import org.policytracker.ui.RowBrief;
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
    private final TenantService tenants;
    private final People people;
    /** Names of the associations and of the people who submitted, by id and username, read at each refresh. */
    private Map<String, String> associations = Map.of();
    private Map<String, String> names = Map.of();
    private final Grid<ReportRow> grid = new Grid<>();
    private final Paragraph empty = new Paragraph("No submitted report is waiting for your review.");

    ReportReviewView(ReportReviewService review, TenantService tenants, People people) {
        this.review = review;
        this.tenants = tenants;
        this.people = people;
        setSizeFull();
        add(new H1("Reports to review"));
        add(new Paragraph("Participation reports submitted by sector associations for the voluntary measures of "
                + "directives your agency leads. Only accepted reports count in the gap metrics; a report sent back "
                + "goes to the association with your reason, and its correction comes back here as a new revision."));
        grid.setAriaLabel("Submitted reports waiting for review");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        // who reports first, the decision beside it, never pinned (pinned at the end it covered the figures being
        // decided): buttons filling the first cell left the grid's keyboard-focusable cell around them too little
        // room to be a target of its own (axe target-size); on a phone the report in brief comes first
        Grid.Column<ReportRow> report = grid.addComponentColumn(this::reportInBrief).setHeader("Report")
                .setFlexGrow(1);
        report.setVisible(false);
        Grid.Column<ReportRow> association = grid.addColumn(this::association).setHeader("Association")
                .setWidth("10rem").setFlexGrow(1);
        Grid.Column<ReportRow> decision = grid.addComponentColumn(this::actions).setHeader("Decision")
                .setWidth("12rem").setFlexGrow(0);
        Grid.Column<ReportRow> period = grid.addColumn(ReportRow::periodCode).setHeader("Period").setWidth("6.5rem")
                .setFlexGrow(0);
        Grid.Column<ReportRow> measure = grid.addColumn(ReportRow::measureCode).setHeader("Measure").setWidth("7rem")
                .setFlexGrow(0).setTooltipGenerator(row -> row.measureCode() + " — " + row.measureTitle());
        Grid.Column<ReportRow> sector = grid.addColumn(ReportRow::sectorName).setHeader("Sector").setWidth("8rem")
                .setFlexGrow(1);
        Grid.Column<ReportRow> revision = grid.addColumn(ReportRow::revision).setHeader("Rev.").setWidth("4rem")
                .setFlexGrow(0);
        Grid.Column<ReportRow> figures = grid.addColumn(ReportReviewView::figures)
                .setHeader("Eligible / participating / verified").setWidth("9.5rem").setFlexGrow(0);
        Grid.Column<ReportRow> evidence = grid.addColumn(row -> row.evidenceNote() == null ? "" : row.evidenceNote())
                .setHeader("Evidence").setWidth("9rem").setFlexGrow(2)
                .setTooltipGenerator(row -> row.evidenceNote() == null ? "" : row.evidenceNote());
        Grid.Column<ReportRow> submittedBy = grid.addColumn(this::submitter).setHeader("Submitted by").setWidth("8rem")
                .setFlexGrow(1);
        Grid.Column<ReportRow> comments = grid.addComponentColumn(ReportDiscussionView::linkTo).setHeader("Comments")
                .setWidth("6.5rem").setFlexGrow(0);
        NarrowScreen.follow(this, narrow -> {
            List.of(association, period, measure, sector, revision, figures, evidence, submittedBy, comments)
                    .forEach(column -> column.setVisible(!narrow));
            report.setVisible(narrow);
            decision.setWidth(narrow ? "7rem" : "12rem");
        });
        grid.setSizeFull();
        add(empty);
        addAndExpand(grid);
        refresh();
    }

    private String association(ReportRow row) {
        return associations.getOrDefault(row.association(), row.association());
    }

    private String submitter(ReportRow row) {
        return names.getOrDefault(row.submittedBy(), row.submittedBy());
    }

    private static String figures(ReportRow row) {
        return row.eligibleCount() + " / " + row.participatingCount() + " / " + row.verifiedCount();
    }

    /** Which report and its figures in one cell, for a phone. */
    private Div reportInBrief(ReportRow row) {
        Span who = new Span(association(row));
        Span which = new Span(row.measureCode() + " — " + row.measureTitle() + " · " + row.sectorName() + " · "
                + row.periodCode() + " · revision " + row.revision());
        Span counts = new Span("Eligible " + row.eligibleCount() + " · participating " + row.participatingCount()
                + " · verified " + row.verifiedCount());
        return RowBrief.of(who, which, counts);
    }

    private FlexLayout actions(ReportRow row) {
        String which = row.measureCode() + " for " + row.sectorName() + ", " + row.periodCode() + " (" + association(row) + ")";
        Button accept = new Button("Accept", click -> decide("Accept", row, "Note (optional)", false, review::accept));
        accept.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_SUCCESS);
        accept.getElement().setAttribute("aria-label", "Accept " + which);
        Button sendBack = new Button("Send back", click -> decide("Send back", row, "Reason", true, review::sendBack));
        sendBack.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        sendBack.getElement().setAttribute("aria-label", "Send back " + which);
        // the buttons wrap under each other in the phone's narrow decision column
        FlexLayout actions = new FlexLayout(accept, sendBack);
        actions.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        actions.addClassName("report-decision");
        return actions;
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
                        : "Sent back to " + association(row) + ".");
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
    private Facts whatIsDecided(ReportRow row) {
        Facts facts = new Facts();
        facts.fact("Association", new Span(association(row)));
        facts.fact("Eligible organisations", new Span(String.valueOf(row.eligibleCount())));
        facts.fact("Participating organisations", new Span(String.valueOf(row.participatingCount())));
        facts.fact("Independently verified", new Span(String.valueOf(row.verifiedCount())));
        EvidenceLinks.addTo(facts, row);
        facts.fact("Submitted", new Span(submitter(row) + (row.submittedAt() == null ? ""
                : ", " + Timestamps.format(row.submittedAt()))));
        if (row.supersedesId() != null) {
            facts.fact("Revision", new Span(row.revision() + ", replacing an earlier revision (see its history)"));
        }
        return facts;
    }

    private void refresh() {
        var rows = review.awaitingReview();
        associations = tenants.all().stream().collect(Collectors.toMap(Tenant::getId, Tenant::getName));
        names = people.displayNames(rows.stream().map(ReportRow::submittedBy).filter(Objects::nonNull)
                .collect(Collectors.toSet()));
        grid.setItems(rows);
        grid.setVisible(!rows.isEmpty());
        empty.setVisible(rows.isEmpty());
    }
}
