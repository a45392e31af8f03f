using System.Text.Json;
using System.Text.RegularExpressions;
using Atlas.Core;
using Microsoft.AspNetCore.Http;

namespace Atlas.Functions.Http;

/// <summary>A request body read as JSON in Atlas's shape; size-limited, and an unknown property is an error, not ignored.</summary>
internal static partial class JsonBody
{
    private const int MaxBytes = 64 * 1024;

    /// <summary>The body as <typeparamref name="T"/>; <c>default</c> with no problem for an empty body; otherwise why it is not acceptable.</summary>
    public static async Task<(T? Body, string? Problem)> ReadAsync<T>(HttpRequest request, string example, CancellationToken cancellationToken)
        where T : class
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        if (buffer.Length > MaxBytes)
        {
            return (null, $"The body is larger than {MaxBytes / 1024} KB.");
        }

        if (buffer.ToArray().All(b => b is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n'))
        {
            return (null, null);
        }

        try
        {
            return JsonSerializer.Deserialize<T>(buffer.ToArray(), AtlasJson.Options) is { } body
                ? (body, null)
                : (null, $"The body must be a JSON object such as {example}.");
        }
        catch (JsonException invalid)
        {
            return (null, $"The body is not valid JSON for this request: {Readable(invalid)} Send an object such as {example}.");
        }
    }

    // System.Text.Json names Atlas's internal .NET types and adds its own "Path: … | LineNumber: …"; neither helps a caller.
    private static string Readable(JsonException invalid) =>
        Unmapped().Match(invalid.Message) is { Success: true } unknown
            ? $"it has a property this request does not take: '{unknown.Groups["name"].Value}'."
            : invalid.Message.Contains("could not be converted", StringComparison.Ordinal)
                ? $"the value at {invalid.Path ?? "$"} is not of the expected type."
                : $"{Location().Replace(invalid.Message, "").TrimEnd()} (at {invalid.Path ?? "$"}).";

    [GeneratedRegex(@"^The JSON property '(?<name>[^']*)' could not be mapped", RegexOptions.CultureInvariant)]
    private static partial Regex Unmapped();

    [GeneratedRegex(@" Path: .*$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex Location();
}
