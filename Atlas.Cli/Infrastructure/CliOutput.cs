using System.Text.Json;
using Atlas.Core;

namespace Atlas.Cli.Infrastructure;

/// <summary>Writes the one JSON document a <c>--json</c> command prints, and failures in the same shape.</summary>
internal static class CliOutput
{
    public static void WriteJson<T>(this CliConsole console, T document) =>
        console.Out.WriteLine(JsonSerializer.Serialize(document, AtlasJson.Options));

    /// <summary>Reports a failure: always a line on stderr; with --json also <c>{"error": ..., "exitCode": ...}</c> on stdout.</summary>
    public static int Fail(this CliConsole console, CliFailure failure, bool json)
    {
        console.Error.WriteLine($"atlas: {failure.Message}");
        if (json)
        {
            console.WriteJson(new { error = failure.Message, exitCode = failure.ExitCode });
        }

        return failure.ExitCode;
    }
}
