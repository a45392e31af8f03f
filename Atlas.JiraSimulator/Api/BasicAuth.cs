using System.Security.Cryptography;
using System.Text;
using Atlas.JiraSimulator.Hosting;

namespace Atlas.JiraSimulator.Api;

/// <summary>HTTP Basic `email:apiToken`, as Jira Cloud takes API tokens; anything else is a 401 (the token is never echoed).</summary>
internal static class BasicAuth
{
    private static readonly byte[] Unauthorized = "{\"message\":\"Client must be authenticated to access this resource.\",\"status-code\":401}"u8.ToArray();

    public static Task Apply(HttpContext context, RequestDelegate next, SimulatorSite site) =>
        IsAuthorized(context.Request, site.Options) ? next(context) : JiraResponses.Bytes(context, 401, Unauthorized);

    private static bool IsAuthorized(HttpRequest request, SimulatorOptions options)
    {
        var header = request.Headers.Authorization.ToString();
        if (!header.StartsWith("Basic ", StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        string credentials;
        try
        {
            credentials = Encoding.UTF8.GetString(Convert.FromBase64String(header["Basic ".Length..].Trim()));
        }
        catch (FormatException)
        {
            return false;
        }

        var colon = credentials.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 &&
            string.Equals(credentials[..colon], options.Email, StringComparison.OrdinalIgnoreCase) &&
            CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(credentials[(colon + 1)..]), Encoding.UTF8.GetBytes(options.ApiToken));
    }
}
