package org.policytracker.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.jsoup.nodes.Element;

/**
 * A small read-only table of figures, drawn by the browser as a native {@code <table>}: one server-side element
 * however many rows and columns it has (a {@code Grid} keeps some 6 KB per column and open page), for the tables
 * of a few dozen rows that stand next to a chart or summarise a page. The first column heads its row. Cells may
 * hold a button; one listener on the table runs the pressed cell's action. Wide tables scroll sideways inside
 * their own focusable region, so keyboard users can scroll them too.
 */
@Tag("div")
public class SummaryTable<T> extends Component {

    /** A cell's button: its text, its accessible name, extra CSS classes, and what pressing it does. */
    public record CellButton(String text, String label, String classNames, Runnable action) {
    }

    private record Column<T>(String header, boolean number, Function<T, String> text, Function<T, CellButton> button,
            boolean onPhone) {

        Column<T> hiddenOnPhone() {
            return new Column<>(header, number, text, button, false);
        }

        /** The cell's CSS classes, or none. */
        String classNames() {
            return ((number ? "number " : "") + (onPhone ? "" : "not-on-phone")).trim();
        }
    }

    private static final String CELL = "data-cell";

    private final String caption;
    private final List<Column<T>> columns = new ArrayList<>();
    private List<T> rows = List.of();

    /** {@code caption} names the table for screen readers (the section's heading says it to everyone else). */
    public SummaryTable(String caption) {
        this.caption = caption;
        addClassName("summary-table");
        getElement().setAttribute("role", "region");
        getElement().setAttribute("aria-label", caption);
        getElement().setAttribute("tabindex", "0");
        NativeButtons.onPress(this, CELL, this::pressed);
    }

    /** Runs the action of the button at "row:column"; a press on a table since redrawn smaller does nothing. */
    private void pressed(String cell) {
        String[] at = cell.split(":");
        int row = Integer.parseInt(at[0]);
        int column = Integer.parseInt(at[1]);
        if (row < rows.size() && column < columns.size() && columns.get(column).button() != null) {
            CellButton button = columns.get(column).button().apply(rows.get(row));
            if (button != null) {
                button.action().run();
            }
        }
    }

    /** A column of text, aligned to the start. */
    public SummaryTable<T> text(String header, Function<T, ?> value) {
        columns.add(new Column<>(header, false, row -> String.valueOf(value.apply(row)), null, true));
        return this;
    }

    /** A column of figures, aligned to the end so that their digits line up. */
    public SummaryTable<T> number(String header, Function<T, ?> value) {
        columns.add(new Column<>(header, true, row -> String.valueOf(value.apply(row)), null, true));
        return this;
    }

    /** A column of buttons; where {@code button} gives null the cell shows {@code empty} instead. */
    public SummaryTable<T> buttons(String header, Function<T, CellButton> button, String empty) {
        columns.add(new Column<>(header, false, row -> empty, button, true));
        return this;
    }

    /** The column added last is left out on a phone-sized screen (its row's page or dialog has it). */
    public SummaryTable<T> hiddenOnPhone() {
        columns.add(columns.removeLast().hiddenOnPhone());
        return this;
    }

    /** Shows these rows, replacing any shown before. */
    public void show(List<T> shown) {
        rows = List.copyOf(shown);
        Element table = Markup.root("table");
        table.appendElement("caption").text(caption);
        Element headings = table.appendElement("thead").appendElement("tr");
        columns.forEach(column -> {
            Element heading = headings.appendElement("th").attr("scope", "col").text(column.header());
            if (!column.classNames().isEmpty()) {
                heading.attr("class", column.classNames());
            }
        });
        Element body = table.appendElement("tbody");
        for (int r = 0; r < rows.size(); r++) {
            Element tr = body.appendElement("tr");
            for (int c = 0; c < columns.size(); c++) {
                Column<T> column = columns.get(c);
                Element cell = c == 0 ? tr.appendElement("th").attr("scope", "row") : tr.appendElement("td");
                if (!column.classNames().isEmpty()) {
                    cell.attr("class", column.classNames());
                }
                CellButton button = column.button() == null ? null : column.button().apply(rows.get(r));
                if (button == null) {
                    cell.text(column.text().apply(rows.get(r)));
                } else {
                    cell.appendElement("button").attr("type", "button").attr(CELL, r + ":" + c)
                            .attr("aria-label", button.label()).attr("class", button.classNames()).text(button.text());
                }
            }
        }
        getElement().setProperty("innerHTML", table.outerHtml());
    }
}
