package org.policytracker.admin;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
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
 * the order, its directives (in their order: a directive's place in the list is its position), the
 * voluntary measures of those directives with the history of their terms, the sectors the measures
 * apply to and the reporting periods. Organisations are named by id. Directives are identified by
 * code within the order, measures by code (unique across orders), sectors by id, periods by code.
 * Fields a document written before they existed lacks read as null (or an empty list): no number, no
 * section, a deadline as a date, open, no later terms.
 */
public record OrderConfigurationDocument(OrderEntry order, List<DirectiveEntry> directives, List<MeasureEntry> measures,
        List<SectorEntry> sectors, List<PeriodEntry> periods) {

    public record OrderEntry(String code, String number, String title, LocalDate signedOn, OrderStatus status,
            String summary, List<SourceEntry> sources, List<VersionEntry> versions) {
    }

    public record SourceEntry(String title, String reference, String url) {
    }

    public record VersionEntry(String label, LocalDate effectiveOn, String summary, VersionBasis basis) {
    }

    /**
     * {@code deadline}: the date; with {@code deadlineDaysAfterSigning} set, the date that many days after
     * the order's signing (computed on import, which refuses a different date). {@code retiredAt}: when
     * the directive was retired, null while open.
     */
    public record DirectiveEntry(String code, String sectionRef, String title, String summary, DirectiveKind kind,
            String leadAgency, List<String> supportingAgencies, LocalDate deadline, Integer deadlineDaysAfterSigning,
            Basis deadlineBasis, Priority priority, String source, Instant retiredAt) {

        DirectiveEntry withRetiredAt(Instant at) {
            return new DirectiveEntry(code, sectionRef, title, summary, kind, leadAgency, supportingAgencies, deadline,
                    deadlineDaysAfterSigning, deadlineBasis, priority, source, at);
        }

        DirectiveEntry withDeadline(LocalDate date, Integer daysAfterSigning) {
            return new DirectiveEntry(code, sectionRef, title, summary, kind, leadAgency, supportingAgencies, date,
                    daysAfterSigning, deadlineBasis, priority, source, retiredAt);
        }
    }

    /**
     * {@code targetPercent} and {@code sectors}: the measure's first terms; {@code terms}: each later change
     * of them, from a reporting period on, in the order they take effect.
     */
    public record MeasureEntry(String code, String directive, String title, String adoptionDefinition,
            String eligiblePopulation, BigDecimal targetPercent, LocalDate targetDate, Basis targetBasis,
            List<String> sectors, List<TermsEntry> terms) {

        MeasureEntry withTerms(BigDecimal firstTarget, List<String> firstSectors, List<TermsEntry> replacement) {
            return new MeasureEntry(code, directive, title, adoptionDefinition, eligiblePopulation, firstTarget,
                    targetDate, targetBasis, firstSectors, replacement);
        }
    }

    /** A measure's target and sectors in force from a reporting period (by code) on. */
    public record TermsEntry(String fromPeriod, BigDecimal targetPercent, List<String> sectors) {
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
        OrderEntry normalOrder = order == null ? null : new OrderEntry(order.code(), order.number(), order.title(),
                order.signedOn(), order.status(), order.summary(), orEmpty(order.sources()), orEmpty(order.versions()));
        return new OrderConfigurationDocument(normalOrder,
                orEmpty(directives).stream().map(d -> new DirectiveEntry(d.code(), d.sectionRef(), d.title(),
                        d.summary(), d.kind(), d.leadAgency(), sorted(d.supportingAgencies()), d.deadline(),
                        d.deadlineDaysAfterSigning(), d.deadlineBasis(), d.priority(), d.source(), d.retiredAt()))
                        .toList(),
                orEmpty(measures).stream().map(m -> new MeasureEntry(m.code(), m.directive(), m.title(),
                        m.adoptionDefinition(), m.eligiblePopulation(), hundredths(m.targetPercent()), m.targetDate(),
                        m.targetBasis(), sorted(m.sectors()), orEmpty(m.terms()).stream().map(t -> new TermsEntry(
                                t.fromPeriod(), hundredths(t.targetPercent()), sorted(t.sectors()))).toList()))
                        .toList(),
                orEmpty(sectors), orEmpty(periods));
    }

    /** The same document with the reporting periods given instead of its own. */
    public OrderConfigurationDocument withPeriods(List<PeriodEntry> replacement) {
        return new OrderConfigurationDocument(order, directives, measures, sectors, replacement);
    }

    private static BigDecimal hundredths(BigDecimal percent) {
        return percent == null ? null : percent.setScale(2, RoundingMode.HALF_UP);
    }

    private static <T> List<T> orEmpty(List<T> list) {
        return list == null ? List.of() : list;
    }

    private static List<String> sorted(List<String> ids) {
        return orEmpty(ids).stream().filter(Objects::nonNull).sorted().toList();
    }
}
