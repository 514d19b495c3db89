package org.policytracker.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.function.SerializableSupplier;

/**
 * A part of a page folded under its summary, whose content is built when it is first opened: until then the
 * session holds nothing of it (filter fields, a grid of past reports), which is most of what a page costs.
 */
public class FoldedSection extends Details {

    private final SerializableSupplier<Component> content;

    public FoldedSection(String summary, SerializableSupplier<Component> content) {
        super(summary);
        this.content = content;
        setWidthFull();
        addOpenedChangeListener(opened -> {
            if (opened.isOpened()) {
                build();
            }
        });
    }

    /** Unfolds the section, its content built by the time this returns. */
    public void open() {
        setOpened(true);
        build();
    }

    /** Whether the content has been built (it stays once built, folded or not). */
    public boolean built() {
        return getContent().findAny().isPresent();
    }

    private void build() {
        if (!built()) {
            add(content.get());
        }
    }
}
