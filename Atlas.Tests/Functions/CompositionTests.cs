using System.Reflection;
using Atlas.Core.Configuration;
using Atlas.Core.Status;
using Atlas.Functions;
using Microsoft.Azure.Functions.Worker;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using NSubstitute;

namespace Atlas.Tests.Functions;

/// <summary>The worker host built with the app's own registrations (as Program.cs builds it) can serve every function.</summary>
public sealed class CompositionTests
{
    [Fact]
    public void Build_ValidSettings_ActivatesEveryFunctionClassAndValidatesOptions()
    {
        using var host = FunctionsHarness.BuildHost(ValidSettings());
        var activator = host.Services.GetRequiredService<IFunctionActivator>();
        using var scope = host.Services.CreateScope();
        var context = Substitute.For<FunctionContext>();
        context.InstanceServices.Returns(scope.ServiceProvider);

        var created = FunctionClasses().Select(type => activator.CreateInstance(type, context)).ToList();

        Assert.Equal(
            ["ConflictFunctions", "DailySyncFunction", "HealthFunction", "LocalEditFunction", "SearchFunctions", "SyncFunctions", "SyncStatusFunctions", "TemplateFunctions", "TicketFunctions", "ValidateFunction"],
            created.Select(function => function!.GetType().Name).Order(StringComparer.Ordinal));
        Assert.All(created, Assert.NotNull);
        Assert.Null(AtlasFunctionsApp.StartupProblem(host.Services));
        var options = host.Services.GetRequiredService<IOptions<AtlasOptions>>().Value;
        Assert.Equal(new Uri("https://example.atlassian.net"), options.Jira.BaseUrl);
        Assert.Equal(["WRKA", "WMB"], options.Jira.Projects);
    }

    [Fact]
    public async Task Build_SyncScheduleOnly_BecomesTheWorkersScheduleForStatus()
    {
        var settings = ValidSettings();
        settings["SyncSchedule"] = "0 30 7 * * *";
        using var host = FunctionsHarness.BuildHost(settings);

        var options = host.Services.GetRequiredService<IOptions<AtlasOptions>>().Value;
        var status = await host.Services.GetRequiredService<SyncStatusService>().GetStatusAsync();

        Assert.Equal("0 30 7 * * *", options.Sync.Schedule);
        Assert.Equal((7, 30), (status.NextRunAt!.Value.ToLocalTime().Hour, status.NextRunAt.Value.ToLocalTime().Minute));
    }

    [Theory]
    [InlineData("Atlas:Jira:ApiToken", null, "Atlas:Jira:ApiToken is missing")]
    [InlineData("Atlas:Jira:BaseUrl", "http://jira.example.com", "Atlas:Jira:BaseUrl must use https")]
    [InlineData("Atlas:Sync:MaxAttempts", "0", "Atlas:Sync:MaxAttempts must be between 1 and 10")]
    [InlineData("Atlas:Sync:RetryDelay", "2.00:00:00", "Atlas:Sync:RetryDelay must be between")]
    [InlineData("SyncSchedule", null, "SyncSchedule is missing")]
    [InlineData("Atlas:Sync:Schedule", "0 0 7 * * *", "differs from SyncSchedule")]
    public void StartupProblem_BadSetting_IsOneLineNamingTheKey(string key, string? value, string expected)
    {
        var settings = ValidSettings();
        settings[key] = value;
        using var host = FunctionsHarness.BuildHost(settings);

        var problem = AtlasFunctionsApp.StartupProblem(host.Services);

        Assert.NotNull(problem);
        Assert.Contains(expected, problem, StringComparison.Ordinal);
        Assert.DoesNotContain("\n", problem, StringComparison.Ordinal);
        Assert.DoesNotContain("not-a-real-token", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Compose_ValidSettings_RegistersTheBackgroundSyncWorkerAsAHostedService()
    {
        var services = FunctionsHarness.Compose(ValidSettings()).Services;

        Assert.Single(services, s => s.ServiceType == typeof(IHostedService) && s.ImplementationType == typeof(Atlas.Core.Sync.BackgroundSyncWorker));
    }

    internal static Dictionary<string, string?> ValidSettings() => new()
    {
        ["SyncSchedule"] = "0 0 6 * * *",
        ["Atlas:Jira:BaseUrl"] = "https://example.atlassian.net",
        ["Atlas:Jira:Email"] = "qa@example.com",
        ["Atlas:Jira:ApiToken"] = "not-a-real-token",
        ["Atlas:Jira:Projects"] = "WRKA,WMB",
        ["Atlas:Database:Path"] = Path.Combine(Path.GetTempPath(), $"atlas-composition-{Guid.NewGuid():N}.db"),
    };

    private static IEnumerable<Type> FunctionClasses() =>
        typeof(AtlasFunctionsApp).Assembly.GetTypes()
            .Where(type => type.GetMethods().Any(method => method.GetCustomAttribute<FunctionAttribute>() is not null));
}
