package org.policytracker.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;

/**
 * A grid row told in one cell, for a phone where the row's columns do not fit: one line per part,
 * the first in bold (what the row is about), the others under it.
 */
public final class RowBrief {

    private RowBrief() {
    }

    public static Div of(Component... lines) {
        Div brief = new Div(lines);
        brief.addClassName("row-brief");
        return brief;
    }
}
