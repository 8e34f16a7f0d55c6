-- Instroom schema, SQLite dialect. Keep table and column names identical to sql/sqlserver/0001_schema.sql:
-- the queries in the code are shared between both databases.
-- Dates are ISO text (yyyy-MM-dd), instants are UTC text, numbers with decimals are REAL (never NUMERIC: SQLite would
-- then return a mix of integers and doubles in one column, which Dapper cannot map).

-- Areas: gemeente, jeugdregio, toezichtregio, veiligthuisregio, veiligheidsregio, provincie, land.
CREATE TABLE area (
    area_id     INTEGER PRIMARY KEY,
    code        TEXT    NOT NULL UNIQUE,
    kind        TEXT    NOT NULL CHECK (kind IN ('gemeente','jeugdregio','toezichtregio','veiligthuisregio','veiligheidsregio','provincie','land')),
    name        TEXT    NOT NULL,
    valid_from  TEXT    NOT NULL,
    valid_to    TEXT    NULL,
    provenance  TEXT    NOT NULL
);
CREATE INDEX ix_area_kind ON area (kind, code);

-- A gemeente belongs to a region (or a region to a larger one) for a period; a merger or a region change
-- closes one row and opens another, so any date can be rolled up with the indeling of that date.
CREATE TABLE area_membership (
    area_id         INTEGER NOT NULL REFERENCES area (area_id),
    parent_area_id  INTEGER NOT NULL REFERENCES area (area_id),
    valid_from      TEXT    NOT NULL,
    valid_to        TEXT    NULL,
    overlap_share   REAL    NULL,
    basis           TEXT    NOT NULL,
    PRIMARY KEY (area_id, parent_area_id, valid_from)
);
CREATE INDEX ix_area_membership_parent ON area_membership (parent_area_id, valid_from);

-- Organisations that deliver: GIs, the Raad, Veilig Thuis organisations. Data, never code.
CREATE TABLE source (
    source_id   INTEGER PRIMARY KEY,
    code        TEXT    NOT NULL UNIQUE,
    name        TEXT    NOT NULL,
    kind        TEXT    NOT NULL CHECK (kind IN ('GI','RAAD','VT')),
    valid_from  TEXT    NOT NULL,
    valid_to    TEXT    NULL,
    note        TEXT    NULL
);

-- How a source is pulled. The bearer token itself is never stored here: token_secret_name names the
-- configuration key (user-secrets, environment) that holds it.
CREATE TABLE source_connection (
    source_id           INTEGER NOT NULL PRIMARY KEY REFERENCES source (source_id),
    connector           TEXT    NOT NULL CHECK (connector IN ('http','folder')),
    base_url            TEXT    NULL,
    folder_path         TEXT    NULL,
    token_secret_name   TEXT    NULL,
    pull_time_local     TEXT    NOT NULL,
    timeout_seconds     INTEGER NOT NULL,
    max_body_bytes      INTEGER NOT NULL,
    enabled             INTEGER NOT NULL,
    updated_at          TEXT    NOT NULL
);

-- The gemeenten a source is expected to deliver for (its werkgebied), for completeness per region.
CREATE TABLE source_coverage (
    source_id   INTEGER NOT NULL REFERENCES source (source_id),
    area_id     INTEGER NOT NULL REFERENCES area (area_id),
    valid_from  TEXT    NOT NULL,
    valid_to    TEXT    NULL,
    basis       TEXT    NOT NULL,
    PRIMARY KEY (source_id, area_id, valid_from)
);
CREATE INDEX ix_source_coverage_area ON source_coverage (area_id, source_id);

-- Every attempt to pull or import, whatever its outcome.
CREATE TABLE import_run (
    import_run_id   INTEGER PRIMARY KEY,
    source_id       INTEGER NOT NULL REFERENCES source (source_id),
    reference_date  TEXT    NULL,
    trigger_kind    TEXT    NOT NULL,
    attempt         INTEGER NOT NULL,
    started_at      TEXT    NOT NULL,
    finished_at     TEXT    NULL,
    outcome         TEXT    NOT NULL CHECK (outcome IN ('bezig','geimporteerd','ongewijzigd','afgekeurd','mislukt','nog-niet-beschikbaar')),
    levering_id     TEXT    NULL,
    figure_count    INTEGER NULL,
    message         TEXT    NULL
);
CREATE INDEX ix_import_run_source ON import_run (source_id, reference_date);
CREATE INDEX ix_import_run_started ON import_run (started_at);

-- Accepted deliveries. A correction (new leveringId, same source and peildatum) sets superseded_at on the
-- earlier one; history stays.
CREATE TABLE delivery (
    delivery_id             INTEGER PRIMARY KEY,
    source_id               INTEGER NOT NULL REFERENCES source (source_id),
    levering_id             TEXT    NOT NULL UNIQUE,
    reference_date          TEXT    NOT NULL,
    created_at              TEXT    NOT NULL,
    received_at             TEXT    NOT NULL,
    format                  TEXT    NOT NULL CHECK (format IN ('json','csv')),
    payload_sha256          TEXT    NOT NULL,
    import_run_id           INTEGER NOT NULL REFERENCES import_run (import_run_id),
    figure_count            INTEGER NOT NULL,
    superseded_at           TEXT    NULL,
    superseded_by           INTEGER NULL REFERENCES delivery (delivery_id)
);
-- The database guard against two current deliveries for one source and peildatum.
CREATE UNIQUE INDEX ux_delivery_current ON delivery (source_id, reference_date) WHERE superseded_at IS NULL;
CREATE INDEX ix_delivery_reference_date ON delivery (reference_date, source_id);

-- One figure: delivery x area x indicator x maatregel x class. '' stands for "no measure" / "no class".
CREATE TABLE figure (
    delivery_id INTEGER NOT NULL REFERENCES delivery (delivery_id),
    area_id     INTEGER NOT NULL REFERENCES area (area_id),
    indicator   TEXT    NOT NULL,
    measure     TEXT    NOT NULL,
    class       TEXT    NOT NULL,
    value       REAL    NOT NULL,
    PRIMARY KEY (delivery_id, area_id, indicator, measure, class)
) WITHOUT ROWID;

-- Rejected deliveries with their raw bytes and every reason; stored once per source and payload.
CREATE TABLE quarantine (
    quarantine_id   INTEGER PRIMARY KEY,
    source_id       INTEGER NOT NULL REFERENCES source (source_id),
    import_run_id   INTEGER NOT NULL REFERENCES import_run (import_run_id),
    levering_id     TEXT    NULL,
    reference_date  TEXT    NULL,
    received_at     TEXT    NOT NULL,
    format          TEXT    NOT NULL,
    file_name       TEXT    NULL,
    payload         BLOB    NOT NULL,
    payload_sha256  TEXT    NOT NULL,
    reasons         TEXT    NOT NULL,
    UNIQUE (source_id, payload_sha256)
);
CREATE INDEX ix_quarantine_received ON quarantine (received_at);

-- What was expected of a source for a peildatum and whether it came in time (te laat, ontbrekend).
CREATE TABLE delivery_expectation (
    source_id       INTEGER NOT NULL REFERENCES source (source_id),
    reference_date  TEXT    NOT NULL,
    deadline_at     TEXT    NOT NULL,
    state           TEXT    NOT NULL CHECK (state IN ('verwacht','ontvangen','te-laat','ontbrekend')),
    checked_at      TEXT    NOT NULL,
    PRIMARY KEY (source_id, reference_date)
);

-- A night in which every source failed is one systemic failure, not forty separate ones.
CREATE TABLE import_night (
    reference_date      TEXT    NOT NULL PRIMARY KEY,
    sources_expected    INTEGER NOT NULL,
    sources_failed      INTEGER NOT NULL,
    systemic_failure    INTEGER NOT NULL,
    evaluated_at        TEXT    NOT NULL
);

-- Status rules: thresholds per indicator, edited by administrators.
CREATE TABLE status_rule (
    rule_code           TEXT    NOT NULL PRIMARY KEY,
    question            TEXT    NOT NULL CHECK (question IN ('jeugdbeschermer','koers','hulp')),
    indicator           TEXT    NOT NULL,
    direction           TEXT    NOT NULL CHECK (direction IN ('hoger-is-slechter','lager-is-slechter')),
    orange_threshold    REAL    NOT NULL,
    red_threshold       REAL    NOT NULL,
    enabled             INTEGER NOT NULL,
    updated_at          TEXT    NOT NULL,
    updated_by          TEXT    NOT NULL
);

-- Computed status per region per ISO week, with its reasons (JSON), kept for history.
CREATE TABLE region_status (
    area_id         INTEGER NOT NULL REFERENCES area (area_id),
    iso_year        INTEGER NOT NULL,
    iso_week        INTEGER NOT NULL,
    status          TEXT    NOT NULL CHECK (status IN ('groen','oranje','rood','onvolledig')),
    reasons         TEXT    NOT NULL,
    corrected       INTEGER NOT NULL,
    computed_at     TEXT    NOT NULL,
    PRIMARY KEY (area_id, iso_year, iso_week)
);
CREATE INDEX ix_region_status_week ON region_status (iso_year, iso_week);

-- Verscherpt toezicht: the inspecties' judgement, kept apart from the computed status.
CREATE TABLE supervision_period (
    supervision_period_id   INTEGER PRIMARY KEY,
    area_id                 INTEGER NOT NULL REFERENCES area (area_id),
    start_date              TEXT    NOT NULL,
    planned_end_date        TEXT    NOT NULL,
    actual_end_date         TEXT    NULL,
    note                    TEXT    NULL,
    set_by                  TEXT    NOT NULL,
    created_at              TEXT    NOT NULL
);
CREATE INDEX ix_supervision_period_area ON supervision_period (area_id, start_date);

-- Users, roles and the areas a user may see.
CREATE TABLE app_user (
    user_id             INTEGER PRIMARY KEY,
    user_name           TEXT    NOT NULL UNIQUE,
    display_name        TEXT    NOT NULL,
    password_hash       TEXT    NULL,
    external_subject    TEXT    NULL,
    failed_sign_ins     INTEGER NOT NULL,
    locked_until        TEXT    NULL,
    must_change_password INTEGER NOT NULL,
    disabled            INTEGER NOT NULL,
    created_at          TEXT    NOT NULL
);
CREATE UNIQUE INDEX ux_app_user_external ON app_user (external_subject) WHERE external_subject IS NOT NULL;

CREATE TABLE user_role (
    user_id INTEGER NOT NULL REFERENCES app_user (user_id),
    role    TEXT    NOT NULL CHECK (role IN ('Beheerder','Inspectie','Ketenpartner','Accounthouder')),
    PRIMARY KEY (user_id, role)
);

CREATE TABLE user_area (
    user_id INTEGER NOT NULL REFERENCES app_user (user_id),
    area_id INTEGER NOT NULL REFERENCES area (area_id),
    PRIMARY KEY (user_id, area_id)
);

-- Append-only audit trail (BIO: action, object, result, origin, actor, timestamp).
CREATE TABLE audit_log (
    audit_id        INTEGER PRIMARY KEY,
    occurred_at     TEXT    NOT NULL,
    actor           TEXT    NOT NULL,
    action          TEXT    NOT NULL,
    object          TEXT    NOT NULL,
    result          TEXT    NOT NULL,
    origin          TEXT    NOT NULL,
    correlation_id  TEXT    NULL,
    details         TEXT    NULL
);
CREATE INDEX ix_audit_log_occurred ON audit_log (occurred_at);

-- ASP.NET Core Data Protection keys, shared by every web server.
CREATE TABLE data_protection_key (
    id              INTEGER PRIMARY KEY,
    friendly_name   TEXT    NULL,
    xml             TEXT    NOT NULL
);

-- The audit trail is append-only in the database itself, not only by convention.
CREATE TRIGGER tr_audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
CREATE TRIGGER tr_audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN
    SELECT RAISE(ABORT, 'audit_log is append-only');
END;
