namespace Atlas.JiraSimulator.Hosting;

internal static partial class SimulatorLog
{
    [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "{Method} {Path}{Query} -> {Status} in {ElapsedMs:0.0} ms")]
    public static partial void RequestHandled(ILogger logger, string method, string path, string query, int status, double elapsedMs);
}
