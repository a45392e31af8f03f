using Atlas.Core.Jql;
using Atlas.Core.Search;
using Microsoft.Data.Sqlite;

namespace Atlas.Tests.Search;

/// <summary>
/// Hostile values in every value position reach the store only as parameters: they find nothing they should not
/// (no ticket has such a value; text searches agree with Jira), and they change nothing (counts, schema, integrity).
/// </summary>
public sealed class SqlInjectionTests(LosAngelesSite site) : IClassFixture<LosAngelesSite>
{
    public static TheoryData<string> Payloads() =>
    [
        "'; DROP TABLE jira_tickets; --",
        "\" OR 1=1 --",
        "x') OR ('1'='1",
        "1; DELETE FROM jira_ticket_labels WHERE 1=1",
        "abc\u0000def",
        "%",
        "_%_",
        "$p0",
        "\"]}, {\"value\": \"WRKA\"",
        "\"a\" OR *",
        "summary:* NEAR(a b) ^x {summary description}: y",
        "* OR NOT x",
        "Robert'); UPDATE jira_tickets SET summary = 'pwned'; --",
        new string('A', 200_000),
    ];

    private static readonly string[] ValuePositions =
    [
        "project = {v}", "project in ({v}, WRKA) AND project != WRKA", "status = {v}", "statusCategory = {v}", "priority = {v}",
        "issuetype = {v}", "assignee = {v}", "reporter in ({v})", "labels = {v}", "labels in ({v}, {v})", "component = {v}",
        "fixVersion = {v}", "resolution = {v}", "parent = {v}", "key = {v}", "created > {v}", "due = {v}",
    ];

    [Theory]
    [MemberData(nameof(Payloads))]
    public async Task SearchAsync_PayloadInEveryValuePosition_FindsNothingAndChangesNothing(string payload)
    {
        var before = await SnapshotAsync();

        foreach (var position in ValuePositions)
        {
            var jql = position.Replace("{v}", JqlText.Quote(payload), StringComparison.Ordinal);
            var response = await site.Search.SearchAsync(jql, SearchSource.Offline, 100);

            Assert.True(response.Outcome is SearchOutcome.Found or SearchOutcome.Invalid or SearchOutcome.NeedsJira, $"{response.Outcome} for {Shorten(jql)}");
            Assert.Empty(response.Results?.Issues ?? []);
        }

        Assert.Equal(before, await SnapshotAsync());
    }

    [Theory]
    [MemberData(nameof(Payloads))]
    public async Task SearchAsync_PayloadInTextSearch_AgreesWithJiraAndChangesNothing(string payload)
    {
        var before = await SnapshotAsync();
        var text = payload.Length > 1000 ? payload[..1000] : payload;

        foreach (var field in new[] { "summary", "description", "environment", "text" })
        {
            foreach (var op in new[] { "~", "!~" })
            {
                if (field == "text" && op == "!~")
                {
                    continue;
                }

                var jql = $"project = QA AND {field} {op} {JqlText.Quote(text)}";
                await EquivalenceAssert.SameKeysAsync(site.Search, jql, allowEmpty: true);
            }
        }

        Assert.Equal(before, await SnapshotAsync());
    }

    [Fact]
    public async Task SearchAsync_SummaryWithSqlAndFtsSyntax_FoundAsWords()
    {
        var keys = await EquivalenceAssert.SameKeysAsync(site.Search, "summary ~ \"DROP TABLE jira_tickets\"");

        Assert.Equal(["QA-1"], keys);
    }

    /// <summary>Row counts of the mirror and local tables, the schema, and SQLite's and FTS5's integrity checks.</summary>
    private async Task<string> SnapshotAsync()
    {
        await using var connection = new SqliteConnection($"Data Source={site.DatabasePath};Mode=ReadOnly;Pooling=False");
        await connection.OpenAsync();
        var parts = new List<string>();
        foreach (var sql in new[]
        {
            "SELECT count(*) FROM jira_tickets", "SELECT count(*) FROM jira_tickets WHERE deleted_at IS NULL", "SELECT count(*) FROM jira_ticket_labels",
            "SELECT count(*) FROM jira_ticket_components", "SELECT count(*) FROM jira_ticket_fix_versions", "SELECT count(*) FROM atlas_meta",
            "SELECT group_concat(name) FROM (SELECT name FROM sqlite_master ORDER BY name)", "SELECT sum(length(summary)) FROM jira_tickets",
            "PRAGMA integrity_check",
        })
        {
            await using var command = connection.CreateCommand();
            command.CommandText = sql;
            parts.Add($"{sql} = {await command.ExecuteScalarAsync()}");
        }

        Assert.Contains("PRAGMA integrity_check = ok", parts);
        return string.Join("\n", parts);
    }

    private static string Shorten(string text) => text.Length <= 120 ? text : text[..120] + "…";
}
