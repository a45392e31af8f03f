using System.Text.Json;
using Atlas.Core;
using Atlas.Core.Search;
using Atlas.Core.Sync;
using Atlas.JiraSimulator;
using Atlas.Tests.Sync;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace Atlas.Tests.Search;

/// <summary>
/// A simulated site and Atlas wired to it, both on one fake clock (so <c>now()</c> and periods agree), its tickets
/// edited at chosen local times so statuses, users, labels, due dates, text and resolutions vary, then synced once.
/// Shared by a test class (a fixture): building it takes a few seconds.
/// </summary>
public abstract class SearchSite : IAsyncLifetime
{
    /// <summary>When the simulator generates its data; edits follow on the fake clock up to <see cref="Now"/>.</summary>
    public static readonly DateTimeOffset Generated = new(2026, 11, 21, 20, 0, 0, TimeSpan.Zero);

    /// <summary>Wednesday 2026-11-25 20:00 UTC: 12:00 in Los Angeles, Thursday 01:45 in Kathmandu.</summary>
    public static readonly DateTimeOffset Now = new(2026, 11, 25, 20, 0, 0, TimeSpan.Zero);

    private string _folder = "";

    public FakeTimeProvider Time { get; } = new(Generated);

    public SimulatedJira Jira { get; private set; } = null!;

    public ServiceProvider Services { get; private set; } = null!;

    public SearchService Search => Services.GetRequiredService<SearchService>();

    public string DatabasePath => Path.Combine(_folder, "atlas.db");

    /// <summary>Values the queries refer to, found on the generated site (users, an epic) or made by the edits.</summary>
    public Dictionary<string, string> Values { get; } = new(StringComparer.Ordinal);

    protected abstract string TimeZone { get; }

    protected abstract string Locale { get; }

    protected abstract int Tickets { get; }

    /// <summary>The edits, made in order; each sets the fake clock first.</summary>
    protected abstract IEnumerable<(DateTimeOffset At, string Key, TicketUpdate Update)> Edits();

    public async Task InitializeAsync()
    {
        Jira = await SimulatedJira.StartAsync(new SimulatorOptions { Tickets = Tickets, Seed = 5, TimeProvider = Time, TimeZone = TimeZone, Locale = Locale });
        FindUsers();
        foreach (var (at, key, update) in Edits())
        {
            Time.SetUtcNow(at);
            Jira.Control.UpdateTicket(key, update);
        }

        Customize();
        Time.SetUtcNow(Now);
        _folder = Directory.CreateTempSubdirectory("atlas-search-").FullName;
        Services = BuildServices(Jira, Time, _folder);
        var report = await Services.GetRequiredService<SyncEngine>().RunAsync(new SyncRequest { Full = true, Trigger = "test" });
        Assert.Equal(SyncStatus.Success, report.Status);
    }

    /// <summary>Adds, deletes or moves tickets after the edits; the clock is at the last edit.</summary>
    protected virtual void Customize()
    {
    }

    /// <summary>Replaces <c>{name}</c> in a query with <see cref="Values"/>.</summary>
    public string Fill(string query) => Values.Aggregate(query, (text, pair) => text.Replace("{" + pair.Key + "}", pair.Value, StringComparison.Ordinal));

    public static ServiceProvider BuildServices(SimulatedJira jira, TimeProvider time, string folder, IDictionary<string, string?>? overrides = null)
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(SyncHarness.Settings(jira, folder, null, overrides)).Build();
        return new ServiceCollection().AddLogging().AddSingleton(time).AddAtlasCore(configuration).BuildServiceProvider();
    }

    public async Task DisposeAsync()
    {
        await Services.DisposeAsync();
        await Jira.DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    /// <summary>Users seen on the first tickets (one with an ASCII name and an email, one whose name is not ASCII) and WRKA's components.</summary>
    private void FindUsers()
    {
        var fields = Jira.Control.Tickets().Take(400)
            .Select(t => JsonDocument.Parse(Jira.Control.GetTicketJson(t.Key)!).RootElement.GetProperty("fields"))
            .ToList();
        var components = fields.Where(f => f.GetProperty("project").GetProperty("key").GetString() == "WRKA")
            .SelectMany(f => f.GetProperty("components").EnumerateArray().Select(c => c.GetProperty("name").GetString()!))
            .GroupBy(name => name).OrderByDescending(group => group.Count()).Select(group => group.Key).ToList();
        Values["component"] = components[0];
        Values["otherComponent"] = components[1];
        var users = fields
            .SelectMany(fields => new[] { fields.GetProperty("assignee"), fields.GetProperty("reporter") })
            .Where(user => user.ValueKind == JsonValueKind.Object)
            .Select(user => (Id: user.GetProperty("accountId").GetString()!, Name: user.GetProperty("displayName").GetString()!,
                Email: user.TryGetProperty("emailAddress", out var email) ? email.GetString() : null))
            .Where(user => user.Name is not ("QA Tester" or "Automation for Jira"))
            .DistinctBy(user => user.Id)
            .ToList();
        var ascii = users.First(user => user.Name.All(char.IsAscii) && user.Email is not null);
        var unicode = users.First(user => !user.Name.All(char.IsAscii));
        Values["asciiUser"] = ascii.Name;
        Values["asciiUserId"] = ascii.Id;
        Values["asciiUserEmail"] = ascii.Email!.ToUpperInvariant();
        Values["unicodeUser"] = unicode.Name;
        Values["unicodeUserUpper"] = unicode.Name.ToUpperInvariant();
        Values["otherUserId"] = users.First(user => user.Id != ascii.Id && user.Id != unicode.Id).Id;
    }
}
