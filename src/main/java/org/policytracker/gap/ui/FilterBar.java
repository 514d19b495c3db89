package org.policytracker.gap.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.policytracker.gap.FilterOptions.Option;
import org.policytracker.gap.FilterOptions;
import org.policytracker.ui.IsoDatePicker;

/**
 * The dashboard's filters and its "As of" day. A change navigates to the dashboard's address with
 * the new value (so the filters live in the URL); "Clear filters" goes back to the plain address.
 */
class FilterBar extends FlexLayout {

    private final Map<String, String> values;

    /** {@code versions}: the chosen order's text versions (none without an order): the "Version" filter's choices. */
    FilterBar(FilterOptions options, List<Option> versions, Map<String, String> values, LocalDate asOf) {
        this.values = values;
        addClassName("gap-filters");
        setFlexWrap(FlexWrap.WRAP);
        add(filter("Order", "order", options.orders()));
        if (!versions.isEmpty()) {
            ComboBox<Option> version = filter("Version", "version", versions);
            version.setTooltipText("Only the directives this version of the order's text added or changed");
            add(version);
        }
        add(filter("Directive", "directive", options.directives()),
                filter("Sector", "sector", options.sectors()), filter("Agency", "agency", options.agencies()),
                filter("Period", "period", options.periods()), asOfPicker(asOf));
        Button clear = new Button("Clear filters", click -> navigate(Map.of()));
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.setEnabled(!values.isEmpty());
        add(clear);
    }

    /** "As of": the day of the figures, written and parsed as in the URL (YYYY-MM-DD); cleared means today. */
    private DatePicker asOfPicker(LocalDate asOf) {
        DatePicker picker = new IsoDatePicker("As of", asOf);
        picker.setPlaceholder("Today");
        picker.setTooltipText("The day the figures are computed for (YYYY-MM-DD); empty means today");
        picker.setClearButtonVisible(true);
        picker.setWidth("11rem");
        picker.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                navigateWith("asOf", change.getValue() == null ? null : change.getValue().toString());
            }
        });
        return picker;
    }

    private ComboBox<Option> filter(String label, String name, List<Option> options) {
        ComboBox<Option> box = new ComboBox<>(label, options);
        box.setItemLabelGenerator(Option::label);
        box.setClearButtonVisible(true);
        // no period chosen: the latest period that has ended (see PeriodQueries), not "all"
        box.setPlaceholder(name.equals("period") ? "Latest ended" : "All");
        box.setWidth(name.equals("version") ? "26rem" : name.equals("directive") ? "22rem" : "14rem");
        options.stream().filter(o -> o.id().equals(values.get(name))).findFirst().ifPresent(box::setValue);
        box.addValueChangeListener(change -> {
            if (change.isFromClient()) {
                navigateWith(name, change.getValue() == null ? null : change.getValue().id());
            }
        });
        return box;
    }

    /** The current address with one parameter set to a value (null: removed); another order drops the version. */
    private void navigateWith(String name, String value) {
        Map<String, String> next = new LinkedHashMap<>(values);
        if (name.equals("order")) {
            next.remove("version");
        }
        if (value == null) {
            next.remove(name);
        } else {
            next.put(name, value);
        }
        navigate(next);
    }

    private static void navigate(Map<String, String> values) {
        UI.getCurrent().navigate("gaps", QueryParameters.simple(values));
    }
}
