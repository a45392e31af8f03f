-- 004: local overrides of synced fields, the conflict inbox and the resolution log.
--
-- The three versions of a field: the base is the jira_tickets row (the version last synced), the local value is a
-- local_overrides row, the remote value is what the next sync brings. A page write compares the three inside its
-- transaction before it replaces the base (Conflicts/FieldMerge.cs); see docs/integrations/jira/conflicts.md.
-- Field values are canonical text (Conflicts/MergeFields.cs): labels sorted and comma-joined, dates yyyy-MM-dd,
-- the assignee by display name; NULL is an empty field (a cleared value).

-- A tester's value for a synced field, shown instead of Jira's until it is removed or a merge drops it.
-- Like the other local tables it has no ON DELETE: a tombstoned ticket keeps it.
CREATE TABLE local_overrides (
    ticket_id  INTEGER NOT NULL REFERENCES jira_tickets (id),
    field      TEXT    NOT NULL,                           -- summary | status | priority | assignee | labels | dueDate
    value      TEXT,                                       -- NULL: cleared locally
    updated_at INTEGER NOT NULL,                           -- unix ms (UTC) of the local edit; NEWEST_WINS compares it
    PRIMARY KEY (ticket_id, field)
) STRICT, WITHOUT ROWID;

-- The MANUAL inbox: one open conflict per ticket at most, with its fields in conflict_fields.
CREATE TABLE conflicts (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,         -- never reused: a resolved id keeps meaning one conflict
    ticket_id   INTEGER NOT NULL REFERENCES jira_tickets (id),
    run_id      INTEGER,                                   -- the sync run that found it (0 or NULL: a live lookup)
    critical    INTEGER NOT NULL DEFAULT 0,                -- 1: priority Highest/Blocker or Atlas:Sync:CriticalJql
    status      TEXT    NOT NULL DEFAULT 'pending',        -- pending | resolved
    detected_at INTEGER NOT NULL,
    resolved_at INTEGER,
    resolved_by TEXT
) STRICT;
CREATE UNIQUE INDEX ux_conflicts_open_ticket ON conflicts (ticket_id) WHERE status = 'pending';

CREATE TABLE conflict_fields (
    conflict_id INTEGER NOT NULL REFERENCES conflicts (id),
    field       TEXT    NOT NULL,
    base        TEXT,
    local       TEXT,
    remote      TEXT,
    PRIMARY KEY (conflict_id, field)
) STRICT, WITHOUT ROWID;

-- Every field conflict detected and every resolution, automatic or by a person; never rewritten.
CREATE TABLE conflict_log (
    id          INTEGER PRIMARY KEY,
    ticket_id   INTEGER NOT NULL,
    ticket_key  TEXT    NOT NULL COLLATE NOCASE,
    conflict_id INTEGER,                                   -- the inbox entry, for MANUAL detections and resolutions
    field       TEXT    NOT NULL,
    base        TEXT,
    local       TEXT,
    remote      TEXT,
    strategy    TEXT    NOT NULL,                          -- JIRA_WINS | LOCAL_WINS | NEWEST_WINS | MANUAL
    outcome     TEXT    NOT NULL,                          -- took-jira | kept-local | pending | resolved-local | resolved-jira | resolved-value
    value       TEXT,                                      -- the value the field has after this entry
    at          INTEGER NOT NULL,
    resolved_by TEXT                                       -- NULL: automatic (a sync); else who resolved it
) STRICT;
CREATE INDEX ix_conflict_log_ticket ON conflict_log (ticket_id, id);

ALTER TABLE sync_runs ADD COLUMN merged INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sync_runs ADD COLUMN auto_resolved INTEGER NOT NULL DEFAULT 0;
ALTER TABLE sync_runs ADD COLUMN pending INTEGER NOT NULL DEFAULT 0;
