package org.policytracker.gap.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;

/** "How computed?" next to a figure: opens its definition and the inputs it was computed from. */
class HowComputedButton extends Button {

    HowComputedButton(String label, String definition, String inputs) {
        super("How computed?", click -> GapDrillDown.explain(label, definition, inputs).open());
        addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
        getElement().setAttribute("aria-label", "How is " + label + " computed?");
    }
}
