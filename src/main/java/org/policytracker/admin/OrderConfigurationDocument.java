package org.policytracker.admin;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.policytracker.order.Basis;
import org.policytracker.order.DirectiveKind;
import org.policytracker.order.OrderStatus;
import org.policytracker.order.Priority;
import org.policytracker.order.VersionBasis;
import org.policytracker.uptake.PeriodStatus;

/**
 * An order's configuration as one document (the JSON of {@code admin/order-configuration.schema.json}):
 * the order, its directives, the voluntary measures of those directives, the sectors the measures
 * apply to and the reporting periods. Organisations are named by id. Directives are identified by
 * code within the order, measures by code (unique across orders), sectors by id, periods by code.
 */
public record OrderConfigurationDocument(OrderEntry order, List<DirectiveEntry> directives, List<MeasureEntry> measures,
        List<SectorEntry> sectors, List<PeriodEntry> periods) {

    public record OrderEntry(String code, String title, LocalDate signedOn, OrderStatus status, String summary,
            List<SourceEntry> sources, List<VersionEntry> versions) {
    }

    public record SourceEntry(String title, String reference, String url) {
    }

    public record VersionEntry(String label, LocalDate effectiveOn, String summary, VersionBasis basis) {
    }

    public record DirectiveEntry(String code, String title, String summary, DirectiveKind kind, String leadAgency,
            List<String> supportingAgencies, LocalDate deadline, Basis deadlineBasis, Priority priority,
            String source) {
    }

    public record MeasureEntry(String code, String directive, String title, String adoptionDefinition,
            String eligiblePopulation, BigDecimal targetPercent, LocalDate targetDate, Basis targetBasis,
            List<String> sectors) {
    }

    public record SectorEntry(String id, String name, String description, String source) {
    }

    public record PeriodEntry(String code, LocalDate startsOn, LocalDate endsOn, LocalDate dueOn, PeriodStatus status) {
    }

    /**
     * The same document in the form the export writes, so that two documents that configure the same
     * thing are equal: absent lists empty, agencies and sectors sorted (their order means nothing),
     * targets to the hundredth that the database keeps.
     */
    public OrderConfigurationDocument normalised() {
        OrderEntry normalOrder = order == null ? null : new OrderEntry(order.code(), order.title(), order.signedOn(),
                order.status(), order.summary(), orEmpty(order.sources()), orEmpty(order.versions()));
        return new OrderConfigurationDocument(normalOrder,
                orEmpty(directives).stream().map(d -> new DirectiveEntry(d.code(), d.title(), d.summary(), d.kind(),
                        d.leadAgency(), sorted(d.supportingAgencies()), d.deadline(), d.deadlineBasis(), d.priority(),
                        d.source())).toList(),
                orEmpty(measures).stream().map(m -> new MeasureEntry(m.code(), m.directive(), m.title(),
                        m.adoptionDefinition(), m.eligiblePopulation(),
                        m.targetPercent() == null ? null : m.targetPercent().setScale(2, RoundingMode.HALF_UP),
                        m.targetDate(), m.targetBasis(), sorted(m.sectors()))).toList(),
                orEmpty(sectors), orEmpty(periods));
    }

    /** The same document with the reporting periods given instead of its own. */
    public OrderConfigurationDocument withPeriods(List<PeriodEntry> replacement) {
        return new OrderConfigurationDocument(order, directives, measures, sectors, replacement);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static List<String> sorted(List<String> ids) {
        return orEmpty(ids).stream().filter(Objects::nonNull).sorted().toList();
    }
}
