using Atlas.Core.Jql;

namespace Atlas.Tests.Jql;

/// <summary>Queries Jira accepts, each with the canonical text Atlas prints for it; the print shows the tree Atlas built.</summary>
public sealed class JqlValidQueryTests
{
    public static TheoryData<string, string> ValidQueries() => new()
    {
        { "status = Open", "status = Open" },
        { "status=Open", "status = Open" },
        { "STATUS = open", "STATUS = open" },
        { "project = WRKA AND status = \"In Progress\"", "project = WRKA AND status = \"In Progress\"" },
        { "project = 'WRKA'", "project = \"WRKA\"" },
        { "key = WRKA-12", "key = WRKA-12" },
        { "issuekey in (WRKA-1, WRKA-2, 10001)", "issuekey IN (WRKA-1, WRKA-2, 10001)" },
        { "assignee = currentUser()", "assignee = currentUser()" },
        { "assignee in (currentUser(), \"jane@example.com\")", "assignee IN (currentUser(), \"jane@example.com\")" },
        { "assignee is EMPTY", "assignee IS EMPTY" },
        { "assignee is not null", "assignee IS NOT EMPTY" },
        { "resolution = EMPTY", "resolution = EMPTY" },
        { "resolution = Unresolved", "resolution = Unresolved" },
        { "summary ~ \"login page\"", "summary ~ \"login page\"" },
        { "summary !~ crash", "summary !~ crash" },
        { "text ~ \"\\\"exact phrase\\\"\"", "text ~ \"\\\"exact phrase\\\"\"" },
        { "description ~ 'it\\'s'", "description ~ \"it's\"" },
        { "created >= -5d", "created >= -5d" },
        { "created > \"-4w 2d\"", "created > \"-4w 2d\"" },
        { "updated < \"2026-11-27 10:00\"", "updated < \"2026-11-27 10:00\"" },
        { "updated <= 2026-11-27", "updated <= 2026-11-27" },
        { "due = \"2026/11/27\"", "due = \"2026/11/27\"" },
        { "created > 1700000000000", "created > 1700000000000" },
        { "created > startOfDay(-1d)", "created > startOfDay(-1d)" },
        { "created < endOfMonth(\"+1M\")", "created < endOfMonth(\"+1M\")" },
        { "updated > now()", "updated > now()" },
        { "priority in (High, Highest) ORDER BY priority DESC", "priority IN (High, Highest) ORDER BY priority DESC" },
        { "ORDER BY created", "ORDER BY created" },
        { "order by created asc, key desc", "ORDER BY created ASC, key DESC" },
        { "", "" },
        { " \t\r\n ", "" },
        { "not status = Done", "NOT status = Done" },
        { "!status = Done", "NOT status = Done" },
        { "NOT (status = Done OR status = Closed)", "NOT (status = Done OR status = Closed)" },
        { "a = 1 and b = 2 or c = 3", "a = 1 AND b = 2 OR c = 3" },
        { "a = 1 and (b = 2 or c = 3)", "a = 1 AND (b = 2 OR c = 3)" },
        { "(a = 1 and b = 2) and c = 3", "(a = 1 AND b = 2) AND c = 3" },
        { "a = 1 && b = 2 || c = 3", "a = 1 AND b = 2 OR c = 3" },
        { "a = 1 & b = 2 | c = 3", "a = 1 AND b = 2 OR c = 3" },
        { "((status = Open))", "status = Open" },
        { "\"Story Points\" > 5", "\"Story Points\" > 5" },
        { "cf[10010] = 3", "cf[10010] = 3" },
        { "CF[10010] is not empty", "cf[10010] IS NOT EMPTY" },
        { "customfield_10010 = abc", "customfield_10010 = abc" },
        { "labels in (ui, \"tech debt\")", "labels IN (ui, \"tech debt\")" },
        { "labels not in (ui)", "labels NOT IN (ui)" },
        { "fixVersion = 1.0", "fixVersion = 1.0" },
        { "sprint in openSprints()", "sprint IN openSprints()" },
        { "assignee in membersOf(\"jira-developers\")", "assignee IN membersOf(\"jira-developers\")" },
        { "status was \"In Progress\"", "status WAS \"In Progress\"" },
        { "status was in (Open, Reopened) by currentUser()", "status WAS IN (Open, Reopened) BY currentUser()" },
        { "status was not Open before \"2026-01-01\"", "status WAS NOT Open BEFORE \"2026-01-01\"" },
        { "status was not in (Done) during (\"2026-01-01\", \"2026-02-01\")", "status WAS NOT IN (Done) DURING (\"2026-01-01\", \"2026-02-01\")" },
        { "status changed", "status CHANGED" },
        { "status changed from Open to Done after -5d by jsmith", "status CHANGED FROM Open TO Done AFTER -5d BY jsmith" },
        { "assignee changed on \"2026-11-27\"", "assignee CHANGED ON \"2026-11-27\"" },
        { "reporter = user\\u0040example.com", "reporter = user\\u0040example.com" },
        { "summary ~ \"tab\\there\"", "summary ~ \"tab\\there\"" },
        { "summary ~ \"back\\\\slash\"", "summary ~ \"back\\\\slash\"" },
        { "summary ~ \"\\u00e9t\\u00e9\"", "summary ~ \"été\"" },
        { "summary ~ \"and\"", "summary ~ \"and\"" },
        { "\"order\" = 5", "\"order\" = 5" },
        { "issue.property[\"spaces here\"].value in (\"Service requests\", Incidents)", "issue.property[\"spaces here\"].value IN (\"Service requests\", Incidents)" },
        { "type = Bug and priority >= Medium", "type = Bug AND priority >= Medium" },
        { "Created >= -1w ORDER BY Created DESC, Key ASC", "Created >= -1w ORDER BY Created DESC, Key ASC" },
        {
            "summary ~ test AND (labels in (urgent, blocker) OR lastCommentedBy = currentUser()) AND status CHANGED AFTER startOfMonth(-1M) ORDER BY updated DESC",
            "summary ~ test AND (labels IN (urgent, blocker) OR lastCommentedBy = currentUser()) AND status CHANGED AFTER startOfMonth(-1M) ORDER BY updated DESC"
        },
        { "a = b\\ c", "a = b\\ c" },
        { "a = \\u0064uring", "a = \\u0064uring" },
        { "a = \\u0031\\u0032", "a = \\u00312" },
        { "a in (b, (c, d))", "a IN (b, (c, d))" },
        { "a = -5", "a = -5" },
        { "a = \"-5\"", "a = \"-5\"" },
        { "a = 007", "a = 007" },
        { "a = \"now\"()", "a = now()" },
        { "a = fn(1, \"two\", three)", "a = fn(1, \"two\", three)" },
        { "NOT NOT a = b", "NOT NOT a = b" },
        { "a = b or (c = d or e = f)", "a = b OR (c = d OR e = f)" },
        { "(a = b or c = d) and (e = f or g = h)", "(a = b OR c = d) AND (e = f OR g = h)" },
        { "project = WRKA\n  AND status = Open", "project = WRKA AND status = Open" },
        { "a = \"multi\nline\"", "a = \"multi\\nline\"" },
        { "a = 'single \"double\" inside'", "a = \"single \\\"double\\\" inside\"" },
        { "\"Epic Link\" = WRKA-5", "\"Epic Link\" = WRKA-5" },
        { "a = été", "a = été" },
        { "a\\ b = c", "a\\ b = c" },
        { "votes >= 12 ORDER BY cf[10010] asc", "votes >= 12 ORDER BY cf[10010] ASC" },
        { "status = Open order by rank", "status = Open ORDER BY rank" },
    };

    [Theory]
    [MemberData(nameof(ValidQueries))]
    public void Parse_ValidQuery_PrintsCanonicalText(string text, string canonical)
    {
        var query = JqlTestParsing.ParseValid(text);

        Assert.Equal(canonical, JqlText.Print(query));
    }

    [Theory]
    [MemberData(nameof(ValidQueries))]
    public void Print_ValidQuery_ParsesBackToTheSameTree(string text, string canonical)
    {
        var query = JqlTestParsing.ParseValid(text);

        var reparsed = JqlTestParsing.ParseValid(JqlText.Print(query));

        Assert.Equal(JqlAstDump.Write(query), JqlAstDump.Write(reparsed));
        Assert.Equal(canonical, JqlText.Print(reparsed));
    }

    [Fact]
    public void ValidQueries_Table_HasAtLeastSixtyRows()
    {
        Assert.True(ValidQueries().Count >= 60);
    }
}
