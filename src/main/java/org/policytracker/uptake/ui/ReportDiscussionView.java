package org.policytracker.uptake.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Optional;
import java.util.function.Function;
import org.policytracker.collab.CommentService;
import org.policytracker.collab.CommentsPanel;
import org.policytracker.collab.ItemRef;
import org.policytracker.collab.LiveUpdates;
import org.policytracker.tenant.Tenant;
import org.policytracker.tenant.TenantService;
import org.policytracker.ui.Facts;
import org.policytracker.ui.Labels;
import org.policytracker.uptake.ReportReviewService;
import org.policytracker.uptake.ReportRow;
import org.policytracker.uptake.ReportSubject;

/**
 * One participation report, its figures, evidence and comments, for the people who may see it: the
 * association, the lead agency's program managers, oversight viewers and administrators.
 */
@Route("reports/:id")
@PageTitle("Report discussion | Policy Tracker")
@PermitAll
public class ReportDiscussionView extends VerticalLayout implements BeforeEnterObserver {

    private final ReportReviewService reports;
    private final CommentService comments;
    private final LiveUpdates live;
    private final TenantService tenants;

    ReportDiscussionView(ReportReviewService reports, CommentService comments, LiveUpdates live,
            TenantService tenants) {
        this.reports = reports;
        this.comments = comments;
        this.live = live;
        this.tenants = tenants;
        setMaxWidth("70rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<ReportSubject> found = event.getRouteParameters().getLong("id").flatMap(reports::subject);
        if (found.isEmpty()) {
            add(new H1("Report not found"), new Paragraph("There is no such participation report that you may see."));
            return;
        }
        ReportSubject subject = found.get();
        ReportRow report = subject.report();
        String association = tenants.find(report.association()).map(Tenant::getName).orElse(report.association());
        Facts evidence = new Facts();
        EvidenceLinks.addTo(evidence, report);
        add(new H1("Report " + subject.label()), new Paragraph(report.measureTitle() + " — " + association
                + ": " + report.eligibleCount() + " eligible, " + report.participatingCount() + " participating, "
                + report.verifiedCount() + " independently verified; status "
                + Labels.of(report.status()).toLowerCase() + "."), evidence,
                new CommentsPanel(comments, live, ItemRef.report(report.id())));
    }

    /**
     * A grid column's link to each report's discussion page, shared with the reviewing agency; drawn by the
     * browser from the row's values, so the grid keeps no server-side element per row.
     */
    static <T> LitRenderer<T> discussLink(Function<T, ReportRow> report) {
        return LitRenderer.<T>of("<a href=\"${item.href}\" aria-label=\"${item.label}\">Discuss</a>")
                .withProperty("href", row -> "reports/" + report.apply(row).id())
                .withProperty("label", row -> {
                    ReportRow shown = report.apply(row);
                    return "Discuss revision " + shown.revision() + " of " + shown.measureCode() + " for "
                            + shown.sectorName() + ", " + shown.periodCode();
                });
    }
}
