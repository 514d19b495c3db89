package org.policytracker.task.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.List;
import java.util.Objects;
import org.policytracker.order.OrderService.DirectiveRow;
import org.policytracker.task.TaskFilter;
import org.policytracker.task.TaskQueries;
import org.policytracker.task.TaskStatus;
import org.policytracker.ui.IsoDatePicker;
import org.policytracker.ui.Labels;

/**
 * The task list's filter fields: built when the filters are first opened, set from the filter the list shows,
 * and telling the list each filter a person picks.
 */
class TaskFilterBar extends FlexLayout {

    private final ComboBox<DirectiveRow> directive = new ComboBox<>("Directive");
    private final MultiSelectComboBox<TaskStatus> status = new MultiSelectComboBox<>("Status");
    private final ComboBox<TaskQueries.Owner> owner = new ComboBox<>("Owner");
    private final DatePicker dueFrom = new IsoDatePicker("Due from");
    private final DatePicker dueTo = new IsoDatePicker("Due until");
    private final Checkbox overdue = new Checkbox("Overdue only");
    private final Checkbox stale = new Checkbox();
    private final TextField text = new TextField("Search");
    private boolean showing;

    /** {@code picked}: the filter the fields say after a person changed one; {@code clear}: "Clear filters". */
    TaskFilterBar(List<DirectiveRow> directives, List<TaskQueries.Owner> owners, int staleAfterDays,
            SerializableConsumer<TaskFilter> picked, Runnable clear) {
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
        stale.setLabel("Stale only (no update in " + staleAfterDays + " days)");
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.setClearButtonVisible(true);
        text.setPlaceholder("Title or description");
        Runnable changed = () -> {
            if (!showing) {
                picked.accept(filter());
            }
        };
        directive.addValueChangeListener(change -> changed.run());
        status.addValueChangeListener(change -> changed.run());
        owner.addValueChangeListener(change -> changed.run());
        dueFrom.addValueChangeListener(change -> changed.run());
        dueTo.addValueChangeListener(change -> changed.run());
        overdue.addValueChangeListener(change -> changed.run());
        stale.addValueChangeListener(change -> changed.run());
        text.addValueChangeListener(change -> changed.run());
        Button clearAll = new Button("Clear filters", click -> clear.run());
        clearAll.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(directive, status, owner, dueFrom, dueTo, text, overdue, stale, clearAll);
        setFlexWrap(FlexWrap.WRAP);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        addClassName("filter-bar");
        setWidthFull();
    }

    /** Sets the fields to the filter the list shows, without taking that for a person's change. */
    void show(TaskFilter shown) {
        showing = true;
        directive.getListDataView().getItems().filter(row -> Objects.equals(row.id(), shown.directiveId()))
                .findFirst().ifPresentOrElse(directive::setValue, directive::clear);
        status.setValue(shown.statuses());
        owner.getListDataView().getItems().filter(o -> o.username().equals(shown.ownerUsername())).findFirst()
                .ifPresentOrElse(owner::setValue, owner::clear);
        dueFrom.setValue(shown.dueFrom());
        dueTo.setValue(shown.dueTo());
        overdue.setValue(shown.overdueOnly());
        stale.setValue(shown.staleOnly());
        text.setValue(shown.text() == null ? "" : shown.text());
        showing = false;
    }

    private TaskFilter filter() {
        return new TaskFilter(directive.getOptionalValue().map(DirectiveRow::id).orElse(null), status.getValue(),
                owner.getOptionalValue().map(TaskQueries.Owner::username).orElse(null), dueFrom.getValue(),
                dueTo.getValue(), overdue.getValue(), stale.getValue(), text.getValue());
    }
}
