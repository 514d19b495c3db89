package org.policytracker.ui;

import com.vaadin.flow.component.datepicker.DatePicker;
import java.time.LocalDate;

/**
 * The application's one date field: it takes and shows dates as 2027-01-31, the format of every
 * grid, export and address, whatever the browser's language (a US browser would otherwise show
 * 1/31/2027 in the field and 2027-01-31 beside it).
 */
public class IsoDatePicker extends DatePicker {

    public static final String FORMAT = "yyyy-MM-dd";

    public IsoDatePicker(String label) {
        this(label, null);
    }

    public IsoDatePicker(String label, LocalDate value) {
        super(label, value);
        setI18n(new DatePickerI18n().setDateFormat(FORMAT));
        setPlaceholder("YYYY-MM-DD");
    }
}
