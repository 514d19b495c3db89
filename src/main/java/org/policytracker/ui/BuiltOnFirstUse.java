package org.policytracker.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableSupplier;
import java.io.Serializable;

/**
 * A part of a page that most visits never show (a report's revision history, an import's problems): built and put in
 * its place the first time it is shown, so that until then the session holds nothing of it. Once built it is
 * hidden and shown again, not rebuilt.
 */
public final class BuiltOnFirstUse<C extends Component> implements Serializable {

    private final SerializableSupplier<C> build;
    private final SerializableConsumer<C> place;
    private C built;

    /** {@code place} puts the new part on the page, e.g. at an index of its layout. */
    public BuiltOnFirstUse(SerializableSupplier<C> build, SerializableConsumer<C> place) {
        this.build = build;
        this.place = place;
    }

    /** The part, built and placed if this is its first use, and made visible. */
    public C show() {
        if (built == null) {
            built = build.get();
            place.accept(built);
        }
        built.setVisible(true);
        return built;
    }

    /** Hides the part if it was ever built. */
    public void hide() {
        if (built != null) {
            built.setVisible(false);
        }
    }

    /** Applies a change to the part if it was ever built (a new layout for a phone, say). */
    public void ifBuilt(SerializableConsumer<C> change) {
        if (built != null) {
            change.accept(built);
        }
    }
}
