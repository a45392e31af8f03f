using System.ComponentModel.DataAnnotations;
using System.Text.RegularExpressions;

namespace Atlas.Core.Configuration;

/// <summary>An absolute https URL; plain http only for a loopback host (the simulator), because the token travels in every request.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class JiraBaseUrlAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        value is not Uri uri || JiraUrlRules.Problem(uri) is not { } problem
            ? ValidationResult.Success
            : new ValidationResult($"Atlas:Jira:BaseUrl {problem}");
}

/// <summary>An absolute http or https URL.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class AbsoluteHttpUrlAttribute : ValidationAttribute
{
    public override bool IsValid(object? value) =>
        value is not Uri uri || (uri.IsAbsoluteUri && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp));
}

/// <summary>At least one Jira project key, each shaped like <c>WRKA</c>.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed partial class ProjectKeysAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        var keys = value as IEnumerable<string> ?? [];
        if (!keys.Any())
        {
            return new ValidationResult("Atlas:Jira:Projects is missing: set Atlas__Jira__Projects=KEY1,KEY2 (or Atlas__Jira__Projects__0=KEY1).");
        }

        var bad = keys.FirstOrDefault(k => !ProjectKey().IsMatch(k));
        return bad is null
            ? ValidationResult.Success
            : new ValidationResult($"Atlas:Jira:Projects has '{bad}', which is not a Jira project key (letters, digits and _, starting with a letter).");
    }

    [GeneratedRegex("^[A-Z][A-Z0-9_]{0,254}$")]
    private static partial Regex ProjectKey();
}

/// <summary>The rules a Jira base URL must follow.</summary>
public static class JiraUrlRules
{
    /// <summary>Why <paramref name="uri"/> cannot be a Jira base URL, or null when it can.</summary>
    public static string? Problem(Uri uri)
    {
        if (!uri.IsAbsoluteUri || (uri.Scheme != Uri.UriSchemeHttps && uri.Scheme != Uri.UriSchemeHttp))
        {
            return "must be an absolute URL such as https://<site>.atlassian.net.";
        }

        if (uri.Scheme == Uri.UriSchemeHttp && !uri.IsLoopback)
        {
            return "must use https: the API token would travel in clear text (plain http is allowed only for localhost).";
        }

        return string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment)
            ? null
            : "must not have a query string or fragment.";
    }
}

/// <summary>
/// A range whose message is always our own: the options source generator replaces <see cref="RangeAttribute"/>
/// with a copy that ignores <c>ErrorMessage</c>, and our messages must name the setting's key.
/// </summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class SettingRangeAttribute : RangeAttribute
{
    public SettingRangeAttribute(int minimum, int maximum)
        : base(minimum, maximum)
    {
    }

    public SettingRangeAttribute(string minimumTimeSpan, string maximumTimeSpan)
        : base(typeof(TimeSpan), minimumTimeSpan, maximumTimeSpan)
    {
    }

    public override string FormatErrorMessage(string name) => ErrorMessageString;
}

/// <summary>An NCRONTAB expression (6 fields with seconds, or 5), as the Functions timer takes.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class NcrontabAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        value is not string { Length: > 0 } text || string.IsNullOrWhiteSpace(text) || Scheduling.SyncSchedule.Problem(text.Trim()) is not { } problem
            ? ValidationResult.Success
            : new ValidationResult($"Atlas:Sync:Schedule '{text}' is not an NCRONTAB expression such as '0 0 6 * * *': {problem}");
}

/// <summary>An MCP endpoint: absolute https; plain http only for a loopback host, because credentials travel in every request.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class McpUrlAttribute : ValidationAttribute
{
    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext) =>
        value is not Uri uri || JiraUrlRules.Problem(uri) is not { } problem
            ? ValidationResult.Success
            : new ValidationResult($"Atlas:Jira:Mcp:Url {problem.Replace("https://<site>.atlassian.net", JiraMcpOptions.RovoUrl.ToString(), StringComparison.Ordinal)}");
}

/// <summary>JQL the local cache can evaluate; the message names the setting <paramref name="key"/>.</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class OfflineJqlAttribute(string key) : ValidationAttribute
{
    public string Key { get; } = key;

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        if (value is not string { Length: > 0 } text || string.IsNullOrWhiteSpace(text))
        {
            return ValidationResult.Success;
        }

        var parsed = Jql.Jql.Parse(text);
        var problem = parsed.Errors.Concat(parsed.OfflineBlockers).FirstOrDefault();
        return problem is null
            ? ValidationResult.Success
            : new ValidationResult($"{Key} '{text}' cannot be used: {problem.Message}");
    }
}
