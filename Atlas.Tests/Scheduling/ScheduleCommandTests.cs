using System.Text;
using System.Text.Json;
using Atlas.Cli;
using Atlas.Cli.Infrastructure;
using Atlas.JiraSimulator;
using Atlas.Tests.Functions;
using Microsoft.Data.Sqlite;

namespace Atlas.Tests.Scheduling;

/// <summary><c>atlas schedule</c> end to end: the real command line, settings file, clock and simulator.</summary>
public sealed class ScheduleCommandTests
{
    [Fact]
    public async Task Schedule_EveryTwoSeconds_RunsSyncsUntilCancelledThenStopsCleanly()
    {
        await using var jira = await SimulatedJira.StartAsync(new SimulatorOptions { Tickets = 30 });
        using var folder = new TempFolder();
        var settings = folder.WriteSettings(jira, ("Atlas__Sync__Schedule", "*/2 * * * * *"));
        var (output, errors) = (new LineWriter(), new LineWriter());
        using var stop = new CancellationTokenSource();

        var command = AtlasCli.RunAsync(["schedule", "--json", "--settings", settings], new CliConsole(output, errors, interactive: false), stop.Token);
        await Eventually.TrueAsync(() => output.Lines.Length >= 2 || command.IsCompleted, seconds: 60);
        await stop.CancelAsync();
        var exitCode = await command.WaitAsync(TimeSpan.FromSeconds(30));

        Assert.True(exitCode == ExitCodes.Success, errors.ToString());
        var reports = output.Lines.Select(line => JsonDocument.Parse(line).RootElement).ToList();
        Assert.True(reports.Count >= 2, output.ToString());
        Assert.All(reports.Take(2), r => Assert.Equal(("success", "schedule"), (r.GetProperty("status").GetString(), r.GetProperty("trigger").GetString())));
        Assert.Equal(["full", "incremental"], reports.Take(2).Select(r => r.GetProperty("mode").GetString()));
        Assert.Equal(30, reports[0].GetProperty("created").GetInt32());
        Assert.Contains("next sync at", errors.ToString(), StringComparison.Ordinal);
        Assert.Contains("schedule stopped", errors.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Schedule_AutoSyncOff_ExitsWithInvalidConfiguration()
    {
        await using var jira = await SimulatedJira.StartAsync(new SimulatorOptions { Tickets = 5 });
        using var folder = new TempFolder();
        var settings = folder.WriteSettings(jira, ("Atlas__Sync__AutoSync", "false"));
        var (output, errors) = (new LineWriter(), new LineWriter());

        var exitCode = await AtlasCli.RunAsync(["schedule", "--settings", settings], new CliConsole(output, errors, interactive: false));

        Assert.Equal(ExitCodes.InvalidInput, exitCode);
        Assert.Contains("Atlas:Sync:AutoSync is false", errors.ToString(), StringComparison.Ordinal);
    }

    /// <summary>A text writer that several threads may write to while the test reads whole lines.</summary>
    private sealed class LineWriter : StringWriter
    {
        private readonly Lock _gate = new();

        public string[] Lines
        {
            get
            {
                lock (_gate)
                {
                    return base.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries);
                }
            }
        }

        public override void Write(char value)
        {
            lock (_gate)
            {
                base.Write(value);
            }
        }

        public override void Write(string? value)
        {
            lock (_gate)
            {
                base.Write(value);
            }
        }

        public override void WriteLine(string? value)
        {
            lock (_gate)
            {
                base.WriteLine(value);
            }
        }

        public override string ToString()
        {
            lock (_gate)
            {
                return base.ToString();
            }
        }
    }

    private sealed class TempFolder : IDisposable
    {
        private readonly string _path = Directory.CreateTempSubdirectory("atlas-schedule-").FullName;

        public string WriteSettings(SimulatedJira jira, params (string Key, string Value)[] extra)
        {
            var values = new Dictionary<string, string>
            {
                ["Atlas__Jira__BaseUrl"] = jira.BaseUrl,
                ["Atlas__Jira__Email"] = jira.Email,
                ["Atlas__Jira__ApiToken"] = jira.ApiToken,
                ["Atlas__Jira__Projects"] = "WRKA,WMB,QA,PAY,MOB",
                ["Atlas__Jira__RequestsPerMinute"] = "100000",
                ["Atlas__Database__Path"] = Path.Combine(_path, "atlas.db"),
            };
            foreach (var (key, value) in extra)
            {
                values[key] = value;
            }

            var file = Path.Combine(_path, "local.settings.json");
            File.WriteAllText(file, JsonSerializer.Serialize(new { IsEncrypted = false, Values = values }), Encoding.UTF8);
            return file;
        }

        public void Dispose()
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(_path, recursive: true);
        }
    }
}
