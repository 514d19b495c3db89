package org.policytracker.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.DescriptionList;

/** A page's facts as a description list (term, then its value), laid out by the {@code facts} class of styles.css. */
public class Facts extends DescriptionList {

    public Facts() {
        addClassName("facts");
    }

    public void fact(String term, Component value) {
        add(new Term(term), new Description(value));
    }
}
