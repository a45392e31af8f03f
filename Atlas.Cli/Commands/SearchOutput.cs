using Atlas.Cli.Infrastructure;
using Atlas.Core.Search;

namespace Atlas.Cli.Commands;

/// <summary>Prints a search answer (for <c>search</c> and <c>template</c>) and gives its exit code.</summary>
internal static class SearchOutput
{
    public static int Write(CliConsole console, SearchResponse response, string jql, bool json)
    {
        if (response.Results is { } results)
        {
            WriteResults(console, results, json);
            return ExitCodes.Success;
        }

        var code = ExitCodeOf(response.Outcome);
        console.Error.WriteLine($"atlas: {response.Message}");
        if (json)
        {
            console.WriteJson(new { error = response.Message, exitCode = code, outcome = response.Outcome, errors = response.Errors });
        }
        else
        {
            JqlErrorRendering.Write(console.Error, jql, response.Errors);
        }

        return code;
    }

    public static int ExitCodeOf(SearchOutcome outcome) => outcome switch
    {
        SearchOutcome.Found => ExitCodes.Success,
        SearchOutcome.Invalid or SearchOutcome.NeedsJira => ExitCodes.InvalidInput,
        SearchOutcome.Unreachable => ExitCodes.JiraUnreachable,
        _ => ExitCodes.Failed,
    };

    private static void WriteResults(CliConsole console, SearchResults results, bool json)
    {
        if (json)
        {
            console.WriteJson(results);
        }
        else
        {
            console.Human.Write(SearchRendering.Table(results));
            console.Out.WriteLine(SearchRendering.Summary(results));
        }

        if (results.Message is { } message)
        {
            console.Error.WriteLine($"atlas: {message}");
        }
    }
}
