using System.Text.Json.Serialization;

namespace Atlas.JiraSimulator.Search;

[JsonSerializable(typeof(PageToken.TokenBody))]
[JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
internal sealed partial class PageTokenJson : JsonSerializerContext;
