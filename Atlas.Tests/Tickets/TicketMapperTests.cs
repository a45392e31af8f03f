using System.Text.Json;
using System.Text.Json.Nodes;
using Atlas.Core.Jira;
using Atlas.Core.Tickets;
using Microsoft.Extensions.Logging.Testing;

namespace Atlas.Tests.Tickets;

public sealed class TicketMapperTests
{
    private readonly FakeLogger<TicketMapper> _logger = new();

    [Fact]
    public void Map_CompleteIssue_MapsEveryField()
    {
        var ticket = Accept(JiraIssueJson.Valid());

        Assert.Equal(10001, ticket.Id);
        Assert.Equal("WRKA-1", ticket.Key);
        Assert.Equal("WRKA", ticket.Project);
        Assert.Equal("Login fails on Android", ticket.Summary);
        Assert.Equal("Steps: open the app", ticket.Description);
        Assert.StartsWith("{\"type\":\"doc\"", ticket.DescriptionAdf, StringComparison.Ordinal);
        Assert.Equal("In Progress", ticket.Status);
        Assert.Equal("indeterminate", ticket.StatusCategory);
        Assert.Equal("High", ticket.Priority);
        Assert.Equal("Bug", ticket.IssueType);
        Assert.Equal(new TicketUser("5b10a2844c20165700ede21g", "Mia Krystof"), ticket.Assignee);
        Assert.Equal(new TicketUser("557058:f58131cb", "Reporter User"), ticket.Reporter);
        Assert.Equal(["mobile", "login"], ticket.Labels);
        Assert.Equal(["Backend", "Android"], ticket.Components);
        Assert.Equal(["v1.0"], ticket.FixVersions);
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 9, 15, 0, TimeSpan.FromHours(-8)), ticket.Created);
        Assert.Equal(TimeSpan.FromHours(-8), ticket.Created.Offset);
        Assert.Equal(new DateTimeOffset(2026, 11, 27, 6, 0, 0, new TimeSpan(5, 45, 0)), ticket.Updated);
        Assert.Null(ticket.Resolution);
        Assert.Null(ticket.ResolutionDate);
        Assert.Equal(new DateOnly(2026, 12, 31), ticket.DueDate);
        Assert.Equal("WRKA-100", ticket.ParentKey);
        Assert.Equal("Pixel 8, Android 15", ticket.Environment);
    }

    [Fact]
    public void Map_OptionalFieldsAbsentOrNull_AreEmpty()
    {
        var issue = JiraIssueJson.Valid();
        foreach (var name in new[] { "description", "priority", "assignee", "labels", "components", "fixVersions", "duedate", "parent", "environment" })
        {
            issue.Fields().Remove(name);
        }

        issue.Fields()["reporter"] = null;
        issue.Fields()["status"]!.AsObject().Remove("statusCategory");

        var ticket = Accept(issue);

        Assert.Null(ticket.Description);
        Assert.Null(ticket.DescriptionAdf);
        Assert.Null(ticket.Priority);
        Assert.Null(ticket.Assignee);
        Assert.Null(ticket.Reporter);
        Assert.Empty(ticket.Labels);
        Assert.Null(ticket.DueDate);
        Assert.Null(ticket.ParentKey);
        Assert.Equal("undefined", ticket.StatusCategory);
    }

    [Fact]
    public void Map_Resolved_KeepsResolutionAndDate()
    {
        var issue = JiraIssueJson.Valid();
        issue.Fields()["resolution"] = JsonNode.Parse("""{"id":"10000","name":"Fixed"}""");
        issue.Fields()["resolutiondate"] = "2026-11-27T10:00:00.000+0000";

        var ticket = Accept(issue);

        Assert.Equal("Fixed", ticket.Resolution);
        Assert.Equal(new DateTimeOffset(2026, 11, 27, 10, 0, 0, TimeSpan.Zero), ticket.ResolutionDate);
    }

    [Fact]
    public void Map_RawJsonAndHash_AreOfTheIssueAsSent()
    {
        var json = JiraIssueJson.Valid().ToJsonString();
        var changed = JiraIssueJson.Valid();
        changed.Fields()["summary"] = "Login fails on iOS";

        var ticket = Accept(json);

        Assert.Equal(json, ticket.RawJson);
        Assert.Matches("^[0-9a-f]{64}$", ticket.ContentHash);
        Assert.Equal(ticket.ContentHash, Accept(json).ContentHash);
        Assert.NotEqual(ticket.ContentHash, Accept(changed).ContentHash);
    }

    [Theory]
    [InlineData("key", "\"wrka-1\"", "key", "'wrka-1' is not a Jira issue key")]
    [InlineData("key", "\"WRKA-0\"", "key", "is not a Jira issue key")]
    [InlineData("key", "\"WRKA-01\"", "key", "is not a Jira issue key")]
    [InlineData("key", "\"WRKA 1\"", "key", "is not a Jira issue key")]
    [InlineData("key", "12", "key", "must be a string but is a number")]
    [InlineData("key", null, "key", "is missing")]
    [InlineData("id", null, "id", "is missing")]
    [InlineData("id", "\"10004L\"", "id", "is not a positive whole number ('10004L')")]
    [InlineData("id", "\"-5\"", "id", "is not a positive whole number")]
    [InlineData("id", "\"0\"", "id", "is not a positive whole number")]
    [InlineData("id", "true", "id", "must be a number but is a boolean")]
    [InlineData("fields", null, "fields", "is missing")]
    [InlineData("fields", "[]", "fields", "must be an object but is an array")]
    public void Map_BrokenIdentity_IsRejected(string property, string? json, string field, string reason)
    {
        var issue = JiraIssueJson.Valid();
        Set(issue, property, json);

        var rejection = Reject(issue);

        Assert.Equal(field, rejection.Field);
        Assert.Contains(reason, rejection.Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("summary", null, "fields.summary", "is missing or empty")]
    [InlineData("summary", "\"\"", "fields.summary", "is missing or empty")]
    [InlineData("summary", "5", "fields.summary", "must be a string but is a number")]
    [InlineData("status", null, "fields.status", "is missing")]
    [InlineData("status", "\"Open\"", "fields.status", "must be an object but is a string")]
    [InlineData("status", "{\"id\":\"3\"}", "fields.status.name", "is missing")]
    [InlineData("issuetype", null, "fields.issuetype", "is missing")]
    [InlineData("created", null, "fields.created", "is missing")]
    [InlineData("created", "\"yesterday\"", "fields.created", "'yesterday' is not a Jira timestamp")]
    [InlineData("created", "\"2026-11-27T06:00:00.000\"", "fields.created", "is not a Jira timestamp")]
    [InlineData("updated", "1", "fields.updated", "must be a string but is a number")]
    [InlineData("updated", null, "fields.updated", "is missing")]
    [InlineData("project", null, "fields.project", "is missing")]
    [InlineData("project", "{\"key\":\"wr ka\"}", "fields.project.key", "is not a Jira project key")]
    [InlineData("labels", "\"mobile\"", "fields.labels", "must be an array but is a string")]
    [InlineData("labels", "[\"ok\",1]", "fields.labels[1]", "must be a string but is a number")]
    [InlineData("components", "[\"Backend\"]", "fields.components[0]", "must be an object but is a string")]
    [InlineData("duedate", "\"31/12/2026\"", "fields.duedate", "is not a date like 2026-12-31")]
    [InlineData("resolutiondate", "\"soon\"", "fields.resolutiondate", "is not a Jira timestamp")]
    [InlineData("parent", "{\"key\":\"not a key\"}", "fields.parent.key", "is not a Jira issue key")]
    [InlineData("assignee", "\"Mia\"", "fields.assignee", "must be an object but is a string")]
    [InlineData("description", "42", "fields.description", "must be an ADF document or a string but is a number")]
    [InlineData("priority", "[]", "fields.priority", "must be an object but is an array")]
    public void Map_BrokenField_IsRejectedNamingIt(string name, string? json, string field, string reason)
    {
        var issue = JiraIssueJson.Valid();
        Set(issue.Fields(), name, json);

        var rejection = Reject(issue);

        Assert.Equal(field, rejection.Field);
        Assert.Contains(reason, rejection.Reason, StringComparison.Ordinal);
        Assert.Equal(("WRKA-1", "10001"), (rejection.Key, rejection.Id));
    }

    [Fact]
    public void Map_AbsurdSizes_AreRejected()
    {
        var longSummary = JiraIssueJson.Valid();
        longSummary.Fields()["summary"] = new string('x', 1021);
        var manyLabels = JiraIssueJson.Valid();
        manyLabels.Fields()["labels"] = new JsonArray([.. Enumerable.Range(0, 1001).Select(i => JsonValue.Create($"l{i}"))]);
        var hugeDescription = JiraIssueJson.Valid();
        hugeDescription.Fields()["description"] = new string('d', (1024 * 1024) + 1);

        Assert.Equal("fields.summary", Reject(longSummary).Field);
        Assert.Equal("fields.labels", Reject(manyLabels).Field);
        Assert.Equal("fields.description", Reject(hugeDescription).Field);
        Accept(WithSummary(new string('x', 1020)));
    }

    [Fact]
    public void Map_NotAnObject_IsRejected()
    {
        Assert.Equal("issue", Reject("[1,2]").Field);
        Assert.Equal("issue", Reject("\"WRKA-1\"").Field);
    }

    [Fact]
    public void Map_Rejection_IsLoggedWithKeyIdAndField()
    {
        var issue = JiraIssueJson.Valid();
        issue.Fields()["created"] = "never";

        var rejection = Reject(issue);

        Assert.Equal("Ticket WRKA-1 (id 10001) rejected: fields.created 'never' is not a Jira timestamp", rejection.Message);
        var log = Assert.Single(_logger.Collector.GetSnapshot());
        Assert.Equal("Rejected ticket WRKA-1 (id 10001): fields.created: 'never' is not a Jira timestamp", log.Message);
    }

    [Fact]
    public void MapPage_OneBadIssue_DoesNotStopTheOthers()
    {
        var bad = JiraIssueJson.Valid("10002", "WRKA-2");
        bad.Fields()["updated"] = 1;
        var page = $$"""{"issues":[{{JiraIssueJson.Valid("10001", "WRKA-1")}},{{bad}},{{JiraIssueJson.Valid("10003", "WRKA-3")}}],"isLast":true}""";
        using var parsed = JiraSearchPage.Parse(JsonDocument.Parse(page), null);

        var results = new TicketMapper(_logger).MapPage(parsed).ToList();

        Assert.Equal([true, false, true], results.Select(r => r.IsAccepted));
        Assert.Equal(["WRKA-1", "WRKA-3"], results.Where(r => r.IsAccepted).Select(r => r.Ticket!.Key));
        Assert.Equal("WRKA-2", results[1].Rejection!.Key);
    }

    private TicketRejection Reject(JsonObject issue) => Reject(issue.ToJsonString());

    private TicketRejection Reject(string json)
    {
        var result = new TicketMapper(_logger).Map(JsonDocument.Parse(json).RootElement);
        Assert.False(result.IsAccepted, "expected a rejection");
        return result.Rejection;
    }

    private Ticket Accept(JsonObject issue) => Accept(issue.ToJsonString());

    private Ticket Accept(string json)
    {
        var result = new TicketMapper(_logger).Map(JsonDocument.Parse(json).RootElement);
        Assert.True(result.IsAccepted, result.Rejection?.Message);
        return result.Ticket;
    }

    private static JsonObject WithSummary(string summary)
    {
        var issue = JiraIssueJson.Valid();
        issue.Fields()["summary"] = summary;
        return issue;
    }

    private static void Set(JsonObject target, string name, string? json)
    {
        if (json is null)
        {
            target.Remove(name);
        }
        else
        {
            target[name] = JsonNode.Parse(json);
        }
    }
}
