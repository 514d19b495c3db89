package org.policytracker.admin.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.OptionalParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.policytracker.order.Basis;
import org.policytracker.order.OrderAdministration.DirectiveRemoval;
import org.policytracker.order.OrderAdministration.DirectiveState;
import org.policytracker.order.OrderAdministration.OrderInput;
import org.policytracker.order.OrderAdministration.OrderState;
import org.policytracker.order.OrderAdministration.SourceLink;
import org.policytracker.order.OrderAdministration;
import org.policytracker.order.OrderNotFoundException;
import org.policytracker.order.OrderStatus;
import org.policytracker.order.OrderValidationException;
import org.policytracker.order.StaleEditException;
import org.policytracker.tenant.Tenant;
import org.policytracker.ui.IsoDatePicker;
import org.policytracker.ui.SaveShortcut;
import org.policytracker.ui.StatusBadge;

/**
 * One order: its facts and source links, and (once saved) its directives in their order, which the
 * administrator adds, edits, moves up and down, and deletes or, when work hangs on one, retires.
 * {@code admin/order} enters a new order, {@code admin/order/<code>} edits one.
 */
@Route("admin/order")
@PageTitle("Order | Policy Tracker")
@RolesAllowed("ADMIN")
class OrderEditorView extends VerticalLayout implements HasUrlParameter<String> {

    /** What the order form edits, bound field by field. */
    static final class Form {
        String code;
        String number;
        String title;
        LocalDate signedOn;
        OrderStatus status = OrderStatus.DRAFT;
        String summary;
    }

    private final OrderAdministration administration;
    private final TextField code = new TextField("Code");
    private final TextField number = new TextField("Number");
    private final TextField title = new TextField("Title");
    private final DatePicker signedOn = new IsoDatePicker("Signed on");
    private final ComboBox<OrderStatus> status = new ComboBox<>("Status");
    private final TextArea summary = new TextArea("Summary");
    private final SourceLinksEditor sources = new SourceLinksEditor();
    private final Binder<Form> binder = new Binder<>();
    private final Grid<DirectiveState> directives = new Grid<>();
    private final Paragraph directiveMessage = new Paragraph();
    /** Says why a save was refused when someone else changed the order since this page opened it. */
    private final Paragraph orderMessage = new Paragraph();
    private String orderCode;
    /** The version of the order this page shows; a save from it is refused once someone saved a newer one. */
    private Long openedVersion;
    private LocalDate savedSignedOn;
    private Map<String, String> agencyNames = Map.of();
    private List<DirectiveState> currentDirectives = List.of();

    OrderEditorView(OrderAdministration administration) {
        this.administration = administration;
        code.setRequiredIndicatorVisible(true);
        code.setMaxLength(64);
        code.setHelperText("e.g. EO-2027-WATER; it names the order in addresses and cannot change later");
        number.setMaxLength(64);
        number.setHelperText("The official number, e.g. EO 14365");
        title.setRequiredIndicatorVisible(true);
        title.setMaxLength(300);
        status.setItems(OrderStatus.values());
        status.setItemLabelGenerator(OrderStatus::label);
        signedOn.setHelperText("Deadlines given as days after signing are computed from it");

        binder.forField(code).asRequired("Give the order a code, e.g. EO-2027-WATER").bind(f -> f.code, (f, v) -> f.code = v);
        binder.forField(number).bind(f -> f.number, (f, v) -> f.number = v);
        binder.forField(title).asRequired("Give the order its title").bind(f -> f.title, (f, v) -> f.title = v);
        binder.forField(signedOn).withValidator(date -> date != null || status.getValue() == OrderStatus.DRAFT,
                "An order that is not a draft was signed: give the date it was signed")
                .bind(f -> f.signedOn, (f, v) -> f.signedOn = v);
        binder.forField(status).asRequired("Choose the order's status").bind(f -> f.status, (f, v) -> f.status = v);
        binder.forField(summary).bind(f -> f.summary, (f, v) -> f.summary = v);
    }

    @Override
    public void setParameter(BeforeEvent event, @OptionalParameter String parameter) {
        removeAll();
        add(new RouterLink("← All orders", OrdersView.class));
        if (parameter == null) {
            orderCode = null;
            add(new H1("New order"));
            binder.readBean(new Form());
            add(orderForm());
            return;
        }
        OrderState order;
        try {
            order = administration.order(parameter);
        } catch (OrderNotFoundException missing) {
            add(new H1("Order not found"), new Paragraph("There is no order " + parameter + ". Choose one from the list."));
            return;
        }
        orderCode = order.code();
        openedVersion = order.version();
        savedSignedOn = order.signedOn();
        agencyNames = administration.agencies().stream().collect(Collectors.toMap(Tenant::getId, Tenant::getName));
        add(new H1("Order " + order.code()));
        binder.readBean(form(order));
        sources.setLinks(order.sources());
        code.setReadOnly(true);
        add(orderForm(), directivesSection());
        refreshDirectives();
    }

    private Component orderForm() {
        FormLayout layout = new FormLayout(code, number, title, signedOn, status, summary);
        layout.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("32em", 2));
        layout.setColspan(title, 2);
        layout.setColspan(summary, 2);
        Button save = new Button(orderCode == null ? "Create order" : "Save order", click -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        SaveShortcut.on(save);
        orderMessage.getElement().setAttribute("role", "alert");
        orderMessage.getStyle().set("color", "var(--lumo-error-text-color)");
        VerticalLayout form = new VerticalLayout(layout, sources, save, orderMessage);
        form.setPadding(false);
        return form;
    }

    private void save() {
        Form form = new Form();
        if (!binder.writeBeanIfValid(form) | !sources.validate()) {
            return;
        }
        OrderInput input = new OrderInput(form.code, form.number, form.title, form.signedOn, form.status, form.summary,
                sources.links(), openedVersion);
        orderMessage.setText("");
        try {
            if (orderCode == null) {
                OrderState created = administration.create(input);
                getUI().ifPresent(ui -> ui.navigate(OrderEditorView.class, created.code()));
            } else {
                OrderState saved = administration.update(orderCode, input);
                openedVersion = saved.version();
                savedSignedOn = saved.signedOn();
                refreshDirectives();
                directiveMessage.setText("Order saved.");
            }
        } catch (StaleEditException stale) {
            orderMessage.setText(stale.getMessage());
        } catch (OrderValidationException invalid) {
            Map<String, HasValidation> fields = Map.of("code", code, "number", number, "title", title,
                    "signedOn", signedOn, "status", status);
            invalid.fieldErrors().forEach((field, message) -> {
                if (!sources.showError(field, message)) {
                    HasValidation component = fields.getOrDefault(field, title);
                    component.setErrorMessage(message);
                    component.setInvalid(true);
                }
            });
        }
    }

    private Component directivesSection() {
        Button add = new Button("Add directive", click -> new DirectiveDialog(administration, orderCode, savedSignedOn,
                null, saved -> {
                    directiveMessage.setText("Directive " + saved.code() + " added.");
                    refreshDirectives();
                }).open());
        directiveMessage.getElement().setAttribute("role", "status");
        directiveMessage.setId("directive-message");
        HorizontalLayout toolbar = new HorizontalLayout(add, directiveMessage);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);

        directives.setAriaLabel("Directives of the order");
        directives.addColumn(d -> d.code() + (d.sectionRef() == null ? "" : " (" + d.sectionRef() + ")"))
                .setHeader("Directive").setAutoWidth(true).setFlexGrow(0);
        directives.addColumn(DirectiveState::title).setHeader("Title").setFlexGrow(3).setWidth("12rem")
                .setTooltipGenerator(DirectiveState::title);
        // the lead's long name wraps rather than squeezing the title
        directives.addColumn(d -> agencyNames.getOrDefault(d.leadAgency(), d.leadAgency())).setHeader("Lead agency")
                .setWidth("12rem").setFlexGrow(2);
        directives.addColumn(OrderEditorView::deadline).setHeader("Deadline").setWidth("10rem").setFlexGrow(1);
        directives.addComponentColumn(d -> d.retired() ? StatusBadge.of("RETIRED") : new Span("In force"))
                .setHeader("Status").setWidth("7rem").setFlexGrow(0);
        // kept in view at the grid's right edge, whatever the width of the other columns
        directives.addComponentColumn(this::actions).setHeader("Actions").setAutoWidth(true).setFlexGrow(0)
                .setFrozenToEnd(true);
        directives.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        directives.setAllRowsVisible(true);

        VerticalLayout section = new VerticalLayout(new H2("Directives"), toolbar, directives);
        section.setPadding(false);
        return section;
    }

    private Component actions(DirectiveState directive) {
        Button edit = small("Edit", "Edit directive " + directive.code(), () -> new DirectiveDialog(administration,
                orderCode, savedSignedOn, directive, saved -> {
                    directiveMessage.setText("Directive " + saved.code() + " saved.");
                    refreshDirectives();
                }).open());
        edit.setEnabled(!directive.retired());
        int place = currentDirectives.indexOf(directive);
        Button up = small("Up", "Move directive " + directive.code() + " up", () -> move(directive, place - 1));
        up.setEnabled(place > 0);
        Button down = small("Down", "Move directive " + directive.code() + " down", () -> move(directive, place + 1));
        down.setEnabled(place < currentDirectives.size() - 1);
        HorizontalLayout actions = new HorizontalLayout(edit, up, down);
        actions.setSpacing(false);
        actions.getStyle().set("gap", "var(--lumo-space-xs)");
        if (!directive.retired()) {
            Button delete = small("Delete", "Delete directive " + directive.code(), () -> confirmDelete(directive));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            actions.add(delete);
        }
        return actions;
    }

    private void move(DirectiveState directive, int to) {
        boolean up = to < currentDirectives.indexOf(directive);
        administration.move(orderCode, directive.code(), to);
        directiveMessage.setText("Directive " + directive.code() + " moved " + (up ? "up" : "down") + ".");
        refreshDirectives();
    }

    private void confirmDelete(DirectiveState directive) {
        ConfirmDialog confirm = new ConfirmDialog("Delete directive " + directive.code() + "?",
                "A directive on which tasks, measures, reports or comments hang is not deleted: it is retired instead "
                        + "(kept with its history, read-only, closed to new tasks).", "Delete", event -> {
                    DirectiveRemoval removal = administration.remove(orderCode, directive.code());
                    directiveMessage.setText(removal.explanation());
                    refreshDirectives();
                });
        confirm.setCancelable(true);
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void refreshDirectives() {
        currentDirectives = administration.directives(orderCode);
        directives.setItems(currentDirectives);
    }

    private static Button small(String text, String label, Runnable action) {
        Button button = new Button(text, click -> action.run());
        button.addThemeVariants(ButtonVariant.LUMO_SMALL);
        button.getElement().setAttribute("aria-label", label);
        return button;
    }

    static String deadline(DirectiveState directive) {
        String basis = directive.deadlineBasis() == Basis.ASSUMED ? " (assumed)" : " (stated)";
        if (directive.deadlineDaysAfterSigning() != null) {
            return directive.deadlineDaysAfterSigning() + " days after signing: "
                    + (directive.deadline() == null ? "date when signed" : directive.deadline()) + basis;
        }
        return directive.deadline() == null ? "none" : directive.deadline() + basis;
    }

    private static Form form(OrderState order) {
        Form form = new Form();
        form.code = order.code();
        form.number = order.number();
        form.title = order.title();
        form.signedOn = order.signedOn();
        form.status = order.status();
        form.summary = order.summary();
        return form;
    }

    /** The order's source links as rows of title, reference and web address; rows are added and removed. */
    static final class SourceLinksEditor extends VerticalLayout {

        private static final Pattern SOURCE_FIELD = Pattern.compile("sources\\[(\\d+)]\\.(\\w+)");

        private record Row(TextField title, TextField reference, TextField url, HorizontalLayout layout) {
        }

        private final List<Row> rows = new ArrayList<>();
        private final VerticalLayout list = new VerticalLayout();

        SourceLinksEditor() {
            setPadding(false);
            list.setPadding(false);
            Button add = new Button("Add source link", click -> addRow(null));
            add(new H2("Source links"), list, add);
        }

        void setLinks(List<SourceLink> links) {
            rows.clear();
            list.removeAll();
            links.forEach(this::addRow);
        }

        private void addRow(SourceLink link) {
            int number = rows.size() + 1;
            TextField title = new TextField("Source " + number + " title");
            title.setMaxLength(500);
            title.setRequiredIndicatorVisible(true);
            TextField reference = new TextField("Reference");
            reference.setMaxLength(500);
            TextField url = new TextField("Web address");
            url.setMaxLength(2000);
            if (link != null) {
                title.setValue(link.title());
                reference.setValue(link.reference() == null ? "" : link.reference());
                url.setValue(link.url() == null ? "" : link.url());
            }
            HorizontalLayout layout = new HorizontalLayout(title, reference, url);
            layout.setWrap(true);
            layout.setAlignItems(FlexComponent.Alignment.BASELINE);
            Row row = new Row(title, reference, url, layout);
            Button remove = new Button("Remove", click -> {
                rows.remove(row);
                list.remove(layout);
            });
            remove.getElement().setAttribute("aria-label", "Remove source " + number);
            layout.add(remove);
            rows.add(row);
            list.add(layout);
        }

        boolean validate() {
            boolean valid = true;
            for (Row row : rows) {
                boolean blank = row.title().getValue().isBlank();
                row.title().setInvalid(blank);
                row.title().setErrorMessage(blank ? "Give the source a title, or remove it" : null);
                valid &= !blank;
            }
            return valid;
        }

        List<SourceLink> links() {
            return rows.stream().map(r -> new SourceLink(r.title().getValue(), r.reference().getValue(),
                    r.url().getValue())).toList();
        }

        /** Shows a refusal such as {@code sources[1].url} beside its field; false when the field is not a source's. */
        boolean showError(String field, String message) {
            Map<String, Function<Row, TextField>> parts = new LinkedHashMap<>();
            parts.put("title", Row::title);
            parts.put("reference", Row::reference);
            parts.put("url", Row::url);
            Matcher matcher = SOURCE_FIELD.matcher(field);
            if (!matcher.matches() || Integer.parseInt(matcher.group(1)) >= rows.size()) {
                return false;
            }
            TextField component = parts.get(matcher.group(2)).apply(rows.get(Integer.parseInt(matcher.group(1))));
            component.setErrorMessage(message);
            component.setInvalid(true);
            return true;
        }
    }
}
