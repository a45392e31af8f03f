-- 001: the Jira mirror, local data, sync bookkeeping.
--
-- Conventions (readers such as the offline JQL translator rely on them):
--   * Every instant is INTEGER unix milliseconds (UTC), so it compares and sorts as an instant.
--     Jira's own times (created, updated, resolution_date) also keep `<name>_text`: the round-trip ISO 8601 text
--     ("O" format) in the offset Jira rendered it, so a ticket reads back exactly as it was written.
--   * Calendar dates (due_date) are ISO `yyyy-MM-dd` TEXT, which sorts correctly.
--   * Names people type in JQL (keys, projects, statuses, types, labels...) are COLLATE NOCASE (ASCII folding),
--     matching JQL's case-insensitive equality; add COLLATE BINARY in a query when exactness matters.
--   * Rows are never hard-deleted: a ticket Jira stops showing gets `deleted_at` (a tombstone) and keeps its local data.
--     Live tickets are `deleted_at IS NULL`.
--
-- The base version for three-way conflict resolution: a jira_tickets row (its synced columns and raw_json) is the
-- version last synced from Jira. Local edits never go into it; they live in local_fields. Until the next sync writes a
-- newer Jira version, this row is the common ancestor ("base") of the local edit (local_fields) and whatever Jira holds
-- now; a conflict check compares the incoming ticket with this row and with local_fields *before* the page write
-- replaces it, inside the same transaction.

CREATE TABLE jira_tickets (
    id                    INTEGER PRIMARY KEY,             -- Jira's numeric issue id; survives moves, unlike key
    key                   TEXT    NOT NULL COLLATE NOCASE,  -- e.g. WRKA-123; unique among live tickets
    project               TEXT    NOT NULL COLLATE NOCASE,
    key_number            INTEGER NOT NULL,                -- 123 of WRKA-123, for `key > X` and ORDER BY key
    summary               TEXT    NOT NULL,
    description           TEXT,                            -- plain text (from ADF)
    description_adf       TEXT,                            -- ADF JSON as Jira sent it
    status                TEXT    NOT NULL COLLATE NOCASE,
    status_category       TEXT    NOT NULL COLLATE NOCASE, -- new | indeterminate | done
    priority              TEXT             COLLATE NOCASE,
    issue_type            TEXT    NOT NULL COLLATE NOCASE,
    assignee_account_id   TEXT,
    assignee_name         TEXT             COLLATE NOCASE,
    reporter_account_id   TEXT,
    reporter_name         TEXT             COLLATE NOCASE,
    created               INTEGER NOT NULL,                -- unix ms
    created_text          TEXT    NOT NULL,
    updated               INTEGER NOT NULL,                -- unix ms; the incremental watermark is built from these
    updated_text          TEXT    NOT NULL,
    resolution            TEXT             COLLATE NOCASE,
    resolution_date       INTEGER,                         -- unix ms
    resolution_date_text  TEXT,
    due_date              TEXT,                            -- yyyy-MM-dd
    parent_key            TEXT             COLLATE NOCASE,
    environment           TEXT,
    raw_json              TEXT    NOT NULL,                -- the whole issue JSON (custom fields included)
    content_hash          TEXT    NOT NULL,                -- equal hash = nothing to rewrite
    first_synced_at       INTEGER NOT NULL,                -- unix ms, first time Atlas stored it
    synced_at             INTEGER NOT NULL,                -- unix ms, last time its content was written
    last_seen_run_id      INTEGER,                         -- the last sync run that saw it (page or id census)
    deleted_at            INTEGER,                         -- unix ms; tombstone, NULL while live
    deleted_reason        TEXT
) STRICT;

-- Keys are unique among live tickets only: a tombstone keeps the key it last had, and Jira may hand it to another id.
CREATE UNIQUE INDEX ux_jira_tickets_live_key ON jira_tickets (key) WHERE deleted_at IS NULL;
-- A partial index serves only queries that repeat its WHERE; lookups that include tombstones need this one.
CREATE INDEX ix_jira_tickets_key ON jira_tickets (key);
CREATE INDEX ix_jira_tickets_project_key_number ON jira_tickets (project, key_number);
CREATE INDEX ix_jira_tickets_project_updated ON jira_tickets (project, updated);
CREATE INDEX ix_jira_tickets_assignee ON jira_tickets (assignee_account_id);
CREATE INDEX ix_jira_tickets_assignee_name ON jira_tickets (assignee_name);
CREATE INDEX ix_jira_tickets_reporter ON jira_tickets (reporter_account_id);
CREATE INDEX ix_jira_tickets_status ON jira_tickets (status);
CREATE INDEX ix_jira_tickets_status_category ON jira_tickets (status_category);
CREATE INDEX ix_jira_tickets_priority ON jira_tickets (priority);
CREATE INDEX ix_jira_tickets_issue_type ON jira_tickets (issue_type);
CREATE INDEX ix_jira_tickets_created ON jira_tickets (created);
CREATE INDEX ix_jira_tickets_updated ON jira_tickets (updated);
CREATE INDEX ix_jira_tickets_resolution_date ON jira_tickets (resolution_date);
CREATE INDEX ix_jira_tickets_due_date ON jira_tickets (due_date);
CREATE INDEX ix_jira_tickets_parent_key ON jira_tickets (parent_key);

-- Multi-valued fields, one row per value in Jira's order, so `labels = x` is an indexed lookup.
CREATE TABLE jira_ticket_labels (
    ticket_id INTEGER NOT NULL REFERENCES jira_tickets (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    value     TEXT    NOT NULL COLLATE NOCASE,
    PRIMARY KEY (ticket_id, position)
) STRICT, WITHOUT ROWID;
CREATE INDEX ix_jira_ticket_labels_value ON jira_ticket_labels (value, ticket_id);

CREATE TABLE jira_ticket_components (
    ticket_id INTEGER NOT NULL REFERENCES jira_tickets (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    value     TEXT    NOT NULL COLLATE NOCASE,
    PRIMARY KEY (ticket_id, position)
) STRICT, WITHOUT ROWID;
CREATE INDEX ix_jira_ticket_components_value ON jira_ticket_components (value, ticket_id);

CREATE TABLE jira_ticket_fix_versions (
    ticket_id INTEGER NOT NULL REFERENCES jira_tickets (id) ON DELETE CASCADE,
    position  INTEGER NOT NULL,
    value     TEXT    NOT NULL COLLATE NOCASE,
    PRIMARY KEY (ticket_id, position)
) STRICT, WITHOUT ROWID;
CREATE INDEX ix_jira_ticket_fix_versions_value ON jira_ticket_fix_versions (value, ticket_id);

-- Full text over live tickets: `summary ~ "login"` becomes
--   id IN (SELECT rowid FROM jira_tickets_fts WHERE jira_tickets_fts MATCH 'summary : login').
-- External content is the view of live tickets, so the index holds exactly the live rows and FTS5's
-- 'integrity-check' and 'rebuild' agree with it; the triggers keep it in step within the writing transaction.
CREATE VIEW jira_tickets_live_text AS
    SELECT id, summary, description, environment FROM jira_tickets WHERE deleted_at IS NULL;

CREATE VIRTUAL TABLE jira_tickets_fts USING fts5 (
    summary, description, environment,
    content = 'jira_tickets_live_text', content_rowid = 'id',
    tokenize = 'porter unicode61'
);

CREATE TRIGGER jira_tickets_fts_insert AFTER INSERT ON jira_tickets WHEN new.deleted_at IS NULL
BEGIN
    INSERT INTO jira_tickets_fts (rowid, summary, description, environment)
    VALUES (new.id, new.summary, new.description, new.environment);
END;

-- Re-indexing dominates the cost of a page write, so it happens only when the indexed text or the ticket's liveness
-- really changes: a status or assignee change, or "seen, unchanged", leaves the FTS rows alone.
CREATE TRIGGER jira_tickets_fts_update AFTER UPDATE OF summary, description, environment, deleted_at ON jira_tickets
WHEN old.summary IS NOT new.summary OR old.description IS NOT new.description OR old.environment IS NOT new.environment
    OR (old.deleted_at IS NULL) <> (new.deleted_at IS NULL)
BEGIN
    INSERT INTO jira_tickets_fts (jira_tickets_fts, rowid, summary, description, environment)
    SELECT 'delete', old.id, old.summary, old.description, old.environment WHERE old.deleted_at IS NULL;
    INSERT INTO jira_tickets_fts (rowid, summary, description, environment)
    SELECT new.id, new.summary, new.description, new.environment WHERE new.deleted_at IS NULL;
END;

CREATE TRIGGER jira_tickets_fts_delete AFTER DELETE ON jira_tickets WHEN old.deleted_at IS NULL
BEGIN
    INSERT INTO jira_tickets_fts (jira_tickets_fts, rowid, summary, description, environment)
    VALUES ('delete', old.id, old.summary, old.description, old.environment);
END;

-- Local data: the tester's, never written by sync. The foreign keys have no ON DELETE: a ticket with local data
-- cannot be hard-deleted by accident, and a tombstoned ticket keeps it.
CREATE TABLE local_notes (
    id         INTEGER PRIMARY KEY,
    ticket_id  INTEGER NOT NULL REFERENCES jira_tickets (id),
    body       TEXT    NOT NULL,
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
) STRICT;
CREATE INDEX ix_local_notes_ticket ON local_notes (ticket_id, id);

-- Local-only fields (test status, tags...) and, later, local overrides of synced fields.
CREATE TABLE local_fields (
    ticket_id  INTEGER NOT NULL REFERENCES jira_tickets (id),
    name       TEXT    NOT NULL COLLATE NOCASE,
    value      TEXT,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (ticket_id, name)
) STRICT, WITHOUT ROWID;
CREATE INDEX ix_local_fields_name_value ON local_fields (name, value);

-- One row per sync run: the SyncReport, plus live progress while status = 'running'.
CREATE TABLE sync_runs (
    id             INTEGER PRIMARY KEY AUTOINCREMENT,      -- AUTOINCREMENT: a run id is never reused
    mode           TEXT    NOT NULL,
    triggered_by   TEXT    NOT NULL,
    status         TEXT    NOT NULL,                       -- running | success | failed | skipped
    projects       TEXT    NOT NULL,                       -- JSON array of project keys
    started_at     INTEGER NOT NULL,
    finished_at    INTEGER,
    duration_ms    INTEGER,
    processed      INTEGER NOT NULL DEFAULT 0,
    total          INTEGER,                                -- expected tickets, when known (progress)
    progress_at    INTEGER,                                -- last progress report (a heartbeat)
    created        INTEGER NOT NULL DEFAULT 0,
    updated        INTEGER NOT NULL DEFAULT 0,
    unchanged      INTEGER NOT NULL DEFAULT 0,
    deleted        INTEGER NOT NULL DEFAULT 0,
    conflicts      INTEGER NOT NULL DEFAULT 0,
    rejected       INTEGER NOT NULL DEFAULT 0,
    api_calls      INTEGER NOT NULL DEFAULT 0,
    error          TEXT
) STRICT;
CREATE INDEX ix_sync_runs_running ON sync_runs (id) WHERE status = 'running';

-- Per project: the incremental watermark and a resumable checkpoint, written with the page it follows.
CREATE TABLE sync_project_state (
    project                     TEXT    NOT NULL PRIMARY KEY COLLATE NOCASE,
    watermark                   INTEGER,                   -- unix ms: max server `updated` seen
    last_full_sync_at           INTEGER,
    last_census_at              INTEGER,
    checkpoint_mode             TEXT,                      -- NULL = no checkpoint
    checkpoint_run_id           INTEGER,
    checkpoint_jql              TEXT,
    checkpoint_next_page_token  TEXT,
    checkpoint_pages_done       INTEGER,
    checkpoint_updated_at       INTEGER,
    CHECK (checkpoint_mode IS NULL
           OR (checkpoint_run_id IS NOT NULL AND checkpoint_jql IS NOT NULL AND checkpoint_pages_done IS NOT NULL))
) STRICT;

-- Tickets Jira sent that failed validation; kept so "why is X missing?" has an answer.
CREATE TABLE sync_rejections (
    id         INTEGER PRIMARY KEY,
    run_id     INTEGER NOT NULL REFERENCES sync_runs (id),
    ticket_key TEXT,
    ticket_id  INTEGER,
    reason     TEXT    NOT NULL,
    at         INTEGER NOT NULL
) STRICT;
CREATE INDEX ix_sync_rejections_run ON sync_rejections (run_id);
CREATE INDEX ix_sync_rejections_key ON sync_rejections (ticket_key COLLATE NOCASE);

-- One sync at a time across processes: the holder renews before expires_at; a crashed holder's lease lapses.
CREATE TABLE sync_lease (
    name        TEXT    NOT NULL PRIMARY KEY,
    owner       TEXT    NOT NULL,
    run_id      INTEGER,
    acquired_at INTEGER NOT NULL,
    expires_at  INTEGER NOT NULL
) STRICT;

-- Facts offline JQL needs about the Jira user and site: account id, display name, time zone, locale, base URL.
CREATE TABLE atlas_meta (
    key        TEXT    NOT NULL PRIMARY KEY,
    value      TEXT,
    updated_at INTEGER NOT NULL
) STRICT;
