using System.Collections.Immutable;

namespace Atlas.Core.Jql;

/// <summary>ORDER BY checks: known, sortable, and each field once (aliases included).</summary>
internal sealed partial class JqlValidator
{
    private void ValidateOrderBy(ImmutableArray<JqlSortField> orderBy)
    {
        var seen = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var sort in orderBy)
        {
            var field = JqlFieldResolution.Resolve(sort.Field, _options);
            var problem = SortProblem(sort.Field, field, seen);
            if (problem is not null)
            {
                Error(problem, sort.Field.Span);
                continue;
            }

            NoteOfflineField(sort.Field, field);
        }
    }

    private static string? SortProblem(JqlField reference, JqlFieldResolution field, Dictionary<string, string> seen)
    {
        if (field.Origin == JqlFieldOrigin.Unknown)
        {
            return JqlValidationMessages.CannotSort(reference.Name);
        }

        if (field.System is { IsSortable: false })
        {
            return JqlValidationMessages.SortNotSupported(reference.Name);
        }

        var identity = field.System?.Name ?? (field.CustomFieldId is { } id ? $"customfield_{id}" : DisplayName(reference));
        return seen.TryAdd(identity, reference.Name) ? null : JqlValidationMessages.SortedTwice(reference.Name, seen[identity]);
    }
}
