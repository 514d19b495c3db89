package org.policytracker.collab;

/** The item does not exist or the user may not see it; both look the same. */
public class ItemNotFoundException extends RuntimeException {

    public ItemNotFoundException(ItemRef item) {
        super("No " + item.type().name().toLowerCase() + " " + item.id() + " that you may see");
    }
}
