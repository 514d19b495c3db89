-- Policy Tracker: initial schema.
-- Tenant-owned tables carry tenant_id (indexed) and a version column for optimistic locking.
-- Rules the database can guard are guarded here as well as in the services.

CREATE TABLE tenant (
    id   VARCHAR(64)  NOT NULL PRIMARY KEY,
    kind VARCHAR(16)  NOT NULL,
    name VARCHAR(200) NOT NULL,
    CONSTRAINT ck_tenant_kind CHECK (kind IN ('AGENCY', 'ASSOCIATION', 'OVERSIGHT', 'OPERATOR'))
);

-- Directory of people who use the application (seeded from the identity provider).
CREATE TABLE app_user (
    username     VARCHAR(100) NOT NULL PRIMARY KEY,
    tenant_id    VARCHAR(64)  NOT NULL,
    display_name VARCHAR(200) NOT NULL,
    email        VARCHAR(200),
    roles        VARCHAR(200) NOT NULL,
    CONSTRAINT fk_app_user_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
);
CREATE INDEX ix_app_user_tenant ON app_user (tenant_id);

CREATE TABLE sector (
    id          VARCHAR(64)  NOT NULL PRIMARY KEY,
    name        VARCHAR(200) NOT NULL,
    description TEXT,
    source      VARCHAR(1000)
);

-- Which sectors a sector association reports for.
CREATE TABLE association_sector (
    tenant_id VARCHAR(64) NOT NULL,
    sector_id VARCHAR(64) NOT NULL,
    PRIMARY KEY (tenant_id, sector_id),
    CONSTRAINT fk_association_sector_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_association_sector_sector FOREIGN KEY (sector_id) REFERENCES sector (id)
);

-- Audit revisions (Hibernate Envers): who changed what, when, for which tenant.
CREATE TABLE revinfo (
    rev       INT          NOT NULL AUTO_INCREMENT PRIMARY KEY,
    revtstmp  BIGINT       NOT NULL,
    username  VARCHAR(100) NOT NULL,
    tenant_id VARCHAR(64)
);

CREATE TABLE exec_order (
    id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code      VARCHAR(64)  NOT NULL,
    title     VARCHAR(300) NOT NULL,
    signed_on DATE,
    status    VARCHAR(16)  NOT NULL,
    summary   TEXT,
    version   BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_exec_order_code UNIQUE (code),
    CONSTRAINT ck_exec_order_status CHECK (status IN ('DRAFT', 'SIGNED', 'SUPERSEDED', 'REVOKED'))
);

CREATE TABLE order_source (
    id        BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    order_id  BIGINT        NOT NULL,
    position  INT           NOT NULL,
    title     VARCHAR(500)  NOT NULL,
    reference VARCHAR(500),
    url       VARCHAR(2000),
    CONSTRAINT fk_order_source_order FOREIGN KEY (order_id) REFERENCES exec_order (id)
);

-- Versions of an order's text (e.g. a reported draft and the signed order).
CREATE TABLE order_version (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    order_id     BIGINT       NOT NULL,
    position     INT          NOT NULL,
    label        VARCHAR(200) NOT NULL,
    effective_on DATE,
    summary      TEXT,
    basis        VARCHAR(16)  NOT NULL,
    CONSTRAINT fk_order_version_order FOREIGN KEY (order_id) REFERENCES exec_order (id),
    CONSTRAINT ck_order_version_basis CHECK (basis IN ('REPORTED', 'STATED'))
);

CREATE TABLE directive (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    order_id       BIGINT       NOT NULL,
    code           VARCHAR(32)  NOT NULL,
    title          VARCHAR(300) NOT NULL,
    summary        TEXT,
    kind           VARCHAR(24)  NOT NULL,
    lead_tenant_id VARCHAR(64)  NOT NULL,
    deadline       DATE,
    deadline_basis VARCHAR(16)  NOT NULL,
    priority       VARCHAR(8)   NOT NULL,
    source         TEXT,
    version        BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_directive_order_code UNIQUE (order_id, code),
    CONSTRAINT fk_directive_order FOREIGN KEY (order_id) REFERENCES exec_order (id),
    CONSTRAINT fk_directive_lead FOREIGN KEY (lead_tenant_id) REFERENCES tenant (id),
    CONSTRAINT ck_directive_kind CHECK (kind IN ('AGENCY_ACTION', 'VOLUNTARY_MEASURE', 'ENFORCEMENT', 'COORDINATION')),
    CONSTRAINT ck_directive_deadline_basis CHECK (deadline_basis IN ('STATED', 'ASSUMED')),
    CONSTRAINT ck_directive_priority CHECK (priority IN ('HIGH', 'MEDIUM', 'LOW'))
);
CREATE INDEX ix_directive_lead ON directive (lead_tenant_id);

CREATE TABLE directive_supporting_agency (
    directive_id BIGINT      NOT NULL,
    tenant_id    VARCHAR(64) NOT NULL,
    PRIMARY KEY (directive_id, tenant_id),
    CONSTRAINT fk_dsa_directive FOREIGN KEY (directive_id) REFERENCES directive (id),
    CONSTRAINT fk_dsa_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id)
);

CREATE TABLE voluntary_measure (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    directive_id        BIGINT       NOT NULL,
    code                VARCHAR(64)  NOT NULL,
    title               VARCHAR(300) NOT NULL,
    adoption_definition TEXT         NOT NULL,
    eligible_population TEXT         NOT NULL,
    target_percent      DECIMAL(5, 2) NOT NULL,
    target_date         DATE,
    target_basis        VARCHAR(16)  NOT NULL,
    version             BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_measure_code UNIQUE (code),
    CONSTRAINT fk_measure_directive FOREIGN KEY (directive_id) REFERENCES directive (id),
    CONSTRAINT ck_measure_target CHECK (target_percent >= 0 AND target_percent <= 100),
    CONSTRAINT ck_measure_target_basis CHECK (target_basis IN ('STATED', 'ASSUMED'))
);

-- Sectors whose organisations are eligible for a measure.
CREATE TABLE measure_sector (
    measure_id BIGINT      NOT NULL,
    sector_id  VARCHAR(64) NOT NULL,
    PRIMARY KEY (measure_id, sector_id),
    CONSTRAINT fk_measure_sector_measure FOREIGN KEY (measure_id) REFERENCES voluntary_measure (id),
    CONSTRAINT fk_measure_sector_sector FOREIGN KEY (sector_id) REFERENCES sector (id)
);

CREATE TABLE reporting_period (
    id        BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    code      VARCHAR(16) NOT NULL,
    starts_on DATE        NOT NULL,
    ends_on   DATE        NOT NULL,
    due_on    DATE        NOT NULL,
    status    VARCHAR(16) NOT NULL,
    version   BIGINT      NOT NULL DEFAULT 0,
    CONSTRAINT uq_period_code UNIQUE (code),
    CONSTRAINT ck_period_dates CHECK (ends_on >= starts_on AND due_on >= ends_on),
    CONSTRAINT ck_period_status CHECK (status IN ('PLANNED', 'OPEN', 'CLOSED'))
);

-- Agency tasks (tenant-owned).
CREATE TABLE task (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id        VARCHAR(64)  NOT NULL,
    directive_id     BIGINT       NOT NULL,
    title            VARCHAR(300) NOT NULL,
    description      TEXT,
    owner_username   VARCHAR(100),
    status           VARCHAR(16)  NOT NULL,
    percent_complete INT          NOT NULL DEFAULT 0,
    start_on         DATE,
    due_on           DATE,
    completed_on     DATE,
    status_reason    VARCHAR(2000),
    last_activity_at DATETIME(6)  NOT NULL,
    created_at       DATETIME(6)  NOT NULL,
    created_by       VARCHAR(100) NOT NULL,
    updated_at       DATETIME(6)  NOT NULL,
    updated_by       VARCHAR(100) NOT NULL,
    version          BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_task_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_task_directive FOREIGN KEY (directive_id) REFERENCES directive (id),
    CONSTRAINT fk_task_owner FOREIGN KEY (owner_username) REFERENCES app_user (username),
    CONSTRAINT ck_task_status CHECK (status IN ('NOT_STARTED', 'IN_PROGRESS', 'AT_RISK', 'BLOCKED', 'DONE')),
    CONSTRAINT ck_task_percent CHECK (percent_complete BETWEEN 0 AND 100),
    CONSTRAINT ck_task_dates CHECK (due_on IS NULL OR start_on IS NULL OR due_on >= start_on),
    CONSTRAINT ck_task_done CHECK (status <> 'DONE' OR (percent_complete = 100 AND completed_on IS NOT NULL)),
    CONSTRAINT ck_task_reason CHECK (status NOT IN ('AT_RISK', 'BLOCKED') OR CHAR_LENGTH(TRIM(COALESCE(status_reason, ''))) > 0)
);
CREATE INDEX ix_task_tenant ON task (tenant_id, directive_id, status);
CREATE INDEX ix_task_directive ON task (directive_id, status, tenant_id);
CREATE INDEX ix_task_due ON task (tenant_id, due_on);

CREATE TABLE task_milestone (
    id        BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id VARCHAR(64)  NOT NULL,
    task_id   BIGINT       NOT NULL,
    position  INT          NOT NULL,
    title     VARCHAR(300) NOT NULL,
    due_on    DATE,
    done      BOOLEAN      NOT NULL DEFAULT FALSE,
    version   BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_milestone_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_milestone_task FOREIGN KEY (task_id) REFERENCES task (id)
);
CREATE INDEX ix_milestone_tenant ON task_milestone (tenant_id, task_id);

CREATE TABLE task_evidence_link (
    id        BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id VARCHAR(64)   NOT NULL,
    task_id   BIGINT        NOT NULL,
    label     VARCHAR(300)  NOT NULL,
    url       VARCHAR(2000) NOT NULL,
    added_at  DATETIME(6)   NOT NULL,
    added_by  VARCHAR(100)  NOT NULL,
    version   BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_evidence_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_evidence_task FOREIGN KEY (task_id) REFERENCES task (id)
);
CREATE INDEX ix_evidence_tenant ON task_evidence_link (tenant_id, task_id);

-- Dated progress narratives: append-only.
CREATE TABLE task_progress_update (
    id          BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id   VARCHAR(64)  NOT NULL,
    task_id     BIGINT       NOT NULL,
    reported_on DATE         NOT NULL,
    narrative   TEXT         NOT NULL,
    author      VARCHAR(100) NOT NULL,
    created_at  DATETIME(6)  NOT NULL,
    version     BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT fk_update_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_update_task FOREIGN KEY (task_id) REFERENCES task (id)
);
CREATE INDEX ix_update_tenant ON task_progress_update (tenant_id, task_id, reported_on);

-- Participation reports (tenant-owned, sector associations). A correction is a new revision
-- that supersedes the previous one; nothing is overwritten or deleted.
CREATE TABLE participation_report (
    id                  BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id           VARCHAR(64)  NOT NULL,
    measure_id          BIGINT       NOT NULL,
    sector_id           VARCHAR(64)  NOT NULL,
    period_id           BIGINT       NOT NULL,
    revision            INT          NOT NULL,
    supersedes_id       BIGINT,
    eligible_count      INT          NOT NULL,
    participating_count INT          NOT NULL,
    verified_count      INT          NOT NULL,
    evidence_note       TEXT,
    status              VARCHAR(16)  NOT NULL,
    submitted_at        DATETIME(6),
    submitted_by        VARCHAR(100),
    reviewed_at         DATETIME(6),
    reviewed_by         VARCHAR(100),
    review_note         VARCHAR(2000),
    created_at          DATETIME(6)  NOT NULL,
    created_by          VARCHAR(100) NOT NULL,
    updated_at          DATETIME(6)  NOT NULL,
    updated_by          VARCHAR(100) NOT NULL,
    version             BIGINT       NOT NULL DEFAULT 0,
    CONSTRAINT uq_report_revision UNIQUE (tenant_id, measure_id, sector_id, period_id, revision),
    CONSTRAINT fk_report_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_report_measure FOREIGN KEY (measure_id) REFERENCES voluntary_measure (id),
    CONSTRAINT fk_report_sector FOREIGN KEY (sector_id) REFERENCES sector (id),
    CONSTRAINT fk_report_period FOREIGN KEY (period_id) REFERENCES reporting_period (id),
    CONSTRAINT fk_report_supersedes FOREIGN KEY (supersedes_id) REFERENCES participation_report (id),
    CONSTRAINT ck_report_counts CHECK (verified_count >= 0 AND verified_count <= participating_count
        AND participating_count <= eligible_count),
    CONSTRAINT ck_report_revision CHECK (revision >= 1),
    CONSTRAINT ck_report_status CHECK (status IN ('DRAFT', 'SUBMITTED', 'ACCEPTED', 'RETURNED', 'SUPERSEDED'))
);
CREATE INDEX ix_report_tenant ON participation_report (tenant_id, period_id, status);
CREATE INDEX ix_report_metrics ON participation_report (status, period_id, measure_id, sector_id);

CREATE TABLE report_evidence_link (
    id        BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    tenant_id VARCHAR(64)   NOT NULL,
    report_id BIGINT        NOT NULL,
    label     VARCHAR(300)  NOT NULL,
    url       VARCHAR(2000) NOT NULL,
    version   BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT fk_report_evidence_tenant FOREIGN KEY (tenant_id) REFERENCES tenant (id),
    CONSTRAINT fk_report_evidence_report FOREIGN KEY (report_id) REFERENCES participation_report (id)
);
CREATE INDEX ix_report_evidence_tenant ON report_evidence_link (tenant_id, report_id);

-- Envers audit tables: one row per changed entity per revision (revtype 0 add, 1 change, 2 delete).
CREATE TABLE exec_order_aud (
    id        BIGINT  NOT NULL,
    rev       INT     NOT NULL,
    revtype   TINYINT,
    code      VARCHAR(64),
    title     VARCHAR(300),
    signed_on DATE,
    status    VARCHAR(16),
    summary   TEXT,
    PRIMARY KEY (rev, id),
    CONSTRAINT fk_exec_order_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (rev)
);

CREATE TABLE directive_aud (
    id             BIGINT  NOT NULL,
    rev            INT     NOT NULL,
    revtype        TINYINT,
    order_id       BIGINT,
    code           VARCHAR(32),
    title          VARCHAR(300),
    summary        TEXT,
    kind           VARCHAR(24),
    lead_tenant_id VARCHAR(64),
    deadline       DATE,
    deadline_basis VARCHAR(16),
    priority       VARCHAR(8),
    source         TEXT,
    PRIMARY KEY (rev, id),
    CONSTRAINT fk_directive_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (rev)
);

CREATE TABLE voluntary_measure_aud (
    id                  BIGINT  NOT NULL,
    rev                 INT     NOT NULL,
    revtype             TINYINT,
    directive_id        BIGINT,
    code                VARCHAR(64),
    title               VARCHAR(300),
    adoption_definition TEXT,
    eligible_population TEXT,
    target_percent      DECIMAL(5, 2),
    target_date         DATE,
    target_basis        VARCHAR(16),
    PRIMARY KEY (rev, id),
    CONSTRAINT fk_measure_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (rev)
);

CREATE TABLE reporting_period_aud (
    id        BIGINT  NOT NULL,
    rev       INT     NOT NULL,
    revtype   TINYINT,
    code      VARCHAR(16),
    starts_on DATE,
    ends_on   DATE,
    due_on    DATE,
    status    VARCHAR(16),
    PRIMARY KEY (rev, id),
    CONSTRAINT fk_period_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (rev)
);

CREATE TABLE task_aud (
    id               BIGINT  NOT NULL,
    rev              INT     NOT NULL,
    revtype          TINYINT,
    tenant_id        VARCHAR(64),
    directive_id     BIGINT,
    title            VARCHAR(300),
    description      TEXT,
    owner_username   VARCHAR(100),
    status           VARCHAR(16),
    percent_complete INT,
    start_on         DATE,
    due_on           DATE,
    completed_on     DATE,
    status_reason    VARCHAR(2000),
    last_activity_at DATETIME(6),
    created_at       DATETIME(6),
    created_by       VARCHAR(100),
    updated_at       DATETIME(6),
    updated_by       VARCHAR(100),
    PRIMARY KEY (rev, id),
    CONSTRAINT fk_task_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (rev)
);
CREATE INDEX ix_task_aud_id ON task_aud (id, rev);

CREATE TABLE task_milestone_aud (
    id        BIGINT  NOT NULL,
    rev       INT     NOT NULL,
    revtype   TINYINT,
    tenant_id VARCHAR(64),
    task_id   BIGINT,
    position  INT,
    title     VARCHAR(300),
    due_on    DATE,
    done      BOOLEAN,
    PRIMARY KEY (rev, id),
    CONSTRAINT fk_milestone_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (rev)
);

CREATE TABLE task_evidence_link_aud (
    id        BIGINT  NOT NULL,
    rev       INT     NOT NULL,
    revtype   TINYINT,
    tenant_id VARCHAR(64),
    task_id   BIGINT,
    label     VARCHAR(300),
    url       VARCHAR(2000),
    added_at  DATETIME(6),
    added_by  VARCHAR(100),
    PRIMARY KEY (rev, id),
    CONSTRAINT fk_evidence_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (rev)
);

CREATE TABLE participation_report_aud (
    id                  BIGINT  NOT NULL,
    rev                 INT     NOT NULL,
    revtype             TINYINT,
    tenant_id           VARCHAR(64),
    measure_id          BIGINT,
    sector_id           VARCHAR(64),
    period_id           BIGINT,
    revision            INT,
    supersedes_id       BIGINT,
    eligible_count      INT,
    participating_count INT,
    verified_count      INT,
    evidence_note       TEXT,
    status              VARCHAR(16),
    submitted_at        DATETIME(6),
    submitted_by        VARCHAR(100),
    reviewed_at         DATETIME(6),
    reviewed_by         VARCHAR(100),
    review_note         VARCHAR(2000),
    created_at          DATETIME(6),
    created_by          VARCHAR(100),
    updated_at          DATETIME(6),
    updated_by          VARCHAR(100),
    PRIMARY KEY (rev, id),
    CONSTRAINT fk_report_aud_rev FOREIGN KEY (rev) REFERENCES revinfo (rev)
);
CREATE INDEX ix_report_aud_id ON participation_report_aud (id, rev);
