package org.policytracker.gap;

import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.policytracker.tenant.CrossTenantReader;
import org.springframework.stereotype.Service;

/** Gap figures across every agency, for oversight viewers and administrators. */
@Service
public class GapOverviewService {

    private final CrossTenantReader crossTenant;
    private final EntityManager entityManager;
    private final Clock clock;

    GapOverviewService(CrossTenantReader crossTenant, EntityManager entityManager, Clock clock) {
        this.crossTenant = crossTenant;
        this.entityManager = entityManager;
        this.clock = clock;
    }

    /** Execution per directive: mean percent complete of its tasks, computed in SQL. */
    public List<DirectiveProgress> directiveProgress() {
        LocalDate today = LocalDate.now(clock);
        return crossTenant.read(() -> entityManager.createQuery("""
                select new org.policytracker.gap.DirectiveProgress(d.id, o.code, d.code, d.title, l.name,
                    count(t), coalesce(avg(t.percentComplete), 0),
                    coalesce(sum(case when t.status <> org.policytracker.task.TaskStatus.DONE and t.dueOn < :today
                        then 1 else 0 end), 0))
                from Directive d join d.order o join d.leadAgency l left join Task t on t.directive = d
                group by d.id, o.code, d.code, d.title, l.name
                order by o.code, d.code
                """, DirectiveProgress.class).setParameter("today", today).getResultList());
    }
}
