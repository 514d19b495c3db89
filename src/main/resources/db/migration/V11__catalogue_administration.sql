-- Issue 12, items 2-4: organisations administered by operators, and measure terms from a period on.

-- An organisation's short name and the other names order texts give it (the order-text importer
-- matches them); a deactivated organisation keeps its data, but its members lose access.
ALTER TABLE tenant
    ADD COLUMN acronym VARCHAR(32),
    ADD COLUMN active  BOOLEAN NOT NULL DEFAULT TRUE;

CREATE TABLE tenant_alias (
    tenant_id VARCHAR(64)  NOT NULL,
    alias     VARCHAR(200) NOT NULL,
    PRIMARY KEY (tenant_id, alias),
    CONSTRAINT fk_tenant_alias_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
);

-- A change of a measure's target or covered sectors, in force from a reporting period on, so that
-- the metrics of earlier periods keep the terms they were computed with. Before a measure's first
-- row here, its own target_percent and measure_sector rows (its first terms) are in force.
CREATE TABLE measure_terms (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    measure_id       BIGINT        NOT NULL,
    from_period_id   BIGINT        NOT NULL,
    target_percent   DECIMAL(5, 2) NOT NULL,
    CONSTRAINT uq_measure_terms_from UNIQUE (measure_id, from_period_id),
    CONSTRAINT fk_measure_terms_measure FOREIGN KEY (measure_id) REFERENCES voluntary_measure (id),
    CONSTRAINT fk_measure_terms_period FOREIGN KEY (from_period_id) REFERENCES reporting_period (id),
    CONSTRAINT ck_measure_terms_target CHECK (target_percent >= 0 AND target_percent <= 100)
);

CREATE TABLE measure_terms_sector (
    terms_id  BIGINT      NOT NULL,
    sector_id VARCHAR(64) NOT NULL,
    PRIMARY KEY (terms_id, sector_id),
    CONSTRAINT fk_measure_terms_sector_terms FOREIGN KEY (terms_id) REFERENCES measure_terms (id),
    CONSTRAINT fk_measure_terms_sector_sector FOREIGN KEY (sector_id) REFERENCES sector (id)
);
