package org.policytracker.collab.repository;

import java.util.Collection;
import java.util.List;
import org.policytracker.collab.Activity;
import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface ActivityRepository extends JpaRepository<Activity, Long> {

    /**
     * Activity on shared items and on items of the given tenants; all of it when {@code everything}:
     * the access policy ({@code ItemPolicy}) as a query, for a user's own tenant.
     */
    @Query("select a from Activity a where (:everything = true or a.tenantId is null or a.tenantId in :tenants)"
            + " and (:directiveId is null or a.directiveId = :directiveId) order by a.at desc, a.id desc")
    List<Activity> findVisible(@Param("everything") boolean everything, @Param("tenants") Collection<String> tenants,
            @Param("directiveId") Long directiveId, Limit limit);
}
