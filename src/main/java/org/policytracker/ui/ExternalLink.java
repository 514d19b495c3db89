package org.policytracker.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;

/**
 * A link to an address outside the application (a report's evidence, an order's source): it opens in
 * a new tab and the other site gets no handle on this window and no address of this page.
 */
public final class ExternalLink {

    private ExternalLink() {
    }

    public static Anchor to(String url, String text) {
        Anchor anchor = new Anchor(url, text);
        anchor.setTarget(AnchorTarget.BLANK);
        anchor.getElement().setAttribute("rel", "noopener noreferrer");
        return anchor;
    }
}
