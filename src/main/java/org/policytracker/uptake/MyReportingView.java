package org.policytracker.uptake;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.List;
import java.util.stream.Collectors;
import org.policytracker.shell.StatusBadge;

/** Landing view of sector reporters: their association's sectors and participation reports. */
@Route("reporting")
@PageTitle("My sectors' reporting | Policy Tracker")
@RolesAllowed("SECTOR_REPORTER")
public class MyReportingView extends VerticalLayout {

    MyReportingView(ReportingService reporting) {
        setSizeFull();
        add(new H2("My sectors' reporting"));
        List<Sector> sectors = reporting.mySectors();
        if (sectors.isEmpty()) {
            add(new Paragraph("Your association does not cover any sector yet. An administrator assigns the "
                    + "sectors an association reports for."));
            return;
        }
        add(new Paragraph("Your association reports for: "
                + sectors.stream().map(Sector::getName).collect(Collectors.joining(", ")) + "."));
        List<ReportRow> rows = reporting.myReports();
        if (rows.isEmpty()) {
            add(new Paragraph("No participation reports yet. For each open reporting period, report how many "
                    + "eligible organisations of your sectors take up each voluntary measure."));
            return;
        }
        Grid<ReportRow> grid = new Grid<>();
        grid.setAriaLabel("Participation reports of my association");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(ReportRow::periodCode).setHeader("Period").setAutoWidth(true).setFlexGrow(0).setSortable(true);
        grid.addColumn(ReportRow::measureTitle).setHeader("Measure").setFlexGrow(3).setSortable(true);
        grid.addColumn(ReportRow::sectorName).setHeader("Sector").setAutoWidth(true).setSortable(true);
        grid.addColumn(ReportRow::eligibleCount).setHeader("Eligible").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ReportRow::participatingCount).setHeader("Participating").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ReportRow::verifiedCount).setHeader("Verified").setAutoWidth(true).setFlexGrow(0);
        grid.addColumn(ReportRow::revision).setHeader("Revision").setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(row -> StatusBadge.of(row.status().name())).setHeader("Status").setAutoWidth(true)
                .setFlexGrow(0).setComparator(ReportRow::status);
        grid.setItems(rows);
        grid.setSizeFull();
        addAndExpand(grid);
    }
}
