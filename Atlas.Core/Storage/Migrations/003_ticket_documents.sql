-- 003: the big JSON documents of a ticket live beside its row, not in it.
--
-- raw_json (about 5 KB) and description_adf (about 1 KB) made a jira_tickets row about 7 KB: every query that had to
-- read rows (an index lookup that is not covering, or a scan) paid one page plus overflow per ticket, and SQLite has
-- no way to know that. Without them a row is well under 1 KB, so scans and lookups over the synced columns stay cheap
-- at 50,000 tickets, and the documents are read only when a whole ticket is loaded (TicketBatchReader) or a query
-- needs a value that only the JSON has (emails, project ids and names). Dropping the columns rewrites every row in
-- place and leaves its pages mostly empty, so an existing database is compacted once after this migration.
-- atlas: vacuum after
CREATE TABLE jira_ticket_documents (
    ticket_id       INTEGER PRIMARY KEY REFERENCES jira_tickets (id) ON DELETE CASCADE,
    raw_json        TEXT    NOT NULL,                      -- the whole issue JSON (custom fields included)
    description_adf TEXT                                   -- ADF JSON as Jira sent it
);

INSERT INTO jira_ticket_documents (ticket_id, raw_json, description_adf)
SELECT id, raw_json, description_adf FROM jira_tickets;

ALTER TABLE jira_tickets DROP COLUMN raw_json;
ALTER TABLE jira_tickets DROP COLUMN description_adf;
