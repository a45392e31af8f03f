using System.Collections.Immutable;

namespace Atlas.Core.Jql;

/// <summary>ORDER BY field [ASC|DESC], … with at most <see cref="JqlLimits.MaxOrderByFields"/> keys.</summary>
internal sealed partial class JqlParser
{
    private ImmutableArray<JqlSortField> ParseOrderBy()
    {
        Advance();
        Expect(JqlTokenKind.By, "by");
        var fields = ImmutableArray.CreateBuilder<JqlSortField>();
        while (true)
        {
            if (fields.Count == JqlLimits.MaxOrderByFields)
            {
                throw Fail(JqlMessages.TooManySortFields(Current.Span));
            }

            fields.Add(ParseSortField());
            if (!At(JqlTokenKind.Comma))
            {
                return fields.ToImmutable();
            }

            Advance();
        }
    }

    private JqlSortField ParseSortField()
    {
        var field = ParseField();
        JqlSortDirection? direction = Current.Kind switch
        {
            JqlTokenKind.Asc => JqlSortDirection.Ascending,
            JqlTokenKind.Desc => JqlSortDirection.Descending,
            JqlTokenKind.End or JqlTokenKind.Comma => null,
            _ => throw Fail(JqlMessages.NoSortOrder(Current, _text)),
        };

        var end = direction is null ? field.Span : Advance().Span;
        return new JqlSortField(field, direction, JqlSpan.Cover(field.Span, end));
    }
}
