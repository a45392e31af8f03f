using System.Globalization;
using Atlas.JiraSimulator.Model;

namespace Atlas.JiraSimulator.Jql.Semantics;

/// <summary>Resolves one operand of a set-like field to the ids it stands for, reporting values that don't exist.</summary>
internal static partial class ValueResolver
{
    public static IReadOnlyList<string> Resolve(JqlField field, JqlOperand operand, CompileScope scope, string name)
    {
        if (operand is JqlFunction function)
        {
            return ResolveFunction(field, function, scope, name);
        }

        var value = ((JqlValue)operand).Value;
        var ids = Lookup(field, value, scope.Env);
        if (ids.Count == 0 && field.Type != JqlFieldType.Labels)
        {
            scope.MissingValue(value, name);
        }

        return ids;
    }

    private static List<string> Lookup(JqlField field, string value, JqlEnvironment env)
    {
        var catalog = env.Catalog;
        return field.Type switch
        {
            JqlFieldType.Project => Single(catalog.FindProject(value)?.Id),
            JqlFieldType.Status => Single(catalog.FindStatus(value)?.Id),
            JqlFieldType.StatusCategory => Single(StatusCategory.All.FirstOrDefault(c => Same(c.Name, value) || Same(c.Key, value) || c.Id.ToString(CultureInfo.InvariantCulture) == value)?.Key),
            JqlFieldType.Priority => Single(catalog.FindPriority(value)?.Id),
            JqlFieldType.IssueType => Single(catalog.FindIssueType(value)?.Id),
            JqlFieldType.User => [.. catalog.MatchUsers(value).Select(u => u.AccountId)],
            JqlFieldType.Labels => [value],
            JqlFieldType.Component => [.. catalog.Projects.SelectMany(p => p.Components).Where(c => Same(c.Name, value) || c.Id == value).Select(c => c.Id)],
            JqlFieldType.FixVersion => [.. catalog.Projects.SelectMany(p => p.Versions).Where(v => Same(v.Name, value) || v.Id == value).Select(v => v.Id)],
            JqlFieldType.Resolution => Single(catalog.FindResolution(value)?.Id),
            JqlFieldType.Select or JqlFieldType.MultiSelect => Single(field.Custom!.FindOption(value)?.Id),
            JqlFieldType.Sprint => Single(catalog.FindSprint(value)?.Id.ToString(CultureInfo.InvariantCulture)),
            JqlFieldType.Parent => Single(Issue(env, value)),
            _ => [],
        };
    }

    /// <summary>The id of a visible issue named by id or key (old keys of moved issues included).</summary>
    private static string? Issue(JqlEnvironment env, string value) =>
        env.Store.Find(value) is { Hidden: false, Current: { } issue } ? issue.Id.ToString(CultureInfo.InvariantCulture) : null;

    private static List<string> Single(string? id) => id is null ? [] : [id];

    private static bool Same(string a, string b) => string.Equals(a, b, StringComparison.OrdinalIgnoreCase);
}
