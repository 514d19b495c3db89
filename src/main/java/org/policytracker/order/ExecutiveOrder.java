package org.policytracker.order;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

/** An executive order followed by the application. */
@Entity
@Table(name = "exec_order")
@Audited
public class ExecutiveOrder {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, unique = true)
    private String code;

    /** The official number, e.g. "EO 14365"; a draft has none yet. */
    private String number;

    @Column(nullable = false)
    private String title;

    private LocalDate signedOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private OrderStatus status;

    private String summary;

    @Version
    private long version;

    @NotAudited
    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<OrderSource> sources = new ArrayList<>();

    @NotAudited
    @OneToMany(mappedBy = "order", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("position")
    private List<OrderVersion> versions = new ArrayList<>();

    protected ExecutiveOrder() {
    }

    public ExecutiveOrder(String code, String title, LocalDate signedOn, OrderStatus status, String summary) {
        this.code = code;
        this.title = title;
        this.signedOn = signedOn;
        this.status = status;
        this.summary = summary;
    }

    public void addSource(String title, String reference, String url) {
        sources.add(new OrderSource(this, sources.size(), title, reference, url));
    }

    /** Sets what an administrator edits; the code, which other records and addresses use, stays. */
    void revise(String number, String title, LocalDate signedOn, OrderStatus status, String summary) {
        this.number = number;
        this.title = title;
        this.signedOn = signedOn;
        this.status = status;
        this.summary = summary;
    }

    /** Replaces the source links by the given ones, in their order. */
    void replaceSources(List<OrderAdministration.SourceLink> links) {
        sources.clear();
        links.forEach(link -> addSource(link.title(), link.reference(), link.url()));
    }

    public void addVersion(String label, LocalDate effectiveOn, String summary, VersionBasis basis) {
        versions.add(new OrderVersion(this, versions.size(), label, effectiveOn, summary, basis));
    }

    /** Replaces what the order says (all but its code), e.g. from an imported order configuration. */
    public void redefine(String number, String title, LocalDate signedOn, OrderStatus status, String summary) {
        revise(number, title, signedOn, status, summary);
    }

    /** Drops the order's sources and versions, to add them again in a new order. */
    public void clearSourcesAndVersions() {
        sources.clear();
        versions.clear();
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    /** Grows with every saved change; an edit names the version it started from. */
    public long getVersion() {
        return version;
    }

    public String getNumber() {
        return number;
    }

    public String getTitle() {
        return title;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    public OrderStatus getStatus() {
        return status;
    }

    public String getSummary() {
        return summary;
    }

    public List<OrderSource> getSources() {
        return sources;
    }

    public List<OrderVersion> getVersions() {
        return versions;
    }
}
