package org.policytracker.tenant;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.util.Set;
import java.util.TreeSet;

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

    private String acronym;

    /** False once deactivated: its data stays, its members are refused sign-in and served nothing. */
    @Column(nullable = false)
    private boolean active = true;

    /** Other names order texts give the organisation, which the order-text importer matches. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "tenant_alias", joinColumns = @JoinColumn(name = "tenant_id"))
    @Column(name = "alias")
    private Set<String> aliases = new TreeSet<>();

    protected Tenant() {
    }

    public Tenant(String id, TenantKind kind, String name) {
        this.id = id;
        this.kind = kind;
        this.name = name;
    }

    void rename(String name, String acronym, Set<String> aliases) {
        this.name = name;
        this.acronym = acronym;
        this.aliases.clear();
        this.aliases.addAll(aliases);
    }

    void setActive(boolean active) {
        this.active = active;
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

    public String getAcronym() {
        return acronym;
    }

    public boolean isActive() {
        return active;
    }

    public Set<String> getAliases() {
        return Set.copyOf(aliases);
    }
}
