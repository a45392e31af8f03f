using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Atlas.JiraSimulator.Jql.Semantics;

namespace Atlas.JiraSimulator.Search;

/// <summary>
/// The opaque `nextPageToken`: URL-safe base64 of the last ticket's sort keys, bound to the query, fields and
/// page size it was issued for, and valid for 7 days.
/// </summary>
internal static class PageToken
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromDays(7);

    public static string Binding(string jql, string fields, int maxResults)
    {
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes($"{jql}\n{fields}\n{maxResults}"));
        return Convert.ToHexStringLower(hash.AsSpan(0, 12));
    }

    public static string Create(string binding, PageCursor cursor, DateTimeOffset issued)
    {
        var json = JsonSerializer.SerializeToUtf8Bytes(new TokenBody(binding, issued.ToUnixTimeSeconds(), cursor.Id,
            [.. cursor.Keys.Select(k => new TokenKey(k.IsNull, k.Text, k.Number))]), PageTokenJson.Default.TokenBody);
        return Base64Url.EncodeToString(json);
    }

    /// <summary>The cursor, or null when the token is malformed, expired or was issued for another query.</summary>
    public static PageCursor? Read(string token, string binding, DateTimeOffset now)
    {
        try
        {
            var body = JsonSerializer.Deserialize(Base64Url.DecodeFromChars(token), PageTokenJson.Default.TokenBody);
            var fresh = body is not null && now - DateTimeOffset.FromUnixTimeSeconds(body.Issued) <= Lifetime;
            return fresh && body!.Binding == binding
                ? new PageCursor([.. body.Keys.Select(k => new SortValue(k.Null, k.Text, k.Number))], body.Id)
                : null;
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return null;
        }
    }

    internal sealed record TokenBody(string Binding, long Issued, long Id, TokenKey[] Keys);

    internal sealed record TokenKey(bool Null, string? Text, double Number);
}
