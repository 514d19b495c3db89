package org.policytracker.collab;

/** Points at one commentable item. */
public record ItemRef(ItemType type, long id) {

    public static ItemRef task(long id) {
        return new ItemRef(ItemType.TASK, id);
    }

    public static ItemRef report(long id) {
        return new ItemRef(ItemType.REPORT, id);
    }

    public static ItemRef directive(long id) {
        return new ItemRef(ItemType.DIRECTIVE, id);
    }
}
