using System.Text.Json.Serialization;

namespace Atlas.Core.Jira;

// Request bodies and the small response shapes of the Jira REST v3 endpoints Atlas calls (see jira-cloud-api.md).

internal sealed record SearchBody(string Jql, IReadOnlyList<string> Fields, int MaxResults, string? NextPageToken, IReadOnlyList<long>? ReconcileIssues);

internal sealed record JqlBody(string Jql);

internal sealed record BulkFetchBody(IReadOnlyList<string> IssueIdsOrKeys, IReadOnlyList<string> Fields);

internal sealed record JqlParseBody(IReadOnlyList<string> Queries);

internal sealed record MyselfWire(string? AccountId, string? DisplayName, string? EmailAddress, string? TimeZone, string? Locale);

internal sealed record ProjectWire(string? Id, string? Key, string? Name);

internal sealed record ProjectPageWire(bool? IsLast, IReadOnlyList<ProjectWire>? Values);

internal sealed record ApproximateCountWire([property: JsonRequired] long Count);

internal sealed record ParsedQueryWire(string? Query, IReadOnlyList<string>? Errors, IReadOnlyList<string>? Warnings);

internal sealed record JqlParseWire(IReadOnlyList<ParsedQueryWire>? Queries);

[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase, DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull)]
[JsonSerializable(typeof(SearchBody))]
[JsonSerializable(typeof(JqlBody))]
[JsonSerializable(typeof(BulkFetchBody))]
[JsonSerializable(typeof(JqlParseBody))]
[JsonSerializable(typeof(MyselfWire))]
[JsonSerializable(typeof(ProjectPageWire))]
[JsonSerializable(typeof(ApproximateCountWire))]
[JsonSerializable(typeof(JqlParseWire))]
internal sealed partial class JiraJsonContext : JsonSerializerContext;
