using Atlas.JiraSimulator.Model;

namespace Atlas.JiraSimulator.Jql.Semantics;

/// <summary>
/// Fields whose value is a set of ids (project, status, users, labels, components...). `=`/IN match any id;
/// `!=`/NOT IN match tickets that have a value and none of the ids — an empty field never matches them, as in Jira.
/// </summary>
internal static class SetCompiler
{
    public static Func<TicketVersion, bool> Compile(JqlField field, JqlOperator op, JqlOperand operand, CompileScope scope, string name)
    {
        var values = TicketValues.For(field);
        if (op is JqlOperator.Is or JqlOperator.IsNot)
        {
            return op == JqlOperator.Is ? t => values(t).Count == 0 : t => values(t).Count > 0;
        }

        var (ids, matchEmpty) = Collect(field, operand, scope, name);
        if (op is JqlOperator.Equals or JqlOperator.In)
        {
            return t => Matches(values(t), ids, matchEmpty);
        }

        return t =>
        {
            var own = values(t);
            return own.Count > 0 && !own.Any(ids.Contains);
        };
    }

    public static (HashSet<string> Ids, bool MatchEmpty) Collect(JqlField field, JqlOperand operand, CompileScope scope, string name)
    {
        var ids = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        var matchEmpty = false;
        foreach (var item in operand is JqlList list ? list.Items : [operand])
        {
            if (item is JqlEmpty || IsUnresolved(field, item))
            {
                matchEmpty = true;
            }
            else
            {
                ids.UnionWith(ValueResolver.Resolve(field, item, scope, name));
            }
        }

        return (ids, matchEmpty);
    }

    private static bool Matches(IReadOnlyList<string> own, HashSet<string> ids, bool matchEmpty) =>
        own.Count == 0 ? matchEmpty : own.Any(ids.Contains);

    /// <summary>`resolution = Unresolved` is Jira's spelling of `resolution IS EMPTY`.</summary>
    private static bool IsUnresolved(JqlField field, JqlOperand item) =>
        field.Type == JqlFieldType.Resolution && item is JqlValue { Value: var v } && v.Equals("Unresolved", StringComparison.OrdinalIgnoreCase);
}
