package org.policytracker.gap;

import java.util.Locale;

/** How figures are written on the dashboard and in the PDF: one decimal, "n/a" when undefined. */
public final class Fmt {

    private Fmt() {
    }

    public static String number(Double value) {
        return value == null ? "n/a" : String.format(Locale.ROOT, "%.1f", value);
    }

    public static String percent(Double value) {
        return value == null ? "n/a" : String.format(Locale.ROOT, "%.1f %%", value);
    }

    public static String points(Double value) {
        return value == null ? "n/a" : String.format(Locale.ROOT, "%+.1f pts", value);
    }

    public static String integer(Integer value) {
        return value == null ? "n/a" : value.toString();
    }

    /** A small text sparkline of 0-100 values (one block per period, blank where undefined). */
    public static String spark(java.util.List<Double> values) {
        String blocks = "▁▂▃▄▅▆▇█";
        StringBuilder line = new StringBuilder();
        for (Double value : values) {
            line.append(value == null ? ' ' : blocks.charAt((int) Math.min(7, Math.floor(value / 100 * 8))));
        }
        return line.toString();
    }
}
