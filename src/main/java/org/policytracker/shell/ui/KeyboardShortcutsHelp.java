package org.policytracker.shell.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.dom.Element;
import java.util.LinkedHashMap;
import java.util.Map;
import org.policytracker.ui.SaveShortcut;

/**
 * The header's "Keyboard shortcuts" button and the dialog it opens, listing the application's shortcuts.
 * Pressing {@code ?} anywhere but in a text field presses the button, so the list is one key away for
 * keyboard users and a visible, named button away for mouse and screen-reader users. The dialog closes
 * with Escape and gives the focus back to the button.
 */
class KeyboardShortcutsHelp extends Button {

    static final String ID = "keyboard-shortcuts";

    /** Each shortcut's keys and what they do, in the order the dialog lists them. */
    private static final Map<String, String> SHORTCUTS = new LinkedHashMap<>();

    static {
        SHORTCUTS.put("?", "Show this list of keyboard shortcuts (when the focus is not in a text field)");
        SHORTCUTS.put(SaveShortcut.KEYS, "Save the form: on a task's page, in the administration forms, in the"
                + " notification preferences; on the report form it saves a draft");
        SHORTCUTS.put("Enter", "In a password form: save the new password");
        SHORTCUTS.put("Escape", "Close a dialog or an open list");
        SHORTCUTS.put("Tab", "The first press on a page reaches \"Skip to main content\"; Enter then moves there");
        SHORTCUTS.put("Arrow keys", "Move between the cells of a table");
        SHORTCUTS.put("Space", "Select the focused row of a table that allows choosing rows");
    }

    KeyboardShortcutsHelp() {
        super(VaadinIcon.KEYBOARD_O.create());
        setId(ID);
        addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        setAriaLabel("Keyboard shortcuts");
        setTooltipText("Keyboard shortcuts (?)");
        getElement().setAttribute("aria-keyshortcuts", "?");
        addClickListener(click -> dialog().open());
        // a "?" typed into a field is text, not a request for help; "?" elsewhere presses this button with the focus
        // on it, so the dialog gives the focus back to it when it closes, as after a press with the mouse
        getElement().executeJs("""
                if (!window.keyboardShortcutsHelp) {
                  window.keyboardShortcutsHelp = true;
                  document.addEventListener('keydown', event => {
                    if (event.key !== '?' || event.ctrlKey || event.altKey || event.metaKey) return;
                    const target = event.composedPath()[0];
                    if (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return;
                    const help = document.getElementById($0);
                    if (help) {
                      event.preventDefault();
                      help.focus();
                      help.click();
                    }
                  });
                }""", ID);
    }

    private static Dialog dialog() {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle("Keyboard shortcuts");
        DescriptionList list = new DescriptionList();
        SHORTCUTS.forEach((keys, what) -> {
            DescriptionList.Term term = new DescriptionList.Term();
            term.getElement().appendChild(new Element("kbd").setText(keys));
            list.add(term, new DescriptionList.Description(what));
        });
        list.addClassName("keyboard-shortcuts");
        dialog.add(list);
        dialog.getFooter().add(new Button("Close", click -> dialog.close()));
        return dialog;
    }
}
