using Atlas.Core.Jql;
using JqlApi = Atlas.Core.Jql.Jql;

namespace Atlas.Tests.Jql;

/// <summary>Field, operator, value and function checks, in Jira's words.</summary>
public sealed class JqlValidatorTests
{
    private const string DateHint = "Valid formats include: 'yyyy/MM/dd HH:mm', 'yyyy-MM-dd HH:mm', 'yyyy/MM/dd', 'yyyy-MM-dd', or a period format e.g. '-5d', '4w 2d'.";

    [Theory]
    [InlineData("summary = test", "The operator '=' is not supported by the 'summary' field.")]
    [InlineData("text !~ foo", "The operator '!~' is not supported by the 'text' field.")]
    [InlineData("status ~ Open", "The operator '~' is not supported by the 'status' field.")]
    [InlineData("created ~ \"2026\"", "The operator '~' is not supported by the 'created' field.")]
    [InlineData("Summary was test", "The operator 'was' is not supported by the 'Summary' field.")]
    [InlineData("project changed", "The operator 'changed' is not supported by the 'project' field.")]
    [InlineData("parent is EMPTY", "The operator 'is' is not supported by the 'parent' field.")]
    [InlineData("summary in test", "Operator 'in' does not support the non-list value '\"test\"' for field 'summary'.")]
    [InlineData("assignee in currentUser()", "Operator 'in' does not support the non-list value 'currentUser()' for field 'assignee'.")]
    [InlineData("status = (Open, 3)", "Operator '=' does not support the list value '(\"Open\", 3)' for field 'status'.")]
    [InlineData("assignee = membersOf(devs)", "Operator '=' does not support the list value 'membersOf(devs)' for field 'assignee'.")]
    [InlineData("assignee in EMPTY", "Operator 'in' does not support the empty value representation 'EMPTY' for field 'assignee'.")]
    [InlineData("priority > EMPTY", "Operator '>' does not support the empty value representation 'EMPTY' for field 'priority'.")]
    [InlineData("assignee is Open", "Operator 'is' does not support searching for non-empty values for field 'assignee'.")]
    [InlineData("assignee is not (a, b)", "Operator 'is not' does not support searching for non-empty values for field 'assignee'.")]
    public void Parse_OperatorMisuse_ReportsJirasMessage(string text, string message)
    {
        Assert.Equal(message, SingleError(text).Message);
    }

    [Theory]
    [InlineData("created > \"2026-11-27 10:00:30\"", "2026-11-27 10:00:30", "created")]
    [InlineData("created > \"27/11/2026\"", "27/11/2026", "created")]
    [InlineData("updated < 2026-02-30", "2026-02-30", "updated")]
    [InlineData("due = \"2026-13-01\"", "2026-13-01", "due")]
    [InlineData("createdDate >= yesterday", "yesterday", "createdDate")]
    [InlineData("resolved in (-1d, \"2026/1/5 25:00\")", "2026/1/5 25:00", "resolved")]
    [InlineData("created > \"2026-11/27\"", "2026-11/27", "created")]
    public void Parse_MalformedDate_ReportsJirasDateMessageAtTheValue(string text, string value, string field)
    {
        var error = SingleError(text);

        Assert.Equal($"Date value '{value}' for field '{field}' is invalid. {DateHint}", error.Message);
        var start = text.IndexOf(value, StringComparison.Ordinal);
        Assert.InRange(error.Position, start - 1, start);
    }

    [Theory]
    [InlineData("created > -5d")]
    [InlineData("created > \"-4w 2d\"")]
    [InlineData("created >= 2h")]
    [InlineData("created >= -30m")]
    [InlineData("created >= \"15\"")]
    [InlineData("created > 1700000000000")]
    [InlineData("created > 2026-11-27")]
    [InlineData("created > \"2026/11/27 09:05\"")]
    [InlineData("created > \"2026-1-5 9:05\"")]
    [InlineData("due = \"2028/02/29\"")]
    [InlineData("updated > startOfDay()")]
    [InlineData("updated > startOfWeek(-1w)")]
    [InlineData("updated < endOfMonth(\"+1M\")")]
    [InlineData("updated < endOfYear(1y)")]
    [InlineData("created in (-1d, \"2026-01-01\", now())")]
    public void Parse_DateInAcceptedFormat_IsValid(string text)
    {
        Assert.Empty(JqlApi.Parse(text).Errors);
    }

    [Theory]
    [InlineData("status changed after \"20/12/10\"", "Date value '20/12/10' for predicate 'after' is invalid. " + DateHint)]
    [InlineData("status changed after currentUser()", "A date for the predicate 'after' provided by the function 'currentUser' is not valid.")]
    [InlineData("status changed before (11, 12)", "The BEFORE predicate must be supplied with only 1 date value.")]
    [InlineData("status changed during 11", "The DURING predicate must be supplied with exactly 2 date values.")]
    [InlineData("status changed during (11, 12, 13)", "The DURING predicate must be supplied with exactly 2 date values.")]
    [InlineData("assignee changed by bogus()", "Unable to find JQL function 'bogus()'.")]
    [InlineData("assignee was bogus(1, two)", "Unable to find JQL function 'bogus(1, two)'.")]
    [InlineData("status was Reopened by currentUser() AFTER startOfDay(\"invalid\")", "Duration for function 'startOfDay' should have the format (+/-)n(yMwdm), e.g -1M for 1 month earlier.")]
    [InlineData("status changed AFTER now(\"invalid\")", "Function 'now' expected '0' arguments but received '1'.")]
    [InlineData("created > startOfDay(1d, 2d)", "Function 'startOfDay' expected between '0' and '1' arguments but received '2'.")]
    [InlineData("assignee in membersOf()", "Function 'membersOf' expected '1' arguments but received '0'.")]
    [InlineData("status was Open from Closed", "The WAS operator does not support the use of the from \"Closed\" predicate.")]
    [InlineData("status = currentUser()", "A value provided by the function 'currentUser' is invalid for the field 'status'.")]
    [InlineData("created > currentUser()", "A value provided by the function 'currentUser' is invalid for the field 'created'.")]
    [InlineData("assignee = now()", "A value provided by the function 'now' is invalid for the field 'assignee'.")]
    [InlineData("key = notakey", "The issue key 'notakey' for field 'key' is invalid.")]
    [InlineData("parent in (WRKA-1, \"WRKA 2\")", "The issue key 'WRKA 2' for field 'parent' is invalid.")]
    [InlineData("votes > many", "Value 'many' for field 'votes' is invalid: it must be a whole number.")]
    [InlineData("summary ~ \"\"", "The field 'summary' does not support searching for an empty string.")]
    [InlineData("text ~ ''", "The field 'text' does not support searching for an empty string.")]
    public void Parse_BadValueOrFunction_ReportsJirasMessage(string text, string message)
    {
        Assert.Equal(message, SingleError(text).Message);
    }

    [Theory]
    [InlineData("stauts = Open", "stauts", 0)]
    [InlineData("project = A AND asignee = me", "asignee", 16)]
    [InlineData("priorty > Low", "priorty", 0)]
    [InlineData("12345 = x", "12345", 0)]
    public void Parse_ClearlyUnknownField_ReportsItDoesNotExist(string text, string field, int position)
    {
        var error = SingleError(text);

        Assert.Equal($"Field '{field}' does not exist or you do not have permission to view it.", error.Message);
        Assert.Equal((position, field.Length), (error.Position, error.Length));
    }

    [Theory]
    [InlineData("universe = 42")]
    [InlineData("Severity = High")]
    [InlineData("\"Stauts\" = Open")]
    [InlineData("\"Story Points\" > 5")]
    [InlineData("cf[10010] in (1, 2)")]
    [InlineData("customfield_10010 ~ foo")]
    [InlineData("issue.property[support].level = 3")]
    public void Parse_FieldAtlasCannotSee_IsNotAnError(string text)
    {
        Assert.Empty(JqlApi.Parse(text).Errors);
    }

    [Fact]
    public void Parse_WithSiteFieldList_ReportsNamesOutsideIt()
    {
        var options = new JqlValidationOptions { CustomFieldNames = ["Severity", "lastCommentedBy"] };

        Assert.Empty(JqlApi.Parse("severity = High AND lastCommentedBy = currentUser()", options).Errors);
        Assert.Equal(
            "Field 'universe' does not exist or you do not have permission to view it.",
            Assert.Single(JqlApi.Parse("universe = 42", options).Errors).Message);
    }

    [Fact]
    public void Parse_AppFunction_IsUnknownUnlessDeclared()
    {
        const string text = "issueFunction in subtasksOf(\"project = WRKA\")";

        Assert.Equal("Unable to find JQL function 'subtasksOf(project = WRKA)'.", SingleError(text).Message);
        var declared = JqlApi.Parse(text, new JqlValidationOptions { AdditionalFunctions = ["SubtasksOf"] });
        Assert.Empty(declared.Errors);
        Assert.Contains(declared.OfflineBlockers, blocker => blocker.Message.StartsWith("'subtasksOf(project = WRKA)' needs Jira", StringComparison.Ordinal));
    }

    [Fact]
    public void Parse_SeveralBadClauses_ReportsEachOnce()
    {
        var result = JqlApi.Parse("summary = a AND status ~ b OR created > never");

        Assert.Equal(
            ["The operator '=' is not supported by the 'summary' field.", "The operator '~' is not supported by the 'status' field.", $"Date value 'never' for field 'created' is invalid. {DateHint}"],
            result.Errors.Select(error => error.Message));
        Assert.All(result.Errors, error => Assert.Equal(JqlErrorKind.Validation, error.Kind));
        Assert.NotNull(result.Query);
    }

    [Theory]
    [InlineData("ORDER BY stauts", "Not able to sort using field 'stauts'.")]
    [InlineData("ORDER BY text", "Field 'text' does not support sorting.")]
    [InlineData("ORDER BY created, createdDate", "The sort field 'createdDate' is referenced multiple times in the JQL sort. Field 'createdDate' is an alias for field 'created'.")]
    [InlineData("ORDER BY key DESC, KEY", "The sort field 'KEY' is referenced multiple times in the JQL sort.")]
    [InlineData("ORDER BY cf[10010], customfield_10010", "The sort field 'customfield_10010' is referenced multiple times in the JQL sort. Field 'customfield_10010' is an alias for field 'cf[10010]'.")]
    public void Parse_BadOrderBy_ReportsJirasMessage(string text, string message)
    {
        Assert.Equal(message, SingleError(text).Message);
    }

    [Theory]
    [InlineData("assignee = currentUser() AND resolution = Unresolved ORDER BY priority DESC, updated DESC")]
    [InlineData("project in (WRKA, WRKB) AND type in (Bug, \"Sub-task\") AND status not in (Done, Closed)")]
    [InlineData("sprint in openSprints() AND assignee in membersOf(\"jira-developers\")")]
    [InlineData("fixVersion in unreleasedVersions(WRKA) OR fixVersion = latestReleasedVersion(WRKA)")]
    [InlineData("issuekey in linkedIssues(WRKA-1, \"is blocked by\") OR issue in watchedIssues()")]
    [InlineData("status was in (Open, Reopened) by (jsmith, currentUser()) during (\"2026-01-01\", now())")]
    [InlineData("status changed from Open to Done after startOfWeek() before endOfWeek() on \"2026-11-27\"")]
    [InlineData("labels is EMPTY OR labels not in (ui) OR component = 10001")]
    [InlineData("text ~ \"crash*\" AND summary !~ flaky AND description is not EMPTY")]
    [InlineData("key > WRKA-100 AND key <= 10500 AND parent = WRKA-1")]
    [InlineData("votes >= 3 AND watchers in (1, 2) AND timeSpent > 2h")]
    [InlineData("statusCategory = \"In Progress\" AND level = Internal")]
    [InlineData("")]
    public void Parse_RealisticQuery_IsValid(string text)
    {
        var result = JqlApi.Parse(text);

        Assert.True(result.IsValid, string.Join(" | ", result.Errors.Select(error => error.Message)));
    }

    private static JqlError SingleError(string text)
    {
        var result = JqlApi.Parse(text);
        Assert.NotNull(result.Query);
        return Assert.Single(result.Errors);
    }
}
