using System.Text.Json;
using Atlas.Core.Jira;
using Atlas.Functions.Http;
using Microsoft.AspNetCore.Http;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Testing;
using NSubstitute;

namespace Atlas.Tests.Functions;

public sealed class ProblemDetailsMiddlewareTests
{
    [Fact]
    public async Task Invoke_JiraUnreachableEscapes_Writes503Problem()
    {
        var (context, http) = Invocation();

        await Middleware().Invoke(context, _ => throw new JiraUnavailableException("Jira did not answer after 5 attempts (HTTP 502)."));

        Assert.Equal(503, http.Response.StatusCode);
        Assert.Equal("application/problem+json", http.Response.ContentType);
        var body = Body(http);
        Assert.Equal("Jira cannot be reached", body.GetProperty("title").GetString());
        Assert.Equal("Jira did not answer after 5 attempts (HTTP 502).", body.GetProperty("detail").GetString());
        Assert.Equal("/api/sync/status", body.GetProperty("instance").GetString());
    }

    [Fact]
    public async Task Invoke_UnexpectedException_Writes500WithoutItsDetails()
    {
        var (context, http) = Invocation();
        var logs = new FakeLogCollector();

        await Middleware(logs).Invoke(context, _ => throw new InvalidOperationException("/home/tester/secret/path exploded"));

        Assert.Equal(500, http.Response.StatusCode);
        var body = Body(http);
        Assert.Equal("Atlas failed to answer", body.GetProperty("title").GetString());
        Assert.DoesNotContain("secret", body.GetRawText(), StringComparison.Ordinal);
        Assert.IsType<InvalidOperationException>(Assert.Single(logs.GetSnapshot()).Exception);
    }

    [Fact]
    public async Task Invoke_NoHttpContext_LetsTheExceptionThrough()
    {
        var context = Substitute.For<FunctionContext>();
        context.Items.Returns(new Dictionary<object, object>());

        await Assert.ThrowsAsync<InvalidOperationException>(() => Middleware().Invoke(context, _ => throw new InvalidOperationException("timer failed")));
    }

    [Fact]
    public async Task Invoke_NoException_LeavesTheResponseAlone()
    {
        var (context, http) = Invocation();

        await Middleware().Invoke(context, _ => Task.CompletedTask);

        Assert.Equal(200, http.Response.StatusCode);
        Assert.Equal(0, http.Response.Body.Length);
    }

    private static ProblemDetailsMiddleware Middleware(FakeLogCollector? logs = null) =>
        new(new FakeLogger<ProblemDetailsMiddleware>(logs ?? new FakeLogCollector()));

    private static (FunctionContext Context, HttpContext Http) Invocation()
    {
        var services = new ServiceCollection().AddLogging().BuildServiceProvider();
        var http = new DefaultHttpContext { RequestServices = services };
        http.Request.Path = "/api/sync/status";
        http.Response.Body = new MemoryStream();
        var context = Substitute.For<FunctionContext>();
        // The key under which the worker's ASP.NET Core integration keeps the invocation's HttpContext.
        context.Items.Returns(new Dictionary<object, object> { ["HttpRequestContext"] = http });
        context.FunctionDefinition.Name.Returns("SyncStatus");
        return (context, http);
    }

    private static JsonElement Body(HttpContext http)
    {
        http.Response.Body.Position = 0;
        return JsonDocument.Parse(http.Response.Body).RootElement;
    }
}
