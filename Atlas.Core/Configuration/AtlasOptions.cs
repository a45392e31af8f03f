using Microsoft.Extensions.Options;

namespace Atlas.Core.Configuration;

/// <summary>The <c>Atlas</c> configuration section (see docs/design.md, Configuration).</summary>
public sealed class AtlasOptions
{
    /// <summary>The configuration section name.</summary>
    public const string SectionName = "Atlas";

    [ValidateObjectMembers]
    public JiraOptions Jira { get; set; } = new();

    [ValidateObjectMembers]
    public SyncOptions Sync { get; set; } = new();

    [ValidateObjectMembers]
    public CacheOptions Cache { get; set; } = new();

    public DatabaseOptions Database { get; set; } = new();

    [ValidateObjectMembers]
    public NotificationOptions Notifications { get; set; } = new();
}

/// <summary>Where the Jira section's settings fail validation, each message names the key to fix.</summary>
[OptionsValidator]
public sealed partial class AtlasOptionsValidator : IValidateOptions<AtlasOptions>;

/// <summary><c>Atlas:Cache</c>: how lookups treat the local copy.</summary>
public sealed class CacheOptions
{
    /// <summary>How old a cached ticket may be before a lookup goes live. Default one hour.</summary>
    [SettingRange("00:00:00", "365.00:00:00", ErrorMessage = "Atlas:Cache:Ttl must be a time span between 00:00:00 and 365.00:00:00.")]
    public TimeSpan Ttl { get; set; } = TimeSpan.FromHours(1);
}

/// <summary><c>Atlas:Notifications</c>: where sync outcomes are announced.</summary>
public sealed class NotificationOptions
{
    /// <summary>JSON POST target for sync success/failure and critical conflicts; none by default.</summary>
    [AbsoluteHttpUrl(ErrorMessage = "Atlas:Notifications:WebhookUrl must be an absolute http(s) URL.")]
    public Uri? WebhookUrl { get; set; }
}
