package org.policytracker.collab;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.policytracker.security.AppUser;
import org.policytracker.security.People;
import org.springframework.stereotype.Component;

/**
 * Finds an item the way its own feature does (through that feature's {@link ItemResolver}, so
 * another agency's task is "not found" here too) and says who may see it ({@link ItemPolicy}).
 */
@Component
class ItemAccess {

    private final Map<ItemType, ItemResolver> resolvers;
    private final People people;

    ItemAccess(List<ItemResolver> resolvers, People people) {
        this.resolvers = resolvers.stream().collect(Collectors.toMap(ItemResolver::type, Function.identity()));
        this.people = people;
    }

    ResolvedItem find(ItemRef ref) {
        return resolverOf(ref).find(ref.id());
    }

    /** The address of the item's page, as the feature that owns it says. */
    String route(ItemRef ref) {
        return resolverOf(ref).route(ref.id());
    }

    private ItemResolver resolverOf(ItemRef ref) {
        ItemResolver resolver = resolvers.get(ref.type());
        if (resolver == null) {
            throw new IllegalStateException("No ItemResolver bean for items of type " + ref.type());
        }
        return resolver;
    }

    List<AppUser> whoMaySee(ResolvedItem item) {
        return people.everyone().stream().filter(user -> ItemPolicy.maySee(user, item.ownership())).toList();
    }
}
