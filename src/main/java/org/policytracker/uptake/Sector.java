package org.policytracker.uptake;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A critical-infrastructure sector, or another population such as frontier AI developers. */
@Entity
@Table(name = "sector")
public class Sector {

    @Id
    private String id;

    @Column(nullable = false)
    private String name;

    private String description;

    private String source;

    protected Sector() {
    }

    public Sector(String id, String name, String description, String source) {
        this.id = id;
        this.name = name;
        this.description = description;
        this.source = source;
    }

    /** Renames or redescribes the sector; its id stays, reports and measures refer to it. */
    public void edit(String name, String description, String source) {
        this.name = name;
        this.description = description;
        this.source = source;
    }

    public String getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getDescription() {
        return description;
    }

    public String getSource() {
        return source;
    }
}
