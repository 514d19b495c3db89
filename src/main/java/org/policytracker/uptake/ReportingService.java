package org.policytracker.uptake;

import java.util.List;
import org.policytracker.security.CurrentUser;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Participation reporting of the signed-in user's sector association. */
@Service
public class ReportingService {

    private final ParticipationReportRepository reports;
    private final SectorRepository sectors;
    private final ReportingPeriodRepository periods;
    private final CurrentUser currentUser;

    ReportingService(ParticipationReportRepository reports, SectorRepository sectors,
            ReportingPeriodRepository periods, CurrentUser currentUser) {
        this.reports = reports;
        this.sectors = sectors;
        this.periods = periods;
        this.currentUser = currentUser;
    }

    @Transactional(readOnly = true)
    public List<Sector> mySectors() {
        return sectors.findCoveredBy(currentUser.require().tenantId());
    }

    @Transactional(readOnly = true)
    public List<ReportRow> myReports() {
        return reports.findAllForListing().stream().map(report -> new ReportRow(report.getId(),
                report.getPeriod().getCode(), report.getMeasure().getCode(), report.getMeasure().getTitle(),
                report.getSector().getName(), report.getRevision(), report.getEligibleCount(),
                report.getParticipatingCount(), report.getVerifiedCount(), report.getStatus())).toList();
    }

    @Transactional(readOnly = true)
    public List<ReportingPeriod> periods() {
        return periods.findAllByOrderByStartsOnDesc();
    }
}
