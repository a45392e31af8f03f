using System.Net;
using System.Net.Sockets;
using System.Text;
using Atlas.Core.Jira;
using Atlas.Tests.Jira.Fakes;
using Microsoft.Extensions.Time.Testing;

namespace Atlas.Tests.Jira;

/// <summary>Real HTTP on 127.0.0.1: the handler chain, the path prefix and network failures as sockets see them.</summary>
public sealed class JiraClientHttpTests
{
    [Fact]
    public async Task GetMyself_RealHttp_SendsAuthAcceptAndUserAgentUnderThePathPrefix()
    {
        await using var server = new TcpJiraServer().Reply(200, JiraPayloads.Myself);
        using var host = Host(server.BaseUrl);

        var me = await host.DriveAsync(host.Client.GetMyselfAsync());

        Assert.Equal("Australia/Sydney", me.TimeZone);
        var request = Assert.Single(server.Requests);
        var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{JiraTestHost.Email}:{JiraTestHost.Token}"));
        Assert.StartsWith("GET /ex/jira/cloud-123/rest/api/3/myself HTTP/1.1\r\n", request, StringComparison.Ordinal);
        Assert.Contains($"\r\nAuthorization: Basic {basic}\r\n", request, StringComparison.Ordinal);
        Assert.Contains("\r\nAccept: application/json\r\n", request, StringComparison.Ordinal);
        Assert.Contains("\r\nUser-Agent: Atlas/1.0\r\n", request, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Search_RealHttp_PostsTheJsonBody()
    {
        await using var server = new TcpJiraServer().Reply(200, JiraPayloads.SearchPage(null, true, 1));
        using var host = Host(server.BaseUrl);

        await host.DriveAsync(FirstPageAsync(host.Client));

        var request = Assert.Single(server.Requests);
        Assert.StartsWith("POST /ex/jira/cloud-123/rest/api/3/search/jql HTTP/1.1\r\n", request, StringComparison.Ordinal);
        Assert.Contains("Content-Type: application/json; charset=utf-8", request, StringComparison.Ordinal);
        Assert.EndsWith("""{"jql":"project = WRKA","fields":["id"],"maxResults":5000}""", request, StringComparison.Ordinal);
    }

    [Fact]
    public async Task GetMyself_ConnectionDroppedThenSuccess_Retries()
    {
        await using var server = new TcpJiraServer().Drop().Reply(200, JiraPayloads.Myself);
        using var host = Host(server.BaseUrl);

        var me = await host.DriveAsync(host.Client.GetMyselfAsync());

        Assert.Equal("Mia Krystof", me.DisplayName);
        Assert.Equal(2, server.Requests.Count);
        Assert.Equal(2, host.Counter.Snapshot().Calls);
    }

    [Fact]
    public async Task GetMyself_TruncatedBodyThenSuccess_Retries()
    {
        await using var server = new TcpJiraServer().Truncate(JiraPayloads.Myself[..40]).Reply(200, JiraPayloads.Myself);
        using var host = Host(server.BaseUrl);

        var me = await host.DriveAsync(host.Client.GetMyselfAsync());

        Assert.Equal("Mia Krystof", me.DisplayName);
        Assert.Equal(2, server.Requests.Count);
    }

    [Fact]
    public async Task GetMyself_ConnectionRefused_IsUnavailableAfterRetries()
    {
        using var host = Host(new Uri($"http://127.0.0.1:{ClosedPort()}"), maxRetries: 1);

        var error = await Assert.ThrowsAsync<JiraUnavailableException>(() => host.DriveAsync(host.Client.GetMyselfAsync()));

        Assert.StartsWith("Could not reach Jira at http://127.0.0.1:", error.Message, StringComparison.Ordinal);
        Assert.Contains("(2 attempts)", error.Message, StringComparison.Ordinal);
        Assert.Equal(2, host.Counter.Snapshot().Calls);
    }

    [Fact]
    public async Task GetIssue_RealHttp404_IsNull()
    {
        await using var server = new TcpJiraServer().Reply(404, """{"errorMessages":["Issue does not exist or you do not have permission to see it."],"errors":{}}""");
        using var host = Host(server.BaseUrl);

        var issue = await host.DriveAsync(host.Client.GetIssueAsync("WRKA-404"));

        Assert.Null(issue);
        Assert.StartsWith("GET /ex/jira/cloud-123/rest/api/3/issue/WRKA-404?fields=summary,description,status,", server.Requests.Single(), StringComparison.Ordinal);
    }

    // The attempt timeout runs on the fake clock, which the test moves fast: make it long enough for real sockets.
    private static JiraTestHost Host(Uri baseUrl, int maxRetries = 4) => JiraTestHost.Create(
        new SocketsHttpHandler(),
        new FakeTimeProvider(new DateTimeOffset(2026, 11, 27, 14, 0, 0, TimeSpan.Zero)),
        new()
        {
            ["Atlas:Jira:BaseUrl"] = baseUrl.ToString(),
            ["Atlas:Jira:RequestTimeout"] = "00:10:00",
            ["Atlas:Jira:MaxRetries"] = maxRetries.ToString(System.Globalization.CultureInfo.InvariantCulture),
        });

    private static int ClosedPort()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return port;
    }

    private static async Task<int> FirstPageAsync(JiraClient client)
    {
        await foreach (var page in client.SearchAsync(new JiraSearchRequest { Jql = "project = WRKA", Fields = JiraFields.IdOnly }))
        {
            return page.Issues.Count;
        }

        return 0;
    }
}
