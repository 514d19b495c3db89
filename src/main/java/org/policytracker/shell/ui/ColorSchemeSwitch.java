package org.policytracker.shell.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.page.ColorScheme;
import java.util.Arrays;

/**
 * The header's colour theme switch: as the browser's setting (the default), dark, or light. Each press
 * moves to the next; the choice is kept by the browser (local storage), so it holds on every page and
 * after signing in again on the same browser.
 */
class ColorSchemeSwitch extends Button {

    private static final String STORED_CHOICE = "policy-tracker.color-scheme";

    enum Choice {
        SYSTEM("as the browser's setting", VaadinIcon.ADJUST, ColorScheme.Value.SYSTEM),
        DARK("dark", VaadinIcon.MOON_O, ColorScheme.Value.DARK),
        LIGHT("light", VaadinIcon.SUN_O, ColorScheme.Value.LIGHT);

        final String words;
        final VaadinIcon icon;
        final ColorScheme.Value scheme;

        Choice(String words, VaadinIcon icon, ColorScheme.Value scheme) {
            this.words = words;
            this.icon = icon;
            this.scheme = scheme;
        }

        Choice next() {
            return values()[(ordinal() + 1) % values().length];
        }

        static Choice named(String name) {
            return Arrays.stream(values()).filter(choice -> choice.name().equals(name)).findFirst().orElse(SYSTEM);
        }
    }

    private Choice choice = Choice.SYSTEM;

    ColorSchemeSwitch() {
        addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        addClickListener(click -> {
            show(choice.next());
            getElement().executeJs("localStorage.setItem($0, $1)", STORED_CHOICE, choice.name());
        });
        show(choice);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        getElement().executeJs("return localStorage.getItem($0)", STORED_CHOICE)
                .then(String.class, stored -> show(Choice.named(stored)));
    }

    private void show(Choice shown) {
        choice = shown;
        setIcon(shown.icon.create());
        String label = "Colour theme: " + shown.words + ". Press to change.";
        setAriaLabel(label);
        setTooltipText(label);
        getUI().ifPresent(ui -> ui.getPage().setColorScheme(shown.scheme));
    }
}
