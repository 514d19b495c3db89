package org.policytracker.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;

/**
 * Ctrl+S presses a form's save button, the one shortcut every page with a form shares (listed in the
 * keyboard-shortcut help). The focused field is blurred first, so the value still being typed reaches
 * the server before the save: without that the page said "saved" and stored the old value (issue 17).
 */
public final class SaveShortcut {

    /** What the keyboard-shortcut help calls the keys. */
    public static final String KEYS = "Ctrl+S";

    private SaveShortcut() {
    }

    public static void on(Button save) {
        save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL).resetFocusOnActiveElement();
    }

    /** In a dialog: the keys are heard there, where the focus is while the dialog is open. */
    public static void in(Dialog dialog, Button save) {
        save.addClickShortcut(Key.KEY_S, KeyModifier.CONTROL).listenOn(dialog).resetFocusOnActiveElement();
    }
}
