using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;

namespace Atlas.Core.Configuration;

/// <summary><c>Atlas:Jira:Mcp</c>: the MCP server Atlas reads Jira through when <c>Atlas:Jira:UseMcp</c> is true.</summary>
public sealed class JiraMcpOptions : IValidatableObject
{
    /// <summary>Atlassian's Rovo MCP server (Streamable HTTP, API-token auth when the organisation allows it).</summary>
    public static readonly Uri RovoUrl = new("https://mcp.atlassian.com/v1/mcp");

    /// <summary>Streamable HTTP.</summary>
    public const string HttpTransport = "http";

    /// <summary>A child process's stdin/stdout.</summary>
    public const string StdioTransport = "stdio";

    /// <summary>True when Atlas starts the server as a child process.</summary>
    internal bool IsStdio => Transport == StdioTransport;

    /// <summary><c>http</c> (Streamable HTTP, default) or <c>stdio</c> (a command Atlas starts).</summary>
    [AllowedValues(HttpTransport, StdioTransport, ErrorMessage = "Atlas:Jira:Mcp:Transport must be http or stdio.")]
    public string Transport { get; set; } = HttpTransport;

    /// <summary>The server's endpoint for <c>http</c>. Default Rovo's <c>https://mcp.atlassian.com/v1/mcp</c>; plain http only for loopback.</summary>
    [McpUrl]
    public Uri? Url { get; set; } = RovoUrl;

    /// <summary>For <c>stdio</c>: the program to start, e.g. <c>node</c> or <c>npx</c>.</summary>
    public string? Command { get; set; }

    /// <summary>For <c>stdio</c>: its arguments (in one environment variable: comma-separated). Never put credentials here.</summary>
    public List<string> Arguments { get; set; } = [];

    /// <summary>
    /// For <c>stdio</c>: <c>NAME=VALUE</c> environment variables for the child, where VALUE may be <c>{BaseUrl}</c>,
    /// <c>{Email}</c> or <c>{ApiToken}</c> (filled from <c>Atlas:Jira:*</c>, so the token never sits on a command line).
    /// Empty: the profile's own names. In one environment variable: comma-separated.
    /// </summary>
    public List<string> Environment { get; set; } = [];

    /// <summary>For <c>stdio</c>: the folder to start the command in; default the current one.</summary>
    public string? WorkingDirectory { get; set; }

    /// <summary>Which tools and argument shapes the server has: <c>rovo</c> (default), <c>nexus</c> (@nexus2520/jira-mcp-server) or <c>custom</c> (Rovo-shaped, tool names from <see cref="Tools"/>).</summary>
    [AllowedValues("rovo", "nexus", "custom", ErrorMessage = "Atlas:Jira:Mcp:Profile must be rovo, nexus or custom.")]
    public string Profile { get; set; } = "rovo";

    /// <summary>Rovo's site id; default the site of <c>Atlas:Jira:BaseUrl</c> among <c>getAccessibleAtlassianResources</c>.</summary>
    public string? CloudId { get; set; }

    /// <summary>The Jira account's time zone (IANA id) for servers that cannot tell it; JQL dates are read in it.</summary>
    public string? TimeZone { get; set; }

    /// <summary>The Jira account id, for servers with no current-user tool (nexus); "my tickets" match it.</summary>
    public string? AccountId { get; set; }

    /// <summary>Tool names for the <c>custom</c> profile (Rovo's names by default).</summary>
    [ValidateObjectMembers]
    public McpToolNames Tools { get; set; } = new();

    /// <inheritdoc/>
    public IEnumerable<ValidationResult> Validate(ValidationContext validationContext)
    {
        if (IsStdio && string.IsNullOrWhiteSpace(Command))
        {
            yield return new ValidationResult("Atlas:Jira:Mcp:Command is missing: with Atlas:Jira:Mcp:Transport=stdio, name the MCP server's command (e.g. node or npx).");
        }

        var badVariable = Environment.FirstOrDefault(e => e.IndexOf('=', StringComparison.Ordinal) < 1);
        if (badVariable is not null)
        {
            yield return new ValidationResult($"Atlas:Jira:Mcp:Environment has '{badVariable}', which is not NAME=VALUE.");
        }
    }
}

/// <summary><c>Atlas:Jira:Mcp:Tools</c>: the names of the Rovo-shaped tools, for servers that rename them.</summary>
public sealed class McpToolNames
{
    /// <summary>Lists the sites (cloud ids) the credentials reach. Default <c>getAccessibleAtlassianResources</c>.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Atlas:Jira:Mcp:Tools:Resources must name a tool.")]
    public string Resources { get; set; } = "getAccessibleAtlassianResources";

    /// <summary>The signed-in account. Default <c>atlassianUserInfo</c>.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Atlas:Jira:Mcp:Tools:UserInfo must name a tool.")]
    public string UserInfo { get; set; } = "atlassianUserInfo";

    /// <summary>One issue by key or id. Default <c>getJiraIssue</c>.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Atlas:Jira:Mcp:Tools:GetIssue must name a tool.")]
    public string GetIssue { get; set; } = "getJiraIssue";

    /// <summary>A JQL search page (<c>nextPageToken</c> paging). Default <c>searchJiraIssuesUsingJql</c>.</summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Atlas:Jira:Mcp:Tools:Search must name a tool.")]
    public string Search { get; set; } = "searchJiraIssuesUsingJql";
}
