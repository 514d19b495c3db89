package org.policytracker.uptake.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.TabSheet;
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
import java.util.stream.Stream;
import org.policytracker.security.People;
import org.policytracker.tenant.Tenant;
import org.policytracker.tenant.TenantService;
import org.policytracker.ui.Facts;
import org.policytracker.ui.NarrowScreen;
import org.policytracker.ui.RowBrief;
import org.policytracker.ui.Timestamps;
import org.policytracker.uptake.DecidedReport;
import org.policytracker.uptake.PreviousRevision;
import org.policytracker.uptake.ReportRejectedException;
import org.policytracker.uptake.ReportReviewService;
import org.policytracker.uptake.ReportRow;
import org.policytracker.uptake.ReportStatus;
import org.policytracker.uptake.ReviewDecision;

/**
 * Submitted participation reports of the measures the reviewer's agency leads (every measure for
 * administrators): accept, or send back to the association with a reason; under "Decided", the recent
 * decisions, each of one's own undoable for a few minutes.
 */
@Route("reports/review")
@Menu(title = "Reports to review", order = 5, icon = "vaadin:check-square-o")
@PageTitle("Reports to review | Policy Tracker")
@RolesAllowed({"PROGRAM_MANAGER", "ADMIN"})
public class ReportReviewView extends VerticalLayout {

    private final ReportReviewService review;
    private final TenantService tenants;
    private final People people;
    /** Names of the associations and of the people who submitted or decided, by id and username, read at each refresh. */
    private Map<String, String> associations = Map.of();
    private Map<String, String> names = Map.of();
    private final Grid<ReportRow> grid = new Grid<>();
    private final Paragraph empty = new Paragraph("No submitted report is waiting for your review.");
    private final Grid<DecidedReport> decidedGrid = new Grid<>();
    private final Paragraph noneDecided = new Paragraph("No report was decided in the last "
            + ReportReviewService.DECIDED_DAYS + " days.");

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
        // which report in one wrapping column: four narrow ones (period, measure, sector, revision) pushed the
        // figures and comments off a 1366 px laptop's screen
        Grid.Column<ReportRow> reportName = grid.addColumn(ReportReviewView::reportName)
                .setHeader("Report").setWidth("12rem").setFlexGrow(2)
                .setTooltipGenerator(row -> row.measureCode() + " — " + row.measureTitle());
        Grid.Column<ReportRow> figures = grid.addColumn(ReportReviewView::figures)
                .setHeader("Eligible / participating / verified").setWidth("9.5rem").setFlexGrow(0);
        Grid.Column<ReportRow> evidence = grid.addColumn(row -> row.evidenceNote() == null ? "" : row.evidenceNote())
                .setHeader("Evidence").setWidth("9rem").setFlexGrow(2)
                .setTooltipGenerator(row -> row.evidenceNote() == null ? "" : row.evidenceNote());
        Grid.Column<ReportRow> submittedBy = grid.addColumn(this::submitter).setHeader("Submitted by").setWidth("8rem")
                .setFlexGrow(1);
        Grid.Column<ReportRow> comments = grid.addColumn(ReportDiscussionView.discussLink(row -> row)).setHeader("Comments")
                .setWidth("6.5rem").setFlexGrow(0);
        grid.setSizeFull();
        DecidedColumns decidedColumns = decidedColumns();
        NarrowScreen.follow(this, narrow -> {
            List.of(association, reportName, figures, evidence, submittedBy, comments)
                    .forEach(column -> column.setVisible(!narrow));
            report.setVisible(narrow);
            decision.setWidth(narrow ? "7rem" : "12rem");
            decidedColumns.onLaptop().forEach(column -> column.setVisible(!narrow));
            decidedColumns.inBrief().setVisible(narrow);
        });

        VerticalLayout toReview = new VerticalLayout(empty, grid);
        toReview.setPadding(false);
        toReview.setSizeFull();
        toReview.setFlexGrow(1, grid);
        VerticalLayout decided = new VerticalLayout(new Paragraph("Decisions of the last "
                + ReportReviewService.DECIDED_DAYS + " days on your agency's measures, newest first. You can undo your "
                + "own decision for " + review.undoWindow().toMinutes() + " minutes, until the association starts a "
                + "correction: the report then waits under \"To review\" again and no longer counts in the metrics."),
                noneDecided, decidedGrid);
        decided.setPadding(false);
        decided.setSizeFull();
        decided.setFlexGrow(1, decidedGrid);
        TabSheet tabs = new TabSheet();
        tabs.add("To review", toReview);
        tabs.add("Decided", decided);
        tabs.setSizeFull();
        // vaadin-tabs 25.2 renders its scroll area with tabindex="-1" inside the tablist: axe refuses a focusable
        // child of a tablist that is not a tab (aria-required-children); the tabs keep their roving tabindex
        tabs.getElement().executeJs("const list = this.querySelector('vaadin-tabs');"
                + " customElements.whenDefined('vaadin-tabs').then(() => list.updateComplete)"
                + ".then(() => list.shadowRoot.querySelector('[part=tabs]').removeAttribute('tabindex'))");
        addAndExpand(tabs);
        refresh();
    }

    /** The Decided grid's column for a phone (the decision in brief) and those for a laptop; the undo button on both. */
    private record DecidedColumns(Grid.Column<DecidedReport> inBrief, List<Grid.Column<DecidedReport>> onLaptop) {
    }

    private DecidedColumns decidedColumns() {
        decidedGrid.setId("decided-reports");
        decidedGrid.setAriaLabel("Reports decided in the last " + ReportReviewService.DECIDED_DAYS + " days");
        decidedGrid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        Grid.Column<DecidedReport> inBrief = decidedGrid.addComponentColumn(this::decidedInBrief).setHeader("Decision")
                .setFlexGrow(1);
        inBrief.setVisible(false);
        Grid.Column<DecidedReport> association = decidedGrid.addColumn(decided -> association(decided.report()))
                .setHeader("Association").setWidth("8rem").setFlexGrow(1);
        decidedGrid.addComponentColumn(this::undoButton).setHeader("Undo").setWidth("6.5rem").setFlexGrow(0);
        Grid.Column<DecidedReport> which = decidedGrid.addColumn(decided -> reportName(decided.report()))
                .setHeader("Report").setWidth("11rem").setFlexGrow(1)
                .setTooltipGenerator(decided -> decided.report().measureTitle());
        Grid.Column<DecidedReport> decision = decidedGrid.addColumn(this::decision).setHeader("Decision")
                .setWidth("11rem").setFlexGrow(1);
        Grid.Column<DecidedReport> note = decidedGrid.addColumn(ReportReviewView::note).setHeader("Note or reason")
                .setWidth("9rem").setFlexGrow(2).setTooltipGenerator(ReportReviewView::note);
        Grid.Column<DecidedReport> figures = decidedGrid.addColumn(decided -> figures(decided.report()))
                .setHeader("Eligible / participating / verified").setWidth("9.5rem").setFlexGrow(0);
        Grid.Column<DecidedReport> comments = decidedGrid.addColumn(
                ReportDiscussionView.discussLink(DecidedReport::report)).setHeader("Comments").setWidth("6.5rem").setFlexGrow(0);
        decidedGrid.setSizeFull();
        // on a phone the texts above take most of the height: the page scrolls rather than squeeze the rows away
        decidedGrid.setMinHeight("20rem");
        return new DecidedColumns(inBrief, List.of(association, which, decision, note, figures, comments));
    }

    private String association(ReportRow row) {
        return associations.getOrDefault(row.association(), row.association());
    }

    private String submitter(ReportRow row) {
        return name(row.submittedBy());
    }

    private String name(String username) {
        return names.getOrDefault(username, username);
    }

    private static String reportName(ReportRow row) {
        return row.measureCode() + " · " + row.sectorName() + " · " + row.periodCode() + " · revision " + row.revision();
    }

    /** The report as a button's accessible name tells it apart from the others in the grid. */
    private String which(ReportRow row) {
        return row.measureCode() + " for " + row.sectorName() + ", " + row.periodCode() + " (" + association(row) + ")";
    }

    /** What was decided, by whom and when, and whether the association has corrected the report since. */
    private String decision(DecidedReport decided) {
        return outcome(decided.decision()) + " by " + name(decided.decision().by()) + ", "
                + Timestamps.format(decided.decision().at()) + (decided.corrected() ? "; corrected since" : "");
    }

    private static String outcome(ReviewDecision decision) {
        if (decision.outcome() == null) {
            return "Reviewed";
        }
        return decision.outcome() == ReportStatus.ACCEPTED ? "Accepted" : "Sent back";
    }

    private static String note(DecidedReport decided) {
        return decided.decision().note() == null ? "" : decided.decision().note();
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

    /** A decision and its report in one cell, for a phone. */
    private Div decidedInBrief(DecidedReport decided) {
        ReportRow row = decided.report();
        List<Span> lines = Stream.of(association(row), row.measureCode() + " — " + row.measureTitle() + " · "
                        + row.sectorName() + " · " + row.periodCode() + " · revision " + row.revision(),
                decision(decided),
                note(decided).isEmpty() ? null : "“" + note(decided) + "”",
                "Eligible " + row.eligibleCount() + " · participating " + row.participatingCount() + " · verified "
                        + row.verifiedCount())
                .filter(Objects::nonNull).map(Span::new).toList();
        return RowBrief.of(lines.toArray(Span[]::new));
    }

    private Span undoButton(DecidedReport decided) {
        Span cell = new Span();
        if (decided.undoable()) {
            Button undo = new Button("Undo", click -> undo(decided.report()));
            undo.addThemeVariants(ButtonVariant.LUMO_SMALL);
            undo.getElement().setAttribute("aria-label", "Undo the decision on " + which(decided.report()));
            undo.setTooltipText("Possible until " + Timestamps.format(decided.undoableUntil()));
            cell.add(undo);
        }
        return cell;
    }

    private void undo(ReportRow row) {
        try {
            review.undo(row.id());
            Notification.show("Decision undone: " + which(row) + " is back under \"To review\".");
        } catch (ReportRejectedException refused) {
            Notification.show("Not undone: " + refused.violations().getFirst().message() + ".", 8000,
                    Notification.Position.BOTTOM_START).addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
        refresh();
    }

    private FlexLayout actions(ReportRow row) {
        String which = which(row);
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

    /**
     * The figures and evidence the decision is about, so nobody accepts a report by its title alone; for a
     * correction, the previous revision's figures beside the new ones and what happened to it.
     */
    private Facts whatIsDecided(ReportRow row) {
        PreviousRevision previous = row.supersedesId() == null ? null : review.previousRevision(row.id()).orElse(null);
        Facts facts = new Facts();
        facts.fact("Association", new Span(association(row)));
        if (previous == null) {
            facts.fact("Eligible organisations", new Span(String.valueOf(row.eligibleCount())));
            facts.fact("Participating organisations", new Span(String.valueOf(row.participatingCount())));
            facts.fact("Independently verified", new Span(String.valueOf(row.verifiedCount())));
        } else {
            facts.fact("Figures", figuresBeside(row, previous.revision()));
        }
        EvidenceLinks.addTo(facts, row);
        facts.fact("Submitted", new Span(submitter(row) + (row.submittedAt() == null ? ""
                : ", " + Timestamps.format(row.submittedAt()))));
        if (previous != null) {
            facts.fact("Previous revision", new Span(whatHappenedTo(previous)));
        }
        return facts;
    }

    /** This revision's figures beside the previous revision's, one row per figure. */
    private static NativeTable figuresBeside(ReportRow row, ReportRow previous) {
        NativeTable table = new NativeTable();
        table.addClassName("figures-beside");
        NativeTableRow head = new NativeTableRow(new NativeTableHeaderCell(),
                columnHeader("Revision " + row.revision() + " (to decide)"),
                columnHeader("Revision " + previous.revision() + " (previous)"));
        NativeTableBody body = new NativeTableBody(head,
                figureRow("Eligible organisations", row.eligibleCount(), previous.eligibleCount()),
                figureRow("Participating organisations", row.participatingCount(), previous.participatingCount()),
                figureRow("Independently verified", row.verifiedCount(), previous.verifiedCount()));
        table.add(body);
        return table;
    }

    private static NativeTableHeaderCell columnHeader(String text) {
        NativeTableHeaderCell header = new NativeTableHeaderCell(text);
        header.getElement().setAttribute("scope", "col");
        return header;
    }

    private static NativeTableRow figureRow(String figure, int now, int before) {
        NativeTableHeaderCell name = new NativeTableHeaderCell(figure);
        name.getElement().setAttribute("scope", "row");
        return new NativeTableRow(name, new NativeTableCell(String.valueOf(now)),
                new NativeTableCell(String.valueOf(before)));
    }

    private String whatHappenedTo(PreviousRevision previous) {
        String revision = "Revision " + previous.revision().revision();
        ReviewDecision decision = previous.decision();
        if (decision == null) {
            return revision + " was replaced by the association before anyone reviewed it.";
        }
        String when = " by " + name(decision.by()) + " on " + Timestamps.format(decision.at());
        String note = decision.note() == null ? "" : ": “" + decision.note() + "”";
        return revision + " was " + outcome(decision).toLowerCase() + when + note;
    }

    private void refresh() {
        var rows = review.awaitingReview();
        var decided = review.decidedRecently();
        associations = tenants.all().stream().collect(Collectors.toMap(Tenant::getId, Tenant::getName));
        names = people.displayNames(Stream.concat(rows.stream().map(ReportRow::submittedBy),
                decided.stream().map(d -> d.decision().by())).filter(Objects::nonNull).collect(Collectors.toSet()));
        grid.setItems(rows);
        grid.setVisible(!rows.isEmpty());
        empty.setVisible(rows.isEmpty());
        decidedGrid.setItems(decided);
        decidedGrid.setVisible(!decided.isEmpty());
        noneDecided.setVisible(decided.isEmpty());
    }
}
