package org.policytracker.ui;

import com.vaadin.flow.component.grid.Grid;
import java.util.Collection;
import java.util.function.Predicate;

/**
 * Shows a list whose length the users decide (people, reports, requests): short lists take the
 * rows they need, long ones scroll inside a fixed height. A grid showing all its rows asks the
 * server for every row at once, which Vaadin refuses beyond ten pages, so the page would never load.
 */
public final class GridRows {

    /** Up to this many rows a list is shown whole; one more and it scrolls. */
    static final int SHOWN_WHOLE = 25;

    private GridRows() {
    }

    public static <T> void show(Grid<T> grid, Collection<T> rows) {
        boolean whole = rows.size() <= SHOWN_WHOLE;
        grid.setAllRowsVisible(whole);
        grid.setHeight(whole ? null : "32rem");
        grid.setItems(rows);
    }

    /** Brings the first row that matches into view: the row just saved, in a list that starts again at its top. */
    public static <T> void scrollTo(Grid<T> grid, Predicate<T> row) {
        grid.getListDataView().getItems().filter(row).findFirst().ifPresent(grid::scrollToItem);
    }
}
