using System.Text.Json;
using System.Text.Json.Serialization;
using Atlas.Core.Tickets;

namespace Atlas.Core.Storage;

/// <summary>JSON the store writes itself: id and project lists for <c>json_each</c>, and the content hash input.</summary>
[JsonSerializable(typeof(IReadOnlyCollection<string>))]
[JsonSerializable(typeof(IReadOnlyCollection<long>))]
[JsonSerializable(typeof(string[]))]
[JsonSerializable(typeof(IReadOnlyDictionary<string, string?>))]
[JsonSerializable(typeof(Ticket))]
internal sealed partial class StorageJsonContext : JsonSerializerContext;

internal static class StorageJson
{
    public static string Array(IReadOnlyCollection<string> values) =>
        JsonSerializer.Serialize(values, StorageJsonContext.Default.IReadOnlyCollectionString);

    public static string Array(IReadOnlyCollection<long> values) =>
        JsonSerializer.Serialize(values, StorageJsonContext.Default.IReadOnlyCollectionInt64);

    /// <summary>A JSON object of names to values, for <c>json_each</c> (key, value).</summary>
    public static string Object(IReadOnlyDictionary<string, string?> values) =>
        JsonSerializer.Serialize(values, StorageJsonContext.Default.IReadOnlyDictionaryStringString);

    public static string[] Strings(string json) =>
        JsonSerializer.Deserialize(json, StorageJsonContext.Default.StringArray) ?? [];
}
