package org.policytracker.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import org.policytracker.uptake.Obligation;
import org.policytracker.uptake.ReportingService;
import org.springframework.stereotype.Component;

/**
 * The reporting page's list of reports due, which holds every period, measure and covered sector
 * of the association (other tests' ones too, in a shared database): a long list draws only the
 * rows near its viewport, so a test scrolls to its own row, as a person would.
 */
@Component
public class DueReports {

    private final SignedIn signedIn;
    private final ReportingService reporting;

    DueReports(SignedIn signedIn, ReportingService reporting) {
        this.signedIn = signedIn;
        this.reporting = reporting;
    }

    public void scrollTo(Page page, String reporter, String measure, String period) {
        List<Obligation> due = signedIn.as(reporter, reporting::obligations);
        int row = due.stream().map(o -> o.measureCode() + "/" + o.periodCode()).toList().indexOf(measure + "/" + period);
        assertThat(row).as("%s owes a report on %s for %s", reporter, measure, period).isNotNegative();
        Browser.scrollGridTo(page.locator("#reports-due"), row);
    }
}
