-- Instroom schema, SQL Server dialect. Keep table and column names identical to sql/sqlite/0001_schema.sql:
-- the queries in the code are shared between both databases. Batches are separated by GO lines.

CREATE TABLE dbo.area (
    area_id     int IDENTITY(1,1) NOT NULL CONSTRAINT pk_area PRIMARY KEY,
    code        nvarchar(16)  NOT NULL CONSTRAINT ux_area_code UNIQUE,
    kind        nvarchar(20)  NOT NULL CONSTRAINT ck_area_kind CHECK (kind IN (N'gemeente',N'jeugdregio',N'toezichtregio',N'veiligthuisregio',N'veiligheidsregio',N'provincie',N'land')),
    name        nvarchar(200) NOT NULL,
    valid_from  date          NOT NULL,
    valid_to    date          NULL,
    provenance  nvarchar(400) NOT NULL
);
CREATE INDEX ix_area_kind ON dbo.area (kind, code);

CREATE TABLE dbo.area_membership (
    area_id         int           NOT NULL CONSTRAINT fk_area_membership_area REFERENCES dbo.area (area_id),
    parent_area_id  int           NOT NULL CONSTRAINT fk_area_membership_parent REFERENCES dbo.area (area_id),
    valid_from      date          NOT NULL,
    valid_to        date          NULL,
    overlap_share   decimal(5,3)  NULL,
    basis           nvarchar(200) NOT NULL,
    CONSTRAINT pk_area_membership PRIMARY KEY (area_id, parent_area_id, valid_from)
);
CREATE INDEX ix_area_membership_parent ON dbo.area_membership (parent_area_id, valid_from) INCLUDE (valid_to);

CREATE TABLE dbo.source (
    source_id   int IDENTITY(1,1) NOT NULL CONSTRAINT pk_source PRIMARY KEY,
    code        nvarchar(32)  NOT NULL CONSTRAINT ux_source_code UNIQUE,
    name        nvarchar(200) NOT NULL,
    kind        nvarchar(8)   NOT NULL CONSTRAINT ck_source_kind CHECK (kind IN (N'GI',N'RAAD',N'VT')),
    valid_from  date          NOT NULL,
    valid_to    date          NULL,
    note        nvarchar(1000) NULL
);

CREATE TABLE dbo.source_connection (
    source_id           int            NOT NULL CONSTRAINT pk_source_connection PRIMARY KEY CONSTRAINT fk_source_connection_source REFERENCES dbo.source (source_id),
    connector           nvarchar(8)    NOT NULL CONSTRAINT ck_source_connection_connector CHECK (connector IN (N'http',N'folder')),
    base_url            nvarchar(400)  NULL,
    folder_path         nvarchar(400)  NULL,
    token_secret_name   nvarchar(200)  NULL,
    pull_time_local     nvarchar(5)    NOT NULL,
    timeout_seconds     int            NOT NULL,
    max_body_bytes      int            NOT NULL,
    enabled             bit            NOT NULL,
    updated_at          datetime2(3)   NOT NULL
);

CREATE TABLE dbo.source_coverage (
    source_id   int           NOT NULL CONSTRAINT fk_source_coverage_source REFERENCES dbo.source (source_id),
    area_id     int           NOT NULL CONSTRAINT fk_source_coverage_area REFERENCES dbo.area (area_id),
    valid_from  date          NOT NULL,
    valid_to    date          NULL,
    basis       nvarchar(200) NOT NULL,
    CONSTRAINT pk_source_coverage PRIMARY KEY (source_id, area_id, valid_from)
);
CREATE INDEX ix_source_coverage_area ON dbo.source_coverage (area_id, source_id);

CREATE TABLE dbo.import_run (
    import_run_id   int IDENTITY(1,1) NOT NULL CONSTRAINT pk_import_run PRIMARY KEY,
    source_id       int            NOT NULL CONSTRAINT fk_import_run_source REFERENCES dbo.source (source_id),
    reference_date  date           NULL,
    trigger_kind    nvarchar(16)   NOT NULL,
    attempt         int            NOT NULL,
    started_at      datetime2(3)   NOT NULL,
    finished_at     datetime2(3)   NULL,
    outcome         nvarchar(24)   NOT NULL CONSTRAINT ck_import_run_outcome CHECK (outcome IN (N'bezig',N'geimporteerd',N'ongewijzigd',N'afgekeurd',N'mislukt',N'nog-niet-beschikbaar')),
    levering_id     nvarchar(36)   NULL,
    figure_count    int            NULL,
    message         nvarchar(max)  NULL
);
CREATE INDEX ix_import_run_source ON dbo.import_run (source_id, reference_date);
CREATE INDEX ix_import_run_started ON dbo.import_run (started_at);

CREATE TABLE dbo.delivery (
    delivery_id     int IDENTITY(1,1) NOT NULL CONSTRAINT pk_delivery PRIMARY KEY,
    source_id       int            NOT NULL CONSTRAINT fk_delivery_source REFERENCES dbo.source (source_id),
    levering_id     nvarchar(36)   NOT NULL CONSTRAINT ux_delivery_levering_id UNIQUE,
    reference_date  date           NOT NULL,
    created_at      nvarchar(40)   NOT NULL,
    received_at     datetime2(3)   NOT NULL,
    format          nvarchar(4)    NOT NULL CONSTRAINT ck_delivery_format CHECK (format IN (N'json',N'csv')),
    payload_sha256  char(64)       NOT NULL,
    import_run_id   int            NOT NULL CONSTRAINT fk_delivery_import_run REFERENCES dbo.import_run (import_run_id),
    figure_count    int            NOT NULL,
    superseded_at   datetime2(3)   NULL,
    superseded_by   int            NULL CONSTRAINT fk_delivery_superseded_by REFERENCES dbo.delivery (delivery_id)
);
CREATE UNIQUE INDEX ux_delivery_current ON dbo.delivery (source_id, reference_date) WHERE superseded_at IS NULL;
CREATE INDEX ix_delivery_reference_date ON dbo.delivery (reference_date, source_id);

CREATE TABLE dbo.figure (
    delivery_id int            NOT NULL CONSTRAINT fk_figure_delivery REFERENCES dbo.delivery (delivery_id),
    area_id     int            NOT NULL CONSTRAINT fk_figure_area REFERENCES dbo.area (area_id),
    indicator   varchar(40)    NOT NULL,
    measure     varchar(8)     NOT NULL,
    class       varchar(8)     NOT NULL,
    value       decimal(12,1)  NOT NULL,
    CONSTRAINT pk_figure PRIMARY KEY (delivery_id, area_id, indicator, measure, class)
);

CREATE TABLE dbo.quarantine (
    quarantine_id   int IDENTITY(1,1) NOT NULL CONSTRAINT pk_quarantine PRIMARY KEY,
    source_id       int             NOT NULL CONSTRAINT fk_quarantine_source REFERENCES dbo.source (source_id),
    import_run_id   int             NOT NULL CONSTRAINT fk_quarantine_import_run REFERENCES dbo.import_run (import_run_id),
    levering_id     nvarchar(100)   NULL,
    reference_date  date            NULL,
    received_at     datetime2(3)    NOT NULL,
    format          nvarchar(8)     NOT NULL,
    file_name       nvarchar(400)   NULL,
    payload         varbinary(max)  NOT NULL,
    payload_sha256  char(64)        NOT NULL,
    reasons         nvarchar(max)   NOT NULL,
    CONSTRAINT ux_quarantine_payload UNIQUE (source_id, payload_sha256)
);
CREATE INDEX ix_quarantine_received ON dbo.quarantine (received_at);

CREATE TABLE dbo.delivery_expectation (
    source_id       int            NOT NULL CONSTRAINT fk_delivery_expectation_source REFERENCES dbo.source (source_id),
    reference_date  date           NOT NULL,
    deadline_at     datetime2(3)   NOT NULL,
    state           nvarchar(12)   NOT NULL CONSTRAINT ck_delivery_expectation_state CHECK (state IN (N'verwacht',N'ontvangen',N'te-laat',N'ontbrekend')),
    checked_at      datetime2(3)   NOT NULL,
    CONSTRAINT pk_delivery_expectation PRIMARY KEY (source_id, reference_date)
);

CREATE TABLE dbo.import_night (
    reference_date      date          NOT NULL CONSTRAINT pk_import_night PRIMARY KEY,
    sources_expected    int           NOT NULL,
    sources_failed      int           NOT NULL,
    systemic_failure    bit           NOT NULL,
    evaluated_at        datetime2(3)  NOT NULL
);

CREATE TABLE dbo.status_rule (
    rule_code           nvarchar(40)   NOT NULL CONSTRAINT pk_status_rule PRIMARY KEY,
    question            nvarchar(16)   NOT NULL CONSTRAINT ck_status_rule_question CHECK (question IN (N'jeugdbeschermer',N'koers',N'hulp')),
    indicator           nvarchar(40)   NOT NULL,
    direction           nvarchar(20)   NOT NULL CONSTRAINT ck_status_rule_direction CHECK (direction IN (N'hoger-is-slechter',N'lager-is-slechter')),
    orange_threshold    decimal(12,2)  NOT NULL,
    red_threshold       decimal(12,2)  NOT NULL,
    enabled             bit            NOT NULL,
    updated_at          datetime2(3)   NOT NULL,
    updated_by          nvarchar(200)  NOT NULL
);

CREATE TABLE dbo.region_status (
    area_id         int            NOT NULL CONSTRAINT fk_region_status_area REFERENCES dbo.area (area_id),
    iso_year        int            NOT NULL,
    iso_week        int            NOT NULL,
    status          nvarchar(12)   NOT NULL CONSTRAINT ck_region_status_status CHECK (status IN (N'groen',N'oranje',N'rood',N'onvolledig')),
    reasons         nvarchar(max)  NOT NULL,
    corrected       bit            NOT NULL,
    computed_at     datetime2(3)   NOT NULL,
    CONSTRAINT pk_region_status PRIMARY KEY (area_id, iso_year, iso_week)
);
CREATE INDEX ix_region_status_week ON dbo.region_status (iso_year, iso_week);

CREATE TABLE dbo.supervision_period (
    supervision_period_id   int IDENTITY(1,1) NOT NULL CONSTRAINT pk_supervision_period PRIMARY KEY,
    area_id                 int             NOT NULL CONSTRAINT fk_supervision_period_area REFERENCES dbo.area (area_id),
    start_date              date            NOT NULL,
    planned_end_date        date            NOT NULL,
    actual_end_date         date            NULL,
    note                    nvarchar(2000)  NULL,
    set_by                  nvarchar(200)   NOT NULL,
    created_at              datetime2(3)    NOT NULL
);
CREATE INDEX ix_supervision_period_area ON dbo.supervision_period (area_id, start_date);

CREATE TABLE dbo.app_user (
    user_id              int IDENTITY(1,1) NOT NULL CONSTRAINT pk_app_user PRIMARY KEY,
    user_name            nvarchar(200)  NOT NULL CONSTRAINT ux_app_user_name UNIQUE,
    display_name         nvarchar(200)  NOT NULL,
    password_hash        nvarchar(400)  NULL,
    external_subject     nvarchar(400)  NULL,
    failed_sign_ins      int            NOT NULL,
    locked_until         datetime2(3)   NULL,
    must_change_password bit            NOT NULL,
    disabled             bit            NOT NULL,
    created_at           datetime2(3)   NOT NULL
);
CREATE UNIQUE INDEX ux_app_user_external ON dbo.app_user (external_subject) WHERE external_subject IS NOT NULL;

CREATE TABLE dbo.user_role (
    user_id int           NOT NULL CONSTRAINT fk_user_role_user REFERENCES dbo.app_user (user_id),
    role    nvarchar(20)  NOT NULL CONSTRAINT ck_user_role_role CHECK (role IN (N'Beheerder',N'Inspectie',N'Ketenpartner',N'Accounthouder')),
    CONSTRAINT pk_user_role PRIMARY KEY (user_id, role)
);

CREATE TABLE dbo.user_area (
    user_id int NOT NULL CONSTRAINT fk_user_area_user REFERENCES dbo.app_user (user_id),
    area_id int NOT NULL CONSTRAINT fk_user_area_area REFERENCES dbo.area (area_id),
    CONSTRAINT pk_user_area PRIMARY KEY (user_id, area_id)
);

CREATE TABLE dbo.audit_log (
    audit_id        bigint IDENTITY(1,1) NOT NULL CONSTRAINT pk_audit_log PRIMARY KEY,
    occurred_at     datetime2(3)    NOT NULL,
    actor           nvarchar(200)   NOT NULL,
    action          nvarchar(60)    NOT NULL,
    object          nvarchar(400)   NOT NULL,
    result          nvarchar(40)    NOT NULL,
    origin          nvarchar(100)   NOT NULL,
    correlation_id  nvarchar(100)   NULL,
    details         nvarchar(max)   NULL
);
CREATE INDEX ix_audit_log_occurred ON dbo.audit_log (occurred_at);

CREATE TABLE dbo.data_protection_key (
    id              int IDENTITY(1,1) NOT NULL CONSTRAINT pk_data_protection_key PRIMARY KEY,
    friendly_name   nvarchar(200)   NULL,
    xml             nvarchar(max)   NOT NULL
);
GO

-- The audit trail is append-only in the database itself, not only by convention.
CREATE TRIGGER dbo.tr_audit_log_append_only ON dbo.audit_log
INSTEAD OF UPDATE, DELETE
AS
BEGIN
    SET NOCOUNT ON;
    THROW 51000, N'audit_log is append-only', 1;
END;
GO
