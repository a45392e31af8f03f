using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Atlas.JiraSimulator.Data;
using Atlas.JiraSimulator.Model;

namespace Atlas.JiraSimulator.Control;

/// <summary>Converts control-API custom field values (JSON) into the simulator's typed values.</summary>
internal static class CustomFieldValues
{
    public static IReadOnlyDictionary<string, object> Apply(TicketVersion ticket, IReadOnlyDictionary<string, JsonNode?>? updates, JiraCatalog catalog)
    {
        if (updates is null || updates.Count == 0)
        {
            return ticket.CustomValues;
        }

        var values = new Dictionary<string, object>(ticket.CustomValues, StringComparer.Ordinal);
        foreach (var (name, node) in updates)
        {
            var field = catalog.FindCustomField(name) ?? throw new ArgumentException($"Unknown custom field '{name}'.");
            if (node is null)
            {
                values.Remove(field.Id);
            }
            else
            {
                values[field.Id] = Convert(field, node, ticket, catalog);
            }
        }

        return values;
    }

    private static object Convert(CustomFieldDefinition field, JsonNode node, TicketVersion ticket, JiraCatalog catalog) => field.Kind switch
    {
        CustomFieldKind.Number => node.GetValueKind() == JsonValueKind.Number ? node.GetValue<double>() : double.Parse(Text(node), CultureInfo.InvariantCulture),
        CustomFieldKind.SingleSelect => Option(field, Text(node)),
        CustomFieldKind.MultiSelect => Items(node).Select(v => Option(field, v)).ToArray(),
        CustomFieldKind.User => catalog.MatchUsers(Text(node)).FirstOrDefault() ?? throw new ArgumentException($"No user matches '{Text(node)}'."),
        CustomFieldKind.TextArea => AdfBuilder.FromPlainText(Text(node)),
        CustomFieldKind.Date => TicketEditor.Date(Text(node)),
        CustomFieldKind.Sprint => Items(node).Select(v => Sprint(ticket.Project, v)).ToArray(),
        _ => Text(node),
    };

    private static string Text(JsonNode node) => node.GetValueKind() == JsonValueKind.String ? node.GetValue<string>() : node.ToJsonString();

    private static IEnumerable<string> Items(JsonNode node) => node is JsonArray array ? array.Select(n => Text(n!)) : [Text(node)];

    private static SelectOption Option(CustomFieldDefinition field, string value) =>
        field.FindOption(value) ?? throw new ArgumentException($"'{value}' is not an option of {field.Name}.");

    private static Sprint Sprint(Project project, string value) =>
        project.Sprints.FirstOrDefault(s => s.Id.ToString(CultureInfo.InvariantCulture) == value || string.Equals(s.Name, value, StringComparison.OrdinalIgnoreCase))
            ?? throw new ArgumentException($"Project {project.Key} has no sprint '{value}'.");
}
