using Atlas.Core.Jql.Sql;
using JqlApi = Atlas.Core.Jql.Jql;

namespace Atlas.Tests.Jql;

/// <summary>The offline translation: values only as parameters, Jira's NOT and order rules, and what it leaves to Jira.</summary>
public sealed class JqlSqlTranslatorTests
{
    private static readonly JqlSqlContext LosAngeles = new(
        new DateTimeOffset(2026, 11, 25, 20, 0, 0, TimeSpan.Zero), TimeZoneInfo.FindSystemTimeZoneById("America/Los_Angeles"), DayOfWeek.Sunday, "me-123");

    [Theory]
    [InlineData("project = \"zebra'; DROP TABLE jira_tickets; --\"")]
    [InlineData("summary ~ \"zebra' OR 1=1 --\"")]
    [InlineData("labels in (\"zebra\\\")--\", zebra2)")]
    [InlineData("assignee = \"zebra@example.com\" ORDER BY summary")]
    [InlineData("key > ZEBRA-12 AND text ~ \"zebra*\"")]
    public void Translate_UserValues_NeverInTheSqlText(string jql)
    {
        var translation = Translate(jql);

        Assert.True(translation.CanRun);
        Assert.DoesNotContain("zebra", translation.Sql, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("DROP", translation.Sql, StringComparison.Ordinal);
        Assert.Contains(translation.Parameters, p => p.Value.ToString()!.Contains("zebra", StringComparison.OrdinalIgnoreCase) || p.Value.ToString()!.Contains("ZEBRA", StringComparison.Ordinal));
    }

    [Fact]
    public void Translate_NoOrderBy_KeyDescendingThenId()
    {
        var translation = Translate("project = WRKA");

        Assert.Matches(@"ORDER BY t\.project COLLATE BINARY DESC, t\.key_number DESC, t\.id ASC LIMIT \$p\d+$", translation.Sql);
    }

    [Fact]
    public void Translate_OrderBy_EmptyValuesLastAscendingFirstDescending()
    {
        var translation = Translate("project = WRKA ORDER BY due ASC, assignee DESC");

        Assert.Contains("t.due_date ASC NULLS LAST, t.assignee_name COLLATE JQL_NOCASE DESC NULLS FIRST, t.id ASC", translation.Sql, StringComparison.Ordinal);
    }

    [Fact]
    public void Translate_NotEquals_NeverMatchesAnEmptyField()
    {
        var negated = Translate("NOT assignee = currentUser()").Sql;
        var direct = Translate("assignee != currentUser()").Sql;

        Assert.Equal(direct, negated);
        Assert.Contains("NOT (t.assignee_account_id IS NULL) AND NOT", direct, StringComparison.Ordinal);
    }

    [Fact]
    public void Translate_LongOrChain_StaysShallow()
    {
        var jql = string.Join(" OR ", Enumerable.Range(1, 3000).Select(i => $"key = WRKA-{i}"));

        var translation = Translate(jql);

        Assert.True(translation.CanRun);
        Assert.True(MaxParenthesisDepth(translation.Sql) < 40, "a balanced tree keeps SQLite's expression depth small");
    }

    [Theory]
    [InlineData("project = WRKA ORDER BY status", "workflow order of statuses")]
    [InlineData("project = WRKA ORDER BY labels", "does not know how Jira sorts this field")]
    [InlineData("component in (Backend, 10005)", "component and version names, not their ids")]
    [InlineData("priority < Blocker", "default priorities only")]
    [InlineData("fixVersion >= \"2.0\"", "order of these values")]
    public void Translate_WhatOnlyJiraKnows_Blocked(string jql, string reason)
    {
        var translation = Translate(jql);

        Assert.False(translation.CanRun);
        Assert.Empty(translation.Sql);
        Assert.Contains(reason, Assert.Single(translation.Blockers).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Translate_CurrentUserBeforeAnySync_Blocked()
    {
        var translation = JqlSqlTranslator.Translate(JqlApi.Parse("assignee = currentUser()").Query!, LosAngeles with { AccountId = null }, 10);

        Assert.Contains("run a sync first", Assert.Single(translation.Blockers).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Translate_TextQuery_EveryTokenInsideAQuotedFtsString()
    {
        var translation = Translate("summary ~ \"login \\\"page NOT\\\" OR* a:b ^c\"");

        var match = translation.Parameters.Select(p => p.Value).OfType<string>().Single(v => v.StartsWith("summary :", StringComparison.Ordinal));
        Assert.Equal("summary : (\"login\" AND \"page not\" AND \"a b\" AND \"c\")", match);
        Assert.Contains(translation.Parameters, p => Equals(p.Value, "or"));
        Assert.True(translation.UsesTermTable);
    }

    [Theory]
    [InlineData("updated >= \"2026-11-25\"", 1795593600000L)]
    [InlineData("updated >= \"2026/11/25 01:30\"", 1795599000000L)]
    [InlineData("updated >= -1d", 1795550400000L)]
    [InlineData("updated >= \"-1w 2d\"", 1794859200000L)]
    [InlineData("updated >= startOfDay()", 1795593600000L)]
    [InlineData("updated >= startOfWeek()", 1795334400000L)]
    [InlineData("updated >= startOfMonth(-1)", 1790838000000L)]
    [InlineData("updated >= endOfDay()", 1795679999999L)]
    [InlineData("updated >= 1700000000000", 1700000000000L)]
    public void Translate_Dates_InTheUsersZone(string jql, long expectedMs)
    {
        var translation = Translate(jql);

        Assert.Contains(translation.Parameters, p => Equals(p.Value, expectedMs));
    }

    [Theory]
    [InlineData("due < \"2026-11-25 12:00\"", "<", "2026-11-26")]
    [InlineData("due <= \"2026-11-25\"", "<", "2026-11-26")]
    [InlineData("due < \"2026-11-25\"", "<", "2026-11-25")]
    [InlineData("due > \"2026-11-25\"", ">=", "2026-11-26")]
    [InlineData("due >= \"2026-11-25 00:01\"", ">=", "2026-11-26")]
    [InlineData("due >= now()", ">=", "2026-11-26")]
    public void Translate_DueDateComparedAsMidnight_BecomesADateBound(string jql, string op, string date)
    {
        var translation = Translate(jql);

        Assert.Contains($"t.due_date {op} $p0", translation.Sql, StringComparison.Ordinal);
        Assert.Equal(date, translation.Parameters[0].Value);
    }

    [Fact]
    public void Translate_InvalidKeyAfterValidation_IsAnError()
    {
        var translation = Translate("key > \"-5\"");

        Assert.False(translation.CanRun);
        Assert.Equal("The issue key '-5' for field 'key' is invalid.", Assert.Single(translation.Errors).Message);
    }

    private static JqlSqlTranslation Translate(string jql)
    {
        var parsed = JqlApi.Parse(jql);
        Assert.True(parsed.IsValid, string.Join(" | ", parsed.Errors.Select(e => e.Message)));
        return JqlSqlTranslator.Translate(parsed.Query!, LosAngeles, 10);
    }

    private static int MaxParenthesisDepth(string sql)
    {
        var (depth, max) = (0, 0);
        foreach (var c in sql)
        {
            depth += c == '(' ? 1 : c == ')' ? -1 : 0;
            max = Math.Max(max, depth);
        }

        return max;
    }
}
