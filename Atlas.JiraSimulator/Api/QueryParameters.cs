using System.Globalization;

namespace Atlas.JiraSimulator.Api;

/// <summary>Reads Jira-style query parameters: repeated and/or comma-separated lists, typed numbers.</summary>
internal static class QueryParameters
{
    public static IReadOnlyList<string> List(HttpRequest request, string name) =>
        [.. request.Query[name].SelectMany(v => (v ?? "").Split(',')).Select(v => v.Trim()).Where(v => v.Length > 0)];

    public static string? Text(HttpRequest request, string name) =>
        request.Query.TryGetValue(name, out var values) ? values.ToString() : null;

    /// <summary>The integer value, null when absent; throws <see cref="BadRequestException"/> when not a number.</summary>
    public static int? Int(HttpRequest request, string name)
    {
        var text = Text(request, name);
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return int.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var value)
            ? value
            : throw new BadRequestException($"The value '{text}' of parameter '{name}' is not a valid integer.");
    }

    public static IReadOnlyList<long> Longs(HttpRequest request, string name) =>
        [.. List(request, name).Select(v => long.TryParse(v, NumberStyles.None, CultureInfo.InvariantCulture, out var id)
            ? id
            : throw new BadRequestException($"The value '{v}' of parameter '{name}' is not a valid issue id."))];
}

/// <summary>A client error that becomes a 400 `ErrorCollection`.</summary>
internal sealed class BadRequestException(string message) : Exception(message);
