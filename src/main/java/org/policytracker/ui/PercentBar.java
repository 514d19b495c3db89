package org.policytracker.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.function.ToIntFunction;

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

    /** The same bar in a grid column, drawn by the browser: no server-side elements per row (see StatusBadge). */
    public static <T> LitRenderer<T> renderer(ToIntFunction<T> percent) {
        return LitRenderer.<T>of("""
                <vaadin-horizontal-layout theme="spacing" class="percent-bar" style="align-items: center">\
                <vaadin-progress-bar style="width: 6rem" .min=${0} .max=${100} .value=${item.percent} \
                aria-label="${item.percent} percent complete"></vaadin-progress-bar>\
                <span>${item.percent} %</span></vaadin-horizontal-layout>""")
                .withProperty("percent", percent::applyAsInt);
    }
}
