using System.Globalization;
using Atlas.Core.Lookups;
using Atlas.Core.Search;
using Microsoft.Extensions.Primitives;

namespace Atlas.Functions.Http;

/// <summary>Query-string values the routes take; null means the value is not acceptable.</summary>
internal static class QueryValues
{
    /// <summary><c>auto</c> (the default), <c>live</c> or <c>cache</c>, any case.</summary>
    public static LookupSource? Source(StringValues value) => value.ToString().ToUpperInvariant() switch
    {
        "" or "AUTO" => LookupSource.Auto,
        "LIVE" => LookupSource.Live,
        "CACHE" => LookupSource.Cache,
        _ => null,
    };

    /// <summary>Where a search answers from: <c>auto</c> (the default), <c>live</c>, or <c>offline</c> (also <c>cache</c>, as the tickets route says), any case.</summary>
    public static SearchSource? SearchSource(string? value) => value?.Trim().ToUpperInvariant() switch
    {
        null or "" or "AUTO" => Atlas.Core.Search.SearchSource.Auto,
        "LIVE" => Atlas.Core.Search.SearchSource.Live,
        "OFFLINE" or "CACHE" => Atlas.Core.Search.SearchSource.Offline,
        _ => null,
    };

    /// <summary>A whole number from 1 to <paramref name="max"/>, or <paramref name="fallback"/> when absent.</summary>
    public static int? Limit(StringValues value, int fallback, int max) =>
        StringValues.IsNullOrEmpty(value)
            ? fallback
            : int.TryParse(value.ToString(), NumberStyles.None, CultureInfo.InvariantCulture, out var limit) && limit >= 1 && limit <= max ? limit : null;

    /// <summary>The trimmed text, or null when absent or blank.</summary>
    public static string? Text(StringValues value) =>
        string.IsNullOrWhiteSpace(value.ToString()) ? null : value.ToString().Trim();
}
