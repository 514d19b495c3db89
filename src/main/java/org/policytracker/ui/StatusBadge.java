package org.policytracker.ui;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.data.renderer.LitRenderer;
import java.util.function.Function;

/** A status shown as a labelled badge; the colour only repeats what the text says. */
public final class StatusBadge {

    private StatusBadge() {
    }

    public static Span of(Enum<?> status) {
        return of(status.name());
    }

    public static Span of(String status) {
        Span badge = new Span(Labels.ofCode(status));
        badge.getElement().setAttribute("theme", theme(status));
        return badge;
    }

    /**
     * The same badge in a grid column, drawn by the browser from two values of the row: a grid of components
     * keeps a server-side element per cell for as long as the page is open, this keeps none.
     */
    public static <T> LitRenderer<T> renderer(Function<T, ? extends Enum<?>> status) {
        return LitRenderer.<T>of("<span theme=\"${item.theme}\">${item.label}</span>")
                .withProperty("theme", row -> theme(status.apply(row).name()))
                .withProperty("label", row -> Labels.ofCode(status.apply(row).name()));
    }

    /** Lumo's badge variant for a status: the value of the badge's theme attribute. */
    public static String theme(String status) {
        return switch (status) {
            case "DONE", "ACCEPTED" -> "badge success";
            case "AT_RISK", "BLOCKED", "RETURNED" -> "badge error";
            case "NOT_STARTED", "DRAFT", "SUPERSEDED" -> "badge contrast";
            default -> "badge";
        };
    }
}
