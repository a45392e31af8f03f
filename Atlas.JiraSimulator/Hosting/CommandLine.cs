using System.Globalization;

namespace Atlas.JiraSimulator.Hosting;

/// <summary>Parses `dotnet run --project Atlas.JiraSimulator -- [options]`.</summary>
internal static partial class CommandLine
{
    public sealed record Result(SimulatorOptions? Options, string? Error, bool ShowHelp);

    public static Result Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (name is "--help" or "-h" or "-?")
            {
                return new Result(null, null, true);
            }

            if (!Known.Contains(name))
            {
                return new Result(null, $"unknown option '{name}'.", false);
            }

            if (name == "--quiet")
            {
                values[name] = "true";
                continue;
            }

            if (i + 1 >= args.Count)
            {
                return new Result(null, $"option '{name}' needs a value.", false);
            }

            values[name] = args[++i];
        }

        try
        {
            return new Result(Build(values), null, false);
        }
        catch (FormatException e)
        {
            return new Result(null, e.Message, false);
        }
    }

    private static int Int(Dictionary<string, string> values, string name, int fallback) =>
        !values.TryGetValue(name, out var text) ? fallback
        : int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value) ? value
        : throw new FormatException($"option '{name}' expects a whole number, got '{text}'.");

    private static double Number(Dictionary<string, string> values, string name, double fallback) =>
        !values.TryGetValue(name, out var text) ? fallback
        : double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) ? value
        : throw new FormatException($"option '{name}' expects a number, got '{text}'.");
}
