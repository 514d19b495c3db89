package org.policytracker.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.function.SerializableConsumer;

/**
 * One click listener for the native buttons in markup the browser draws from one element's HTML ({@link Markup}):
 * each button names what it is for in an attribute, and the server hears only presses of such a button, with
 * that attribute's value. The buttons cost the session nothing each, unlike a component per button.
 */
public final class NativeButtons {

    private NativeButtons() {
    }

    /** Runs {@code pressed} with the {@code attribute} value of the button pressed inside {@code owner}. */
    public static void onPress(Component owner, String attribute, SerializableConsumer<String> pressed) {
        String button = "event.target.closest('button[" + attribute + "]')";
        String value = button + "?.getAttribute('" + attribute + "')";
        // a filter's value must be a boolean, so the attribute's value is a second expression
        owner.getElement().addEventListener("click", click -> pressed.accept(click.getEventData().get(value).asString()))
                .addEventData(value).setFilter(button + " !== null");
    }
}
