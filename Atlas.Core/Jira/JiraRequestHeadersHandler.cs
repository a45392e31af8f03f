using System.Net.Http.Headers;
using System.Text;
using Atlas.Core.Configuration;
using Microsoft.Extensions.Options;

namespace Atlas.Core.Jira;

/// <summary>Adds Basic authentication, <c>Accept: application/json</c> and Atlas's User-Agent to every Jira request.</summary>
internal sealed class JiraRequestHeadersHandler(IOptionsMonitor<AtlasOptions> options) : DelegatingHandler
{
    private static readonly MediaTypeWithQualityHeaderValue Json = new("application/json");
    private static readonly ProductInfoHeaderValue UserAgent = new("Atlas", "1.0");

    protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        var jira = options.CurrentValue.Jira;
        request.Headers.Authorization = BasicCredentials(jira.Email, jira.ApiToken);
        if (request.Headers.Accept.Count == 0)
        {
            request.Headers.Accept.Add(Json);
        }

        if (request.Headers.UserAgent.Count == 0)
        {
            request.Headers.UserAgent.Add(UserAgent);
        }

        return base.SendAsync(request, cancellationToken);
    }

    // Read per request so a rotated token (configuration reload) is used without a restart.
    private static AuthenticationHeaderValue BasicCredentials(string? email, string? apiToken) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{email}:{apiToken}")));
}
