package org.policytracker.uptake;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.envers.RelationTargetAuditMode;
import org.policytracker.audit.Attributed;

/**
 * One revision of a sector association's report on how many organisations of a sector take up a
 * voluntary measure in a reporting period. Corrections are new revisions; none is deleted.
 */
@Entity
@Table(name = "participation_report")
@Audited
public class ParticipationReport extends Attributed {

    /**
     * Ids come in blocks of this many from the sequence {@code participation_report_seq} (V24, whose
     * increment is the same): each value read from it reserves the block of ids that ends at that value.
     * Hibernate's pooled optimizer hands out the ids of the blocks it reads, and the CSV import
     * ({@code query.ReportImportQueries}) those of the blocks it reads, so the two never give the same id.
     */
    public static final int ID_BLOCK = 1000;

    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "participation_report_ids")
    @SequenceGenerator(name = "participation_report_ids", sequenceName = "participation_report_seq",
            allocationSize = ID_BLOCK)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "measure_id")
    private VoluntaryMeasure measure;

    @Audited(targetAuditMode = RelationTargetAuditMode.NOT_AUDITED)
    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "sector_id")
    private Sector sector;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "period_id")
    private ReportingPeriod period;

    @Column(nullable = false)
    private int revision;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "supersedes_id")
    private ParticipationReport supersedes;

    @Column(nullable = false)
    private int eligibleCount;

    @Column(nullable = false)
    private int participatingCount;

    @Column(nullable = false)
    private int verifiedCount;

    private String evidenceNote;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private ReportStatus status;

    private Instant submittedAt;
    private String submittedBy;
    private Instant reviewedAt;
    private String reviewedBy;
    private String reviewNote;

    @NotAudited
    @OneToMany(mappedBy = "report", cascade = CascadeType.PERSIST)
    @OrderBy("id")
    private List<ReportEvidenceLink> evidenceLinks = new ArrayList<>();

    protected ParticipationReport() {
    }

    public ParticipationReport(VoluntaryMeasure measure, Sector sector, ReportingPeriod period, int revision,
            ParticipationReport supersedes, int eligibleCount, int participatingCount, int verifiedCount,
            String evidenceNote) {
        this.measure = measure;
        this.sector = sector;
        this.period = period;
        this.revision = revision;
        this.supersedes = supersedes;
        this.eligibleCount = eligibleCount;
        this.participatingCount = participatingCount;
        this.verifiedCount = verifiedCount;
        this.evidenceNote = evidenceNote;
        this.status = ReportStatus.DRAFT;
    }

    /** Changes the figures of a revision that is still a draft; submitted revisions are never changed. */
    public void revise(int eligibleCount, int participatingCount, int verifiedCount, String evidenceNote) {
        if (status != ReportStatus.DRAFT) {
            throw new IllegalStateException("Only a draft can be changed; revision " + revision + " is " + status);
        }
        this.eligibleCount = eligibleCount;
        this.participatingCount = participatingCount;
        this.verifiedCount = verifiedCount;
        this.evidenceNote = evidenceNote;
    }

    /**
     * Adds the evidence links that the revision does not have yet (same label and address), each
     * once; one pass over the known links, however many are added.
     */
    public void addEvidenceLinks(Collection<EvidenceLink> links) {
        Set<EvidenceLink> known = new HashSet<>();
        evidenceLinks.forEach(link -> known.add(new EvidenceLink(link.getLabel(), link.getUrl())));
        for (EvidenceLink link : links) {
            if (known.add(link)) {
                evidenceLinks.add(new ReportEvidenceLink(this, link.label(), link.url()));
            }
        }
    }

    public void submit(String by, Instant at) {
        status = ReportStatus.SUBMITTED;
        submittedBy = by;
        submittedAt = at;
    }

    public void accept(String by, Instant at, String note) {
        status = ReportStatus.ACCEPTED;
        reviewedBy = by;
        reviewedAt = at;
        reviewNote = note;
    }

    /** Sent back to the association by the reviewer, with the reason. */
    public void sendBack(String by, Instant at, String reason) {
        status = ReportStatus.RETURNED;
        reviewedBy = by;
        reviewedAt = at;
        reviewNote = reason;
    }

    /**
     * The reviewer takes back their decision (within the undo window): the revision waits for review
     * again, as if it had never been decided; the audit trail keeps the decision and its undoing.
     */
    public void undoDecision() {
        status = ReportStatus.SUBMITTED;
        reviewedBy = null;
        reviewedAt = null;
        reviewNote = null;
    }

    /** A later revision replaced this one; it stays in the history. */
    public void supersede() {
        status = ReportStatus.SUPERSEDED;
    }

    public List<ReportEvidenceLink> getEvidenceLinks() {
        return evidenceLinks;
    }

    public Long getId() {
        return id;
    }

    public VoluntaryMeasure getMeasure() {
        return measure;
    }

    public Sector getSector() {
        return sector;
    }

    public ReportingPeriod getPeriod() {
        return period;
    }

    public int getRevision() {
        return revision;
    }

    public ParticipationReport getSupersedes() {
        return supersedes;
    }

    public int getEligibleCount() {
        return eligibleCount;
    }

    public int getParticipatingCount() {
        return participatingCount;
    }

    public int getVerifiedCount() {
        return verifiedCount;
    }

    public String getEvidenceNote() {
        return evidenceNote;
    }

    public ReportStatus getStatus() {
        return status;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Instant getReviewedAt() {
        return reviewedAt;
    }

    public String getReviewedBy() {
        return reviewedBy;
    }

    public String getReviewNote() {
        return reviewNote;
    }
}
