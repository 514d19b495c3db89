package org.policytracker.gap.ui;

import com.vaadin.flow.component.html.NativeButton;

/**
 * "How computed?" next to a figure: opens its definition and the inputs it was computed from. A native button
 * styled as a link-like text button (a Vaadin button keeps three times the memory for the same job).
 */
class HowComputedButton extends NativeButton {

    static final String CLASS_NAME = "how-computed";
    static final String TEXT = "How computed?";

    HowComputedButton(String label, String definition, String inputs) {
        super(TEXT, click -> GapDrillDown.explain(label, definition, inputs).open());
        addClassName(CLASS_NAME);
        getElement().setAttribute("type", "button");
        getElement().setAttribute("aria-label", label(label));
    }

    /** The button's accessible name: which figure it explains. */
    static String label(String figure) {
        return "How is " + figure + " computed?";
    }
}
