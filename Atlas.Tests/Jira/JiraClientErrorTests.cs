using System.Net;
using System.Text;
using Atlas.Core.Jira;
using Atlas.Tests.Jira.Fakes;

namespace Atlas.Tests.Jira;

public sealed class JiraClientErrorTests
{
    [Fact]
    public async Task GetMyself_401_SaysWhichSettingsToFixAndWhereToGetAToken()
    {
        var (host, network) = JiraTestHost.WithStub();
        using var _ = host;
        network.Respond(HttpStatusCode.Unauthorized, JiraPayloads.Unauthorized);

        var error = await Assert.ThrowsAsync<JiraAuthenticationException>(() => host.Client.GetMyselfAsync());

        Assert.StartsWith(
            "Jira rejected the credentials (HTTP 401): the API token in Atlas:Jira:ApiToken is invalid or expired, or Atlas:Jira:Email does not own it.",
            error.Message,
            StringComparison.Ordinal);
        Assert.Contains("https://id.atlassian.com/manage-profile/security/api-tokens", error.Message, StringComparison.Ordinal);
        Assert.Contains("https://api.atlassian.com/ex/jira/<cloudId>", error.Message, StringComparison.Ordinal);
        Assert.Contains("Client must be authenticated", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetMyself_401OnScopedTokenAddress_TalksAboutScopedTokens()
    {
        var (host, network) = JiraTestHost.WithStub(new() { ["Atlas:Jira:BaseUrl"] = "https://api.atlassian.com/ex/jira/2bbc6974-df19-4608-a10c-cc3bc207239d" });
        using var _ = host;
        network.Respond(HttpStatusCode.Unauthorized, "Basic authentication with passwords is deprecated.");

        var error = await Assert.ThrowsAsync<JiraAuthenticationException>(() => host.Client.GetMyselfAsync());

        Assert.Contains("needs a scoped API token", error.Message, StringComparison.Ordinal);
        Assert.Contains("Basic authentication with passwords is deprecated.", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetMyself_403WithCaptchaChallenge_SaysToSignInInABrowser()
    {
        var (host, network) = JiraTestHost.WithStub();
        using var _ = host;
        network.Respond(HttpStatusCode.Forbidden, "", r => r.Headers.Add("X-Seraph-LoginReason", "AUTHENTICATION_DENIED"));

        var error = await Assert.ThrowsAsync<JiraForbiddenException>(() => host.Client.GetMyselfAsync());

        Assert.Contains("CAPTCHA", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetMyself_MissingTimeZone_IsRefused()
    {
        var (host, network) = JiraTestHost.WithStub();
        using var _ = host;
        network.Respond(HttpStatusCode.OK, """{"accountId":"abc","displayName":"Person A"}""");

        var error = await Assert.ThrowsAsync<JiraResponseException>(() => host.Client.GetMyselfAsync());

        Assert.Contains("timeZone", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetMyself_HtmlInsteadOfJsonEveryTime_IsRetriedThenAClearError()
    {
        var (host, network) = JiraTestHost.WithStub(new() { ["Atlas:Jira:MaxRetries"] = "1" });
        using var _ = host;
        network.Otherwise = _ => new HttpResponseMessage(HttpStatusCode.OK) { Content = new StringContent("<html>login</html>", Encoding.UTF8, "text/html") };

        var error = await Assert.ThrowsAsync<JiraUnavailableException>(() => host.DriveAsync(host.Client.GetMyselfAsync()));

        Assert.Contains("with 'text/html' instead of JSON", error.Message, StringComparison.Ordinal);
        Assert.Contains("2 attempts", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetMyself_JsonCutShortOnce_IsRetried()
    {
        var (host, network) = JiraTestHost.WithStub();
        using var _ = host;
        var answers = 0;
        network.Otherwise = _ => new HttpResponseMessage(HttpStatusCode.OK)
        {
            Content = new StringContent(Interlocked.Increment(ref answers) == 1 ? """{"accountId":"a1","timeZ""" : """{"accountId":"a1","displayName":"A","timeZone":"UTC"}""", Encoding.UTF8, "application/json"),
        };

        var me = await host.DriveAsync(host.Client.GetMyselfAsync());

        Assert.Equal(("a1", 2), (me.AccountId, answers));
    }

    [Fact]
    public async Task GetMyself_ConnectionRefusedEveryTime_IsUnavailable()
    {
        var (host, network) = JiraTestHost.WithStub(new() { ["Atlas:Jira:MaxRetries"] = "1" });
        using var _ = host;
        network.Otherwise = _ => throw new HttpRequestException(HttpRequestError.ConnectionError, "Connection refused (example.atlassian.net:443)");

        var error = await Assert.ThrowsAsync<JiraUnavailableException>(() => host.DriveAsync(host.Client.GetMyselfAsync()));

        Assert.StartsWith("Could not reach Jira at https://example.atlassian.net/ for the account lookup (/myself): Connection refused", error.Message, StringComparison.Ordinal);
        Assert.Contains("2 attempts", error.Message, StringComparison.Ordinal);
        Assert.Null(error.StatusCode);
    }

    [Fact]
    public async Task CallerCancellation_IsNotTurnedIntoUnavailable()
    {
        var (host, network) = JiraTestHost.WithStub();
        using var _ = host;
        network.Hang();
        using var cancel = new CancellationTokenSource();

        var call = host.Client.GetMyselfAsync(cancel.Token);
        await cancel.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);
    }

    [Fact]
    public async Task Token_NeverAppearsInExceptionsLogsOrToStrings()
    {
        // Every failure kind, with Jira echoing the token back in its error bodies for good measure.
        var (host, network) = JiraTestHost.WithStub(new() { ["Atlas:Jira:MaxRetries"] = "1" });
        using var _ = host;
        var echo = "{\"errorMessages\":[\"bad token " + JiraTestHost.Token + "\"],\"errors\":{}}";
        network.Respond(HttpStatusCode.Unauthorized, echo)
            .Respond(HttpStatusCode.Forbidden, echo)
            .Respond(HttpStatusCode.BadRequest, echo)
            .Respond(HttpStatusCode.Gone, echo)
            .Respond(HttpStatusCode.TooManyRequests, echo).Respond(HttpStatusCode.TooManyRequests, echo)
            .Fail(new HttpRequestException("Connection refused")).Fail(new HttpRequestException("Connection refused"))
            .Respond(HttpStatusCode.OK, JiraPayloads.Myself);
        var errors = new List<Exception>();
        for (var i = 0; i < 6; i++)
        {
            errors.Add(await Assert.ThrowsAnyAsync<JiraException>(() => host.DriveAsync(host.Client.GetMyselfAsync())));
        }

        var me = await host.Client.GetMyselfAsync();

        var sent = network.Requests.Select(r => r.Authorization).Distinct().Single();
        var encoded = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{JiraTestHost.Email}:{JiraTestHost.Token}"));
        Assert.Equal($"Basic {encoded}", sent);
        var texts = errors.Select(e => e.ToString())
            .Concat(host.Logs.GetSnapshot().Select(r => $"{r.Message} {r.Exception} {string.Join(",", r.StructuredState ?? [])}"))
            .Append(me.ToString()).Append(host.Client.ToString()!).Append(host.Counter.Snapshot().ToString())
            .ToList();
        Assert.NotEmpty(host.Logs.GetSnapshot());
        Assert.All(texts, text => Assert.DoesNotContain(JiraTestHost.Token, text, StringComparison.Ordinal));
        Assert.All(texts, text => Assert.DoesNotContain(encoded, text, StringComparison.Ordinal));
    }
}
