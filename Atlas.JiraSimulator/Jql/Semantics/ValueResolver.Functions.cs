using System.Globalization;

namespace Atlas.JiraSimulator.Jql.Semantics;

internal static partial class ValueResolver
{
    private static IReadOnlyList<string> ResolveFunction(JqlField field, JqlFunction function, CompileScope scope, string name)
    {
        var catalog = scope.Env.Catalog;
        var fn = function.Name.ToLowerInvariant();
        IReadOnlyList<string>? ids = (field.Type, fn) switch
        {
            (JqlFieldType.User, "currentuser") => [scope.Env.Me.AccountId],
            (JqlFieldType.Sprint, "opensprints") => SprintIds(scope, "active"),
            (JqlFieldType.Sprint, "closedsprints") => SprintIds(scope, "closed"),
            (JqlFieldType.Sprint, "futuresprints") => SprintIds(scope, "future"),
            (JqlFieldType.FixVersion, "releasedversions") => VersionIds(scope, function, released: true),
            (JqlFieldType.FixVersion, "unreleasedversions") => VersionIds(scope, function, released: false),
            (JqlFieldType.IssueType, "standardissuetypes") => [.. catalog.IssueTypes.Where(t => !t.Subtask).Select(t => t.Id)],
            (JqlFieldType.IssueType, "subtaskissuetypes") => [.. catalog.IssueTypes.Where(t => t.Subtask).Select(t => t.Id)],
            _ => null,
        };

        if (ids is null)
        {
            scope.Error(JqlFunctionMessages.Unsupported(function, name));
        }

        return ids ?? [];
    }

    private static List<string> SprintIds(CompileScope scope, string state) =>
        [.. scope.Env.Catalog.Projects.SelectMany(p => p.Sprints).Where(s => s.State == state).Select(s => s.Id.ToString(CultureInfo.InvariantCulture))];

    private static List<string> VersionIds(CompileScope scope, JqlFunction function, bool released)
    {
        var projects = scope.Env.Catalog.Projects.Where(p => function.Arguments.Count == 0 ||
            function.Arguments.Any(a => string.Equals(a, p.Key, StringComparison.OrdinalIgnoreCase)));
        return [.. projects.SelectMany(p => p.Versions).Where(v => v.Released == released).Select(v => v.Id)];
    }
}
