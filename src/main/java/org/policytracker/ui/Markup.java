package org.policytracker.ui;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Markup that the browser draws from one element's HTML (see {@link SummaryTable}): built with jsoup, so text and
 * attributes are escaped, and written without line breaks or indents, which would be stray text (and slotted text
 * in web components) and bytes the session keeps for as long as the page is open.
 */
public final class Markup {

    private Markup() {
    }

    /** A new root element; its {@code outerHtml()} is compact. */
    public static Element root(String tag) {
        Document document = new Document("");
        document.outputSettings().prettyPrint(false);
        return document.appendElement(tag);
    }
}
