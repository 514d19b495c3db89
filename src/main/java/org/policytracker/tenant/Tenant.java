package org.policytracker.tenant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** An organisation using the application: an agency, a sector association, an oversight office. */
@Entity
@Table(name = "tenant")
public class Tenant {

    @Id
    private String id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private TenantKind kind;

    @Column(nullable = false)
    private String name;

    protected Tenant() {
    }

    public Tenant(String id, TenantKind kind, String name) {
        this.id = id;
        this.kind = kind;
        this.name = name;
    }

    public String getId() {
        return id;
    }

    public TenantKind getKind() {
        return kind;
    }

    public String getName() {
        return name;
    }
}
