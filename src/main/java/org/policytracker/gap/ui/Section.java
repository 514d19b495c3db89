package org.policytracker.gap.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/** A titled section of the dashboard. */
class Section extends VerticalLayout {

    Section(String title, Component... content) {
        setPadding(false);
        add(new H2(title));
        add(content);
    }
}
