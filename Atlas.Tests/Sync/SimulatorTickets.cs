using System.Text.Json;
using Atlas.JiraSimulator;

namespace Atlas.Tests.Sync;

/// <summary>Picks simulator tickets for scenarios.</summary>
internal static class SimulatorTickets
{
    /// <summary>Sub-tasks: deleting one removes exactly one ticket (deleting a parent takes its sub-tasks along).</summary>
    public static IEnumerable<string> SubTaskKeys(SimulatorControl control) =>
        control.Tickets().Select(t => t.Key).Where(key => IsSubTask(control, key));

    private static bool IsSubTask(SimulatorControl control, string key)
    {
        using var json = JsonDocument.Parse(control.GetTicketJson(key)!);
        return json.RootElement.GetProperty("fields").GetProperty("issuetype").GetProperty("subtask").GetBoolean();
    }
}
