package org.policytracker.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;

/**
 * Tells a view whether its window is phone-sized, when it is shown and whenever that changes, so
 * it can fold its filters and keep only the grid columns that matter on a phone. Resizes within the
 * same kind of screen send nothing to the view.
 */
public final class NarrowScreen {

    /** Up to this many CSS pixels wide a window counts as a phone's. */
    public static final int MAX_WIDTH = 700;

    private NarrowScreen() {
    }

    public static void follow(Component view, SerializableConsumer<Boolean> apply) {
        view.addAttachListener(attach -> {
            Boolean[] shown = {null};
            SerializableConsumer<Integer> widthIs = width -> {
                boolean narrow = width <= MAX_WIDTH;
                if (!Boolean.valueOf(narrow).equals(shown[0])) {
                    shown[0] = narrow;
                    apply.accept(narrow);
                }
            };
            Page page = attach.getUI().getPage();
            page.retrieveExtendedClientDetails(details -> widthIs.accept(details.getWindowInnerWidth()));
            Registration resizes = page.addBrowserWindowResizeListener(resize -> widthIs.accept(resize.getWidth()));
            view.addDetachListener(detach -> {
                resizes.remove();
                detach.unregisterListener();
            });
        });
    }
}
