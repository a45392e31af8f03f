using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Atlas.Core.Configuration;

/// <summary><c>Atlas:Jira</c>: which Jira Cloud site to mirror and how hard to press it.</summary>
public sealed class JiraOptions
{
    /// <summary><c>https://&lt;site&gt;.atlassian.net</c> or <c>https://api.atlassian.com/ex/jira/&lt;cloudId&gt;</c>; plain http only for loopback.</summary>
    [Required(ErrorMessage = "Atlas:Jira:BaseUrl is missing: set Atlas__Jira__BaseUrl (or JIRA_URL) to https://<site>.atlassian.net.")]
    [JiraBaseUrl]
    public Uri? BaseUrl { get; set; }

    /// <summary>The Atlassian account email that owns the API token.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Atlas:Jira:Email is missing: set Atlas__Jira__Email (or JIRA_EMAIL).")]
    [EmailAddress(ErrorMessage = "Atlas:Jira:Email must be an email address.")]
    public string? Email { get; set; }

    /// <summary>The API token; from the environment or local.settings.json only, never logged.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Atlas:Jira:ApiToken is missing: set Atlas__Jira__ApiToken (or JIRA_API_TOKEN) in the environment or local.settings.json.")]
    public string? ApiToken { get; set; }

    /// <summary>Project keys to mirror, e.g. <c>WRKA</c>, <c>WMB</c>.</summary>
    [ProjectKeys]
    public List<string> Projects { get; set; } = [];

    /// <summary>Client-side ceiling on calls per minute (token bucket), on top of honouring 429/Retry-After. Default 100.</summary>
    [SettingRange(1, 100_000, ErrorMessage = "Atlas:Jira:RequestsPerMinute must be between 1 and 100000.")]
    public int RequestsPerMinute { get; set; } = 100;

    /// <summary>How long one HTTP attempt may take before it is abandoned and retried. Default 30 seconds.</summary>
    [SettingRange("00:00:01", "00:10:00", ErrorMessage = "Atlas:Jira:RequestTimeout must be between 00:00:01 and 00:10:00.")]
    public TimeSpan RequestTimeout { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>Retries after the first attempt for 429, 5xx, timeouts and dropped connections. Default 4.</summary>
    [SettingRange(0, 10, ErrorMessage = "Atlas:Jira:MaxRetries must be between 0 and 10.")]
    public int MaxRetries { get; set; } = 4;

    /// <summary>The first retry's backoff, doubled per retry (jittered, capped at 30 s); a server's Retry-After still wins. Default 2 seconds.</summary>
    [SettingRange("00:00:00", "00:01:00", ErrorMessage = "Atlas:Jira:RetryBaseDelay must be between 00:00:00 and 00:01:00.")]
    public TimeSpan RetryBaseDelay { get; set; } = Jira.JiraRetryDelay.FirstBackoff;

    /// <summary>Fetch through an MCP server (<see cref="Mcp"/>) instead of REST.</summary>
    public bool UseMcp { get; set; }

    /// <summary>The MCP server used when <see cref="UseMcp"/> is true.</summary>
    [ValidateObjectMembers]
    public JiraMcpOptions Mcp { get; set; } = new();
}
