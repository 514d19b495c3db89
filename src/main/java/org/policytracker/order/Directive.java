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

    @Column(nullable = false)
    private String code;

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

    private LocalDate deadline;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Basis deadlineBasis;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Priority priority;

    private String source;

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

    /** Replaces what the directive says (all but its order and code), e.g. from an imported order configuration. */
    public void redefine(String title, String summary, DirectiveKind kind, Tenant leadAgency,
            Set<Tenant> supportingAgencies, LocalDate deadline, Basis deadlineBasis, Priority priority, String source) {
        this.title = title;
        this.summary = summary;
        this.kind = kind;
        this.leadAgency = leadAgency;
        this.supportingAgencies.clear();
        this.supportingAgencies.addAll(supportingAgencies);
        this.deadline = deadline;
        this.deadlineBasis = deadlineBasis;
        this.priority = priority;
        this.source = source;
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
