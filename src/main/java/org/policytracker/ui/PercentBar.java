package org.policytracker.ui;

import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;

/** A percentage as a progress bar with its number beside it (the number is what screen readers get). */
public final class PercentBar {

    private PercentBar() {
    }

    public static HorizontalLayout of(int percent) {
        ProgressBar bar = new ProgressBar(0, 100, percent);
        bar.setWidth("6rem");
        bar.getElement().setAttribute("aria-label", percent + " percent complete");
        HorizontalLayout cell = new HorizontalLayout(bar, new Span(percent + " %"));
        cell.setAlignItems(FlexComponent.Alignment.CENTER);
        cell.addClassName("percent-bar");
        return cell;
    }
}
