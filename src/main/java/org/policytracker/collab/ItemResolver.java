package org.policytracker.collab;

/**
 * Finds the items of one {@link ItemType} for collaboration (comments, mentions, activity). Each
 * feature that owns an item type implements it as a Spring bean, so collaboration knows no feature.
 */
public interface ItemResolver {

    ItemType type();

    /**
     * The item as its own feature finds it for the signed-in user, so that an item hidden from
     * them (another agency's task) is not found here either: the feature's not-found exception or
     * {@link ItemNotFoundException} when it does not exist or they may not see it.
     */
    ResolvedItem find(long id);

    /** The address of the item's page, relative to the application's root (e.g. {@code tasks/42}). */
    String route(long id);
}
