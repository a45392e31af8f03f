using System.Text.Json.Serialization;

namespace Atlas.Core.Jql.Sql;

/// <summary>Source-generated JSON for the list parameters of translated statements.</summary>
[JsonSerializable(typeof(string[]))]
internal sealed partial class JqlSqlJson : JsonSerializerContext;
