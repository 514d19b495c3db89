package org.policytracker.ui;

import com.vaadin.flow.component.html.Span;

/** A status shown as a labelled badge; the colour only repeats what the text says. */
public final class StatusBadge {

    private StatusBadge() {
    }

    public static Span of(Enum<?> status) {
        return of(status.name());
    }

    public static Span of(String status) {
        Span badge = new Span(Labels.ofCode(status));
        badge.getElement().getThemeList().add("badge");
        switch (status) {
            case "DONE", "ACCEPTED" -> badge.getElement().getThemeList().add("success");
            case "AT_RISK", "BLOCKED", "RETURNED" -> badge.getElement().getThemeList().add("error");
            case "NOT_STARTED", "DRAFT", "SUPERSEDED" -> badge.getElement().getThemeList().add("contrast");
            default -> { }
        }
        return badge;
    }
}
