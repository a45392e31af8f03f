using Atlas.Core.Conflicts;
using Atlas.Core.Lookups;

namespace Atlas.Tests.Conflicts;

/// <summary>Every strategy × every case of the three-way merge, on a real store: what shows, what stays, what is logged.</summary>
public sealed class FieldMergeStoreTests
{
    private const string Local = "2025-08-01";
    private const string Jira = "2025-09-01";

    /// <summary>strategy, case, local value, Jira value, shown due date, override kept, log outcome (null: no log entry), pending.</summary>
    public static TheoryData<string, string, string?, string?, string?, bool, string?, bool> Cases()
    {
        var data = new TheoryData<string, string, string?, string?, string?, bool, string?, bool>();
        foreach (var strategy in ConflictStrategies.All)
        {
            // No conflict: the same answer whatever the strategy.
            data.Add(strategy, "local only", Local, MergeScenario.BaseDue, Local, true, null, false);
            data.Add(strategy, "jira only", MergeScenario.BaseDue, Jira, Jira, false, null, false);
            data.Add(strategy, "both same", Local, Local, Local, false, null, false);
            data.Add(strategy, "cleared locally only", null, MergeScenario.BaseDue, null, true, null, false);
            data.Add(strategy, "cleared in jira only", MergeScenario.BaseDue, null, null, false, null, false);
            data.Add(strategy, "both cleared", null, null, null, false, null, false);

            // Conflicts: Jira's update (an hour after the local edit) is the newer, so NEWEST_WINS takes Jira's.
            foreach (var (name, local, jira) in new[] { ("both different", Local, Jira), ("cleared locally, changed in jira", null, Jira), ("changed locally, cleared in jira", Local, (string?)null) })
            {
                var (shown, kept, outcome) = strategy switch
                {
                    ConflictStrategies.LocalWins => (local, true, FieldOutcomes.KeptLocal),
                    ConflictStrategies.Manual => (local, true, FieldOutcomes.Pending),
                    _ => (jira, false, FieldOutcomes.TookJira),
                };
                data.Add(strategy, name, local, jira, shown, kept, outcome, strategy == ConflictStrategies.Manual);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task WritePage_StrategyAndCase_ShowsKeepsAndLogsAsExpected(
        string strategy, string scenarioName, string? local, string? jira, string? shown, bool overrideKept, string? logged, bool pending)
    {
        using var scenario = new MergeScenario();
        await scenario.WriteBaseAsync();
        await scenario.EditLocallyAsync(local);

        var result = await scenario.SyncAsync(scenario.JiraVersion(jira, scenario.Time.GetUtcNow().AddHours(1)), new ConflictPolicy(strategy));

        var stored = await scenario.ReadAsync();
        var view = stored.ToCachedView(stale: false);
        Assert.True(shown == view.DueDate?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), $"{scenarioName}: shows {view.DueDate}, expected {shown ?? "none"}");
        Assert.Equal("Changed in Jira", view.Summary);
        Assert.Equal(overrideKept, view.Local.Overrides.ContainsKey(MergeFields.DueDate));
        var log = await scenario.LogAsync();
        Assert.Equal(logged, log.SingleOrDefault()?.Outcome);
        if (logged is not null)
        {
            Assert.Equal((MergeScenario.BaseDue, local, jira, strategy), (log[0].Base, log[0].Local, log[0].Jira, log[0].Strategy));
            Assert.True(log[0].Automatic);
        }

        Assert.Equal(pending ? 1 : 0, (await scenario.PendingAsync()).Count);
        Assert.Equal(logged is null ? 0 : 1, result.Conflicts.Detected);
        Assert.Equal(logged is null ? 1 : 0, result.Conflicts.Merged);
        Assert.Equal(pending ? 1 : 0, result.Conflicts.Pending);
        Assert.Equal(logged is not null && !pending ? 1 : 0, result.Conflicts.AutoResolved);
    }
}
