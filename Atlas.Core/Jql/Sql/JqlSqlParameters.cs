using System.Text.Json;

namespace Atlas.Core.Jql.Sql;

/// <summary>The values of a translated statement; the SQL only ever names them.</summary>
internal sealed class JqlSqlParameters
{
    private readonly List<KeyValuePair<string, object>> _values = [];

    public IReadOnlyList<KeyValuePair<string, object>> Values => _values;

    /// <summary>Adds <paramref name="value"/> and returns its name for the SQL text.</summary>
    public string Add(object value)
    {
        var name = "$p" + _values.Count.ToString(System.Globalization.CultureInfo.InvariantCulture);
        _values.Add(KeyValuePair.Create(name, value));
        return name;
    }

    /// <summary>A list as one JSON array parameter, read in SQL with <c>json_each</c>: any number of values, one name.</summary>
    public string AddList(IEnumerable<string> values) => Add(JsonSerializer.Serialize(values.ToArray(), JqlSqlJson.Default.StringArray));

    /// <summary>SQL for the rows of a list parameter: <c>(SELECT j.value FROM json_each($pN) AS j)</c>.</summary>
    public string ListSubquery(IEnumerable<string> values) => $"(SELECT j.value FROM json_each({AddList(values)}) AS j)";
}
