using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using Atlas.Core.Jira;

namespace Atlas.Core.Tickets;

/// <summary>Reads one Jira issue object into a <see cref="Ticket"/>, throwing <see cref="TicketFieldException"/> on bad data.</summary>
internal static partial class TicketReader
{
    public static Ticket Read(JsonElement issue)
    {
        if (issue.ValueKind != JsonValueKind.Object)
        {
            throw IssueJson.WrongType("issue", "an object", issue);
        }

        var id = Id(issue);
        var key = IssueKey(issue, "key", "key") ?? throw new TicketFieldException("key", "is missing");
        var fields = IssueJson.Object(issue, "fields", "fields");
        var raw = issue.GetRawText();
        return ReadFields(fields, id, key) with { RawJson = raw, ContentHash = Hash(raw) };
    }

    private static Ticket ReadFields(JsonElement fields, long id, string key)
    {
        var status = IssueJson.Object(fields, "status", "fields.status");
        var (description, descriptionAdf) = TicketText.Read(fields, "description", "fields.description");
        return new Ticket
        {
            Id = id,
            Key = key,
            Project = ProjectKey(fields),
            Summary = Summary(fields),
            Description = description,
            DescriptionAdf = descriptionAdf,
            Status = IssueJson.String(status, "name", "fields.status.name"),
            StatusCategory = IssueJson.OptionalString(IssueJson.OptionalObject(status, "statusCategory", "fields.status.statusCategory"), "key", "fields.status.statusCategory.key") ?? "undefined",
            Priority = IssueJson.Name(fields, "priority", "fields.priority"),
            IssueType = IssueJson.String(IssueJson.Object(fields, "issuetype", "fields.issuetype"), "name", "fields.issuetype.name"),
            Assignee = User(fields, "assignee"),
            Reporter = User(fields, "reporter"),
            Labels = IssueJson.Strings(fields, "labels", "fields.labels"),
            Components = IssueJson.Names(fields, "components", "fields.components"),
            FixVersions = IssueJson.Names(fields, "fixVersions", "fields.fixVersions"),
            Created = Timestamp(fields, "created") ?? throw new TicketFieldException("fields.created", "is missing"),
            Updated = Timestamp(fields, "updated") ?? throw new TicketFieldException("fields.updated", "is missing"),
            Resolution = IssueJson.Name(fields, "resolution", "fields.resolution"),
            ResolutionDate = Timestamp(fields, "resolutiondate"),
            DueDate = DueDate(fields),
            ParentKey = IssueJson.OptionalObject(fields, "parent", "fields.parent") is { } parent ? IssueKey(parent, "key", "fields.parent.key") : null,
            Environment = TicketText.Read(fields, "environment", "fields.environment").Plain,
        };
    }

    private static long Id(JsonElement issue)
    {
        var text = IssueJson.Value(issue, "id") switch
        {
            null => throw new TicketFieldException("id", "is missing"),
            { ValueKind: JsonValueKind.String } value => value.GetString(),
            { ValueKind: JsonValueKind.Number } value => value.GetRawText(),
            { } value => throw IssueJson.WrongType("id", "a number", value),
        };
        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0
            ? id
            : throw new TicketFieldException("id", $"is not a positive whole number ('{Quote(text)}')");
    }

    private static string? IssueKey(JsonElement parent, string name, string path) => IssueJson.OptionalString(parent, name, path) switch
    {
        null => null,
        var key when KeyPattern().IsMatch(key) => key,
        var key => throw new TicketFieldException(path, $"'{Quote(key)}' is not a Jira issue key like WRKA-123"),
    };

    private static string ProjectKey(JsonElement fields)
    {
        var key = IssueJson.String(IssueJson.Object(fields, "project", "fields.project"), "key", "fields.project.key");
        return ProjectKeyPattern().IsMatch(key) ? key : throw new TicketFieldException("fields.project.key", $"'{Quote(key)}' is not a Jira project key");
    }

    private static string Summary(JsonElement fields)
    {
        var summary = IssueJson.String(fields, "summary", "fields.summary");
        return summary.Length <= TicketLimits.SummaryChars
            ? summary
            : throw new TicketFieldException("fields.summary", $"has {summary.Length} characters, more than the {TicketLimits.SummaryChars} Atlas accepts");
    }

    private static TicketUser? User(JsonElement fields, string name) =>
        IssueJson.OptionalObject(fields, name, $"fields.{name}") is { } user
            ? new TicketUser(
                IssueJson.OptionalString(user, "accountId", $"fields.{name}.accountId") ?? "",
                IssueJson.OptionalString(user, "displayName", $"fields.{name}.displayName") ?? "")
            : null;

    private static DateTimeOffset? Timestamp(JsonElement fields, string name) => IssueJson.OptionalString(fields, name, $"fields.{name}") switch
    {
        null => null,
        var text when JiraTime.TryParseTimestamp(text, out var value) => value,
        var text => throw new TicketFieldException($"fields.{name}", $"'{Quote(text)}' is not a Jira timestamp"),
    };

    private static DateOnly? DueDate(JsonElement fields) => IssueJson.OptionalString(fields, "duedate", "fields.duedate") switch
    {
        null => null,
        var text when JiraTime.TryParseDate(text, out var value) => value,
        var text => throw new TicketFieldException("fields.duedate", $"'{Quote(text)}' is not a date like 2026-12-31"),
    };

    private static string Hash(string rawJson) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(rawJson)));

    internal static string Quote(string? text) =>
        text is null ? "" : text.Length <= TicketLimits.QuotedChars ? text : string.Concat(text.AsSpan(0, TicketLimits.QuotedChars), "…");

    [GeneratedRegex("^[A-Z][A-Z0-9_]*-[1-9][0-9]*$")]
    private static partial Regex KeyPattern();

    [GeneratedRegex("^[A-Z][A-Z0-9_]*$")]
    private static partial Regex ProjectKeyPattern();
}
