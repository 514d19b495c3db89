package org.policytracker.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.grid.Grid;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class GridRowsTest {

    @Test
    void aShortListTakesTheRowsItNeeds() {
        Grid<Integer> grid = new Grid<>();
        GridRows.show(grid, numbers(GridRows.SHOWN_WHOLE));
        assertThat(grid.isAllRowsVisible()).isTrue();
        assertThat(grid.getHeight()).isNull();
    }

    /** 600 rows shown whole would make the browser ask for 12 pages of 50, which Vaadin refuses: the page never loads. */
    @Test
    void aLongListScrollsInsideAFixedHeight() {
        Grid<Integer> grid = new Grid<>();
        GridRows.show(grid, numbers(600));
        assertThat(grid.isAllRowsVisible()).isFalse();
        assertThat(grid.getHeight()).isEqualTo("32rem");
        assertThat(grid.getGenericDataView().getItems()).hasSize(600);
    }

    @Test
    void aListThatShrinksIsShownWholeAgain() {
        Grid<Integer> grid = new Grid<>();
        GridRows.show(grid, numbers(600));
        GridRows.show(grid, numbers(3));
        assertThat(grid.isAllRowsVisible()).isTrue();
        assertThat(grid.getHeight()).isNull();
    }

    private static List<Integer> numbers(int count) {
        return IntStream.range(0, count).boxed().toList();
    }
}
