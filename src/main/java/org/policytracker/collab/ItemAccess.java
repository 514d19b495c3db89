package org.policytracker.collab;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.policytracker.security.AppUser;
import org.policytracker.security.AppUserRepository;
import org.policytracker.security.Role;
import org.springframework.stereotype.Component;

/**
 * Finds an item the way its own feature does (through that feature's {@link ItemResolver}, so
 * another agency's task is "not found" here too) and says who may see it: everyone for shared items,
 * else the owning tenant plus oversight viewers and administrators (and, for a report, program
 * managers of the agency that reviews it).
 */
@Component
class ItemAccess {

    private final Map<ItemType, ItemResolver> resolvers;
    private final AppUserRepository users;

    ItemAccess(List<ItemResolver> resolvers, AppUserRepository users) {
        this.resolvers = resolvers.stream().collect(Collectors.toMap(ItemResolver::type, Function.identity()));
        this.users = users;
    }

    ResolvedItem find(ItemRef ref) {
        ItemResolver resolver = resolvers.get(ref.type());
        if (resolver == null) {
            throw new IllegalStateException("No ItemResolver bean for items of type " + ref.type());
        }
        return resolver.find(ref.id());
    }

    List<AppUser> whoMaySee(ResolvedItem item) {
        return users.findAll().stream().filter(user -> item.tenantId() == null
                || item.tenantId().equals(user.getTenantId()) || user.readsAcrossTenants()
                || user.getRoles().contains(Role.PROGRAM_MANAGER) && user.getTenantId().equals(item.reviewingAgency()))
                .toList();
    }
}
