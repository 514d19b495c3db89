package org.policytracker.orderimport;

import java.util.Locale;

/** How an order's text is given: pasted or a .txt file, a Federal Register HTML page, or its XML. */
public enum OrderTextFormat {
    PLAIN, HTML, XML;

    /**
     * The format of an uploaded file, by its name's ending.
     *
     * @throws IllegalArgumentException for a file that is not .txt, .html, .htm or .xml, saying so
     */
    public static OrderTextFormat ofFileName(String fileName) {
        String name = fileName == null ? "" : fileName.strip().toLowerCase(Locale.ROOT);
        if (name.endsWith(".txt")) {
            return PLAIN;
        }
        if (name.endsWith(".html") || name.endsWith(".htm")) {
            return HTML;
        }
        if (name.endsWith(".xml")) {
            return XML;
        }
        throw new IllegalArgumentException("\"" + (fileName == null ? "" : fileName.strip())
                + "\" cannot be read: upload the order's text as a .txt, .html or .xml file");
    }
}
