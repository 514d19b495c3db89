package org.policytracker.uptake.query;

import jakarta.persistence.EntityManager;
import java.util.List;
import org.policytracker.tenant.CrossTenantReader;
import org.springframework.stereotype.Service;

/**
 * The metrics' source of participation figures: accepted revisions only. A correction marks the
 * revision it replaces superseded, so at most one revision of a report is accepted at a time, and
 * drafts, submitted, returned and superseded revisions never count. Aggregates only, across tenants.
 */
@Service
public class AcceptedUptakeQueries {

    private final CrossTenantReader crossTenant;
    private final EntityManager entityManager;

    AcceptedUptakeQueries(CrossTenantReader crossTenant, EntityManager entityManager) {
        this.crossTenant = crossTenant;
        this.entityManager = entityManager;
    }

    public List<AcceptedUptake> accepted(String periodCode) {
        return crossTenant.aggregate(() -> entityManager.createQuery("""
                select new org.policytracker.uptake.query.AcceptedUptake(p.code, m.code, s.id, sum(r.eligibleCount),
                    sum(r.participatingCount), sum(r.verifiedCount), count(r))
                from ParticipationReport r join r.period p join r.measure m join r.sector s
                where r.status = org.policytracker.uptake.ReportStatus.ACCEPTED and p.code = :period
                group by p.code, m.code, s.id
                order by m.code, s.id
                """, AcceptedUptake.class).setParameter("period", periodCode).getResultList());
    }
}
