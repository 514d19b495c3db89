package org.policytracker.collab;

import java.util.List;
import java.util.Optional;

/**
 * Who views which item on every application node (the cluster profile: {@link RedisPresence}). Without
 * it, {@link PresenceService} knows this node's viewers, which in a single node are all of them.
 */
interface SharedPresence {

    /** Records a visit of this node, kept alive until {@link #left}; a node that dies stops keeping it. */
    void entered(ItemRef item, String visit, PresenceService.Viewer viewer);

    void left(ItemRef item, String visit);

    /** Everyone viewing the item on any node; empty when the broker cannot say (then this node's viewers count). */
    Optional<List<PresenceService.Viewer>> viewers(ItemRef item);
}
