package org.policytracker.order.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.policytracker.collab.ActivityFeed;
import org.policytracker.collab.ActivityService;
import org.policytracker.collab.CommentService;
import org.policytracker.collab.CommentsPanel;
import org.policytracker.collab.ItemRef;
import org.policytracker.collab.LiveUpdates;
import org.policytracker.order.Basis;
import org.policytracker.order.DirectiveSection;
import org.policytracker.order.OrderService.DirectiveDetails;
import org.policytracker.order.OrderService;
import org.policytracker.ui.Labels;
import org.policytracker.ui.StatusBadge;

/**
 * One directive: what it asks, of whom and by when; then what other modules show about it
 * ({@link DirectiveSection}s: the tasks on it and every agency's pace), its comments and its activity.
 */
@Route("directives/:id")
@PageTitle("Directive | Policy Tracker")
@PermitAll
class DirectiveView extends VerticalLayout implements BeforeEnterObserver {

    private final OrderService orders;
    private final List<DirectiveSection> sections;
    private final LiveUpdates live;
    private final CommentService comments;
    private final ActivityService activity;

    DirectiveView(OrderService orders, List<DirectiveSection> sections, LiveUpdates live, CommentService comments,
            ActivityService activity) {
        this.orders = orders;
        this.sections = sections;
        this.live = live;
        this.comments = comments;
        this.activity = activity;
        setMaxWidth("80rem");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        add(new RouterLink("← All directives", DirectivesView.class));
        Optional<DirectiveDetails> found = event.getRouteParameters().get("id").flatMap(DirectiveView::parse)
                .flatMap(orders::directive);
        if (found.isEmpty()) {
            add(new H1("Directive not found"), new Paragraph("There is no such directive. Choose one from the list."));
            return;
        }
        DirectiveDetails directive = found.get();
        add(new H1(directive.orderCode() + " " + directive.code() + " — " + directive.title()), facts(directive));
        if (directive.summary() != null) {
            add(new Paragraph(directive.summary()));
        }
        sections.forEach(section -> add(section.of(directive.id())));
        add(new CommentsPanel(comments, live, ItemRef.directive(directive.id())),
                new H2("Activity on this directive"),
                new ActivityFeed(() -> activity.feedOfDirective(directive.id()), activity::addressOf, live));
    }

    private static Optional<Long> parse(String id) {
        try {
            return Optional.of(Long.parseLong(id));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Component facts(DirectiveDetails directive) {
        DescriptionList facts = new DescriptionList();
        if (directive.retired()) {
            facts.add(new DescriptionList.Term("Status"), new DescriptionList.Description(StatusBadge.of("RETIRED"),
                    new Span(" kept with its history, read-only; it takes no new tasks")));
        }
        facts.add(new DescriptionList.Term("Order"), new DescriptionList.Description(directive.orderTitle()));
        facts.add(new DescriptionList.Term("Kind"), new DescriptionList.Description(Labels.of(directive.kind())));
        facts.add(new DescriptionList.Term("Lead agency"), new DescriptionList.Description(directive.leadAgency()));
        facts.add(new DescriptionList.Term("Supporting agencies"), new DescriptionList.Description(
                directive.supportingAgencies().isEmpty() ? "none named" : String.join(", ",
                        directive.supportingAgencies())));
        facts.add(new DescriptionList.Term("Deadline"),
                new DescriptionList.Description(deadline(directive.deadline(), directive.deadlineBasis())));
        facts.add(new DescriptionList.Term("Priority"), new DescriptionList.Description(Labels.of(directive.priority())));
        if (directive.source() != null && directive.source().startsWith("http")) {
            Anchor source = new Anchor(directive.source(), directive.source(), AnchorTarget.BLANK);
            facts.add(new DescriptionList.Term("Source"), new DescriptionList.Description(source));
        } else if (directive.source() != null) {
            facts.add(new DescriptionList.Term("Source"), new DescriptionList.Description(directive.source()));
        }
        facts.addClassName("facts");
        return facts;
    }

    static String deadline(LocalDate deadline, Basis basis) {
        if (deadline == null) {
            return "none set";
        }
        return deadline + (basis == Basis.ASSUMED ? " (assumed: the order's text does not state it)" : " (stated)");
    }
}
