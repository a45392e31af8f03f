-- 002: offline search without reading ticket rows.
--
-- A jira_tickets row carries raw_json (about 5 KB per ticket), so a row is about one 4 KB page plus overflow: a query
-- that has to look at every live ticket (e.g. `project IN (...) AND statusCategory != Done ORDER BY priority DESC`)
-- read ~50,000 pages over a 50,000-ticket cache and took 0.5 s. This partial index holds every column the offline JQL
-- translator filters or sorts on (JqlSetFields, JqlSqlTranslator.Order/Dates/Keys), so such a query scans this compact
-- index instead (SQLite's "SCAN t USING COVERING INDEX"), and selective clauses still use the single-column indexes.
-- deleted_at is listed so the index covers the `t.deleted_at IS NULL` term too. Keep it in step with the translator:
-- a column the translator starts to read that is missing here makes SQLite fall back to reading rows (slow, not wrong).
CREATE INDEX ix_jira_tickets_live_search ON jira_tickets (
    project, status_category, status, priority, issue_type, resolution,
    assignee_account_id, reporter_account_id, assignee_name, reporter_name, parent_key, key_number,
    created, updated, resolution_date, due_date, deleted_at
) WHERE deleted_at IS NULL;
