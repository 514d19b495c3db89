package org.policytracker.orderimport;

import java.util.Locale;

/** How an order's text is given: pasted or a .txt file, a Federal Register HTML page, or its XML. */
public enum OrderTextFormat {
    PLAIN, HTML, XML;

    /** The format of an uploaded file, by its name's ending; plain text for anything else. */
    public static OrderTextFormat ofFileName(String fileName) {
        String name = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return HTML;
        }
        return name.endsWith(".xml") ? XML : PLAIN;
    }
}
