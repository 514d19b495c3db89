package org.policytracker.order;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.JoinTable;
import jakarta.persistence.ManyToMany;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.policytracker.tenant.Tenant;

/** One directive of an order, carried out by agency tasks and, where voluntary, sector measures. */
@Entity
@Table(name = "directive")
@Audited
public class Directive {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "order_id")
    private ExecutiveOrder order;

    /** Place in the order's list of directives, from 0; equal places fall back to the code. */
    @Column(nullable = false)
    private int position;

    @Column(nullable = false)
    private String code;

    /** Where in the order's text the directive stands, e.g. "Sec. 4(b)". */
    private String sectionRef;

    @Column(nullable = false)
    private String title;

    private String summary;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private DirectiveKind kind;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "lead_tenant_id")
    private Tenant leadAgency;

    @NotAudited
    @ManyToMany(fetch = FetchType.LAZY)
    @JoinTable(name = "directive_supporting_agency", joinColumns = @JoinColumn(name = "directive_id"),
            inverseJoinColumns = @JoinColumn(name = "tenant_id"))
    private Set<Tenant> supportingAgencies = new HashSet<>();

    /** The deadline, or when it is given relative to signing, the date computed from the order's signed date. */
    private LocalDate deadline;

    /** Set when the order gives the deadline as a number of days after signing. */
    private Integer deadlineDaysAfterSigning;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Basis deadlineBasis;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Priority priority;

    private String source;

    /** When the directive was retired instead of deleted (work hangs on it); null while it is open. */
    private Instant retiredAt;

    @Version
    private long version;

    protected Directive() {
    }

    public Directive(ExecutiveOrder order, String code, String title, String summary, DirectiveKind kind,
            Tenant leadAgency, LocalDate deadline, Basis deadlineBasis, Priority priority, String source) {
        this.order = order;
        this.code = code;
        this.title = title;
        this.summary = summary;
        this.kind = kind;
        this.leadAgency = leadAgency;
        this.deadline = deadline;
        this.deadlineBasis = deadlineBasis;
        this.priority = priority;
        this.source = source;
    }

    /**
     * Replaces what the directive says (all but its order and code), e.g. from an imported order
     * configuration; a deadline relative to signing falls on a date computed from the order's signed date.
     */
    public void redefine(String sectionRef, String title, String summary, DirectiveKind kind, Tenant leadAgency,
            Set<Tenant> supportingAgencies, DirectiveDeadline deadline, Basis deadlineBasis, Priority priority,
            String source) {
        revise(code, sectionRef, title, summary, kind, leadAgency, supportingAgencies, deadline, deadlineBasis, priority,
                order.getSignedOn());
        this.source = source;
    }

    /** Sets what an administrator edits; the deadline follows {@link #followSigning(LocalDate)}. */
    void revise(String code, String sectionRef, String title, String summary, DirectiveKind kind, Tenant leadAgency,
            Set<Tenant> supportingAgencies, DirectiveDeadline deadline, Basis deadlineBasis, Priority priority,
            LocalDate signedOn) {
        this.code = code;
        this.sectionRef = sectionRef;
        this.title = title;
        this.summary = summary;
        this.kind = kind;
        this.leadAgency = leadAgency;
        this.supportingAgencies.clear();
        this.supportingAgencies.addAll(supportingAgencies);
        this.deadline = deadline.date();
        this.deadlineDaysAfterSigning = deadline.daysAfterSigning();
        this.deadlineBasis = deadlineBasis;
        this.priority = priority;
        followSigning(signedOn);
    }

    /** Recomputes a deadline given relative to signing from the order's (new) signed date. */
    void followSigning(LocalDate signedOn) {
        if (deadlineDaysAfterSigning != null) {
            deadline = signedOn == null ? null : signedOn.plusDays(deadlineDaysAfterSigning);
        }
    }

    void moveTo(int position) {
        this.position = position;
    }

    void retire(Instant at) {
        this.retiredAt = at;
    }

    public Long getId() {
        return id;
    }

    public ExecutiveOrder getOrder() {
        return order;
    }

    public String getCode() {
        return code;
    }

    public int getPosition() {
        return position;
    }

    /** Grows with every saved change; an edit names the version it started from. */
    public long getVersion() {
        return version;
    }

    public String getSectionRef() {
        return sectionRef;
    }

    public Integer getDeadlineDaysAfterSigning() {
        return deadlineDaysAfterSigning;
    }

    public Instant getRetiredAt() {
        return retiredAt;
    }

    public boolean isRetired() {
        return retiredAt != null;
    }

    public String getTitle() {
        return title;
    }

    public String getSummary() {
        return summary;
    }

    public DirectiveKind getKind() {
        return kind;
    }

    public Tenant getLeadAgency() {
        return leadAgency;
    }

    public Set<Tenant> getSupportingAgencies() {
        return supportingAgencies;
    }

    public LocalDate getDeadline() {
        return deadline;
    }

    public Basis getDeadlineBasis() {
        return deadlineBasis;
    }

    public Priority getPriority() {
        return priority;
    }

    public String getSource() {
        return source;
    }
}
