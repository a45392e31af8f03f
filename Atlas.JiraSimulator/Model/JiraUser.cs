namespace Atlas.JiraSimulator.Model;

/// <summary>A Jira account; <see cref="EmailAddress"/> is null when the user's privacy settings hide it.</summary>
internal sealed record JiraUser(
    string AccountId,
    string DisplayName,
    string? EmailAddress,
    string AccountType,
    bool Active,
    string TimeZone,
    string Locale,
    string AvatarSlug);
