using System.Text.Json;
using Microsoft.Extensions.Configuration;

namespace Atlas.Cli.Infrastructure;

/// <summary>
/// The CLI reads the same settings as the Functions app: the <c>Values</c> of a local.settings.json (git-ignored, so the
/// API token may live there), then environment variables, which win.
/// </summary>
internal static class SettingsLoader
{
    public const string SettingsFileVariable = "ATLAS_SETTINGS";

    public static IConfiguration Load(string? explicitFile = null)
    {
        var builder = new ConfigurationBuilder();
        var file = explicitFile ?? Environment.GetEnvironmentVariable(SettingsFileVariable) ?? FindDefaultFile();
        if (file is not null)
        {
            builder.AddInMemoryCollection(ReadValues(file));
        }

        return builder.AddEnvironmentVariables().Build();
    }

    private static string? FindDefaultFile() =>
        new[] { "local.settings.json", Path.Combine("Atlas.Functions", "local.settings.json") }
            .Select(Path.GetFullPath)
            .FirstOrDefault(File.Exists);

    private static Dictionary<string, string?> ReadValues(string file)
    {
        if (!File.Exists(file))
        {
            throw new FileNotFoundException($"The settings file '{file}' does not exist.", file);
        }

        using var document = JsonDocument.Parse(File.ReadAllText(file), new JsonDocumentOptions { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        return document.RootElement.TryGetProperty("Values", out var values) && values.ValueKind == JsonValueKind.Object
            ? values.EnumerateObject().ToDictionary(v => v.Name.Replace("__", ":", StringComparison.Ordinal), v => ValueText(v.Value))
            : [];
    }

    private static string? ValueText(JsonElement value) =>
        value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText();
}
