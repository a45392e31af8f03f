namespace Atlas.Core.Jql.Sql;

/// <summary>The SQL that tests whether a ticket holds any of a clause's values, per kind of set-like field.</summary>
internal sealed partial class JqlSqlTranslator
{
    private string Matches(SetField field, SetValues values)
    {
        var parts = field.Kind switch
        {
            SetKind.User => UserMatches(field, values),
            _ when field.IsTable => [$"t.id IN (SELECT e.ticket_id FROM {field.Column} AS e WHERE {NameIn("e.value", values.Names)})"],
            _ => ColumnMatches(field, values),
        };
        return "(" + string.Join(" OR ", parts) + ")";
    }

    private List<string> ColumnMatches(SetField field, SetValues values)
    {
        var column = (field.IsFewValued ? "+t." : "t.") + field.Column;
        var parts = new List<string>();
        if (values.Names.Count > 0)
        {
            parts.Add(NameIn(column, values.Names));
        }

        if (values.Ids.Count > 0 && field.Kind == SetKind.Parent)
        {
            parts.Add($"{column} IN (SELECT r.key FROM jira_tickets AS r WHERE r.id IN (SELECT CAST(j.value AS INTEGER) FROM json_each({_parameters.AddList(values.Ids)}) AS j) AND r.deleted_at IS NULL)");
        }
        else if (values.Ids.Count > 0 && field.JsonPath is { } path)
        {
            parts.Add(ByIdOrName(field, path, values.Ids));
        }

        return parts;
    }

    private List<string> UserMatches(SetField field, SetValues values)
    {
        var parts = new List<string>();
        if (values.AccountIds.Count > 0)
        {
            parts.Add($"t.{field.AccountColumn} IN {_parameters.ListSubquery(values.AccountIds)}");
        }

        if (values.Names.Count > 0)
        {
            parts.Add(NameIn("t." + field.Column, values.Names));
        }

        var emails = values.Names.Where(name => name.Contains('@', StringComparison.Ordinal)).ToList();
        if (emails.Count > 0)
        {
            parts.Add($"json_extract((SELECT d.raw_json FROM jira_ticket_documents AS d WHERE d.ticket_id = t.id), '{field.JsonPath}.emailAddress') COLLATE {JqlSqlCollation.Name} IN {_parameters.ListSubquery(emails)}");
        }

        return parts;
    }

    /// <summary>
    /// Names compared case-insensitively like Jira: ASCII values through the column's NOCASE collation (which can use
    /// its index), others through the Unicode-aware collation.
    /// </summary>
    private string NameIn(string column, IReadOnlyCollection<string> names)
    {
        var ascii = names.Where(name => name.All(char.IsAscii)).ToList();
        var other = names.Where(name => !name.All(char.IsAscii)).ToList();
        var parts = new List<string>();
        if (ascii.Count > 0)
        {
            parts.Add($"{column} IN {_parameters.ListSubquery(ascii)}");
        }

        if (other.Count > 0)
        {
            parts.Add($"{column} COLLATE {JqlSqlCollation.Name} IN {_parameters.ListSubquery(other)}");
        }

        return parts.Count == 1 ? parts[0] : "(" + string.Join(" OR ", parts) + ")";
    }

    /// <summary>
    /// Values that may be ids (or, for projects, names) of what a column names: the distinct stored names are walked
    /// through the column's index (a handful of seeks), and each is kept when one live ticket's issue JSON gives it that
    /// id or name. The store keeps names; ids and project names are in the JSON Jira sent.
    /// </summary>
    private string ByIdOrName(SetField field, string path, IReadOnlyCollection<string> values)
    {
        var list = _parameters.ListSubquery(values);
        var byId = $"json_extract(d.raw_json, '{path}.id') IN {list}";
        var condition = field.Kind == SetKind.Project
            ? $"({byId} OR json_extract(d.raw_json, '{path}.name') COLLATE {JqlSqlCollation.Name} IN {list})"
            : byId;
        var c = field.Column;
        return $"t.{c} IN (WITH RECURSIVE v(x) AS (SELECT (SELECT min({c}) FROM jira_tickets) "
            + $"UNION ALL SELECT (SELECT min({c}) FROM jira_tickets WHERE {c} > v.x) FROM v WHERE v.x IS NOT NULL) "
            + $"SELECT x FROM v WHERE x IS NOT NULL AND (SELECT {condition} FROM jira_tickets AS r JOIN jira_ticket_documents AS d ON d.ticket_id = r.id WHERE r.{c} = v.x AND r.deleted_at IS NULL LIMIT 1))";
    }
}
