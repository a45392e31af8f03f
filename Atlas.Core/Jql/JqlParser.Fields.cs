using System.Globalization;
using System.Text;

namespace Atlas.Core.Jql;

/// <summary>Field references: names, quoted names, <c>cf[NNNNN]</c> and entity properties <c>name[key].path</c>.</summary>
internal sealed partial class JqlParser
{
    private JqlField ParseField()
    {
        var first = Current;
        switch (first.Kind)
        {
            case JqlTokenKind.Number:
                Advance();
                return new JqlField(first.Value!, false, null, null, first.Span);
            case JqlTokenKind.Word or JqlTokenKind.QuotedString:
                Advance();
                return string.IsNullOrWhiteSpace(first.Value)
                    ? throw Fail(JqlMessages.EmptyFieldName(first.Span))
                    : WithProperty(first.Value, first.Kind == JqlTokenKind.QuotedString, null, first);
            case JqlTokenKind.Cf:
                Advance();
                var id = ParseCustomFieldId();
                return WithProperty(string.Create(CultureInfo.InvariantCulture, $"cf[{id}]"), false, id, first);
            default:
                throw Fail(JqlMessages.NoField(first, _text));
        }
    }

    private long ParseCustomFieldId()
    {
        Expect(JqlTokenKind.LeftBracket, "[");
        var token = Current;
        if (token.Kind != JqlTokenKind.Number || token.Value![0] == '-')
        {
            throw Fail(JqlMessages.BadCustomFieldId(token, _text));
        }

        Advance();
        if (!long.TryParse(token.Value, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
        {
            throw Fail(JqlMessages.IllegalNumber(token.Value, token.Span));
        }

        Expect(JqlTokenKind.RightBracket, "]");
        return id;
    }

    private JqlField WithProperty(string name, bool quoted, long? customFieldId, JqlToken first)
    {
        var property = At(JqlTokenKind.LeftBracket) ? ParseProperty() : null;
        return new JqlField(name, quoted, customFieldId, property, JqlSpan.Cover(first.Span, _tokens[_index - 1].Span));
    }

    /// <summary>Reads <c>[key]</c> and any <c>.path</c> words glued to it; a word after a space means an operator was due.</summary>
    private JqlFieldProperty ParseProperty()
    {
        Advance();
        var key = ParseArgument().Value;
        Expect(JqlTokenKind.RightBracket, "]");
        var path = new StringBuilder();
        while (Current.IsString)
        {
            var part = Current;
            if (part.Start > 0 && JqlCharacters.IsWhitespace(_text[part.Start - 1]))
            {
                throw Fail(JqlMessages.NoOperator(part, _text));
            }

            if (part.Value!.Length < 2 || part.Value[0] != '.' || part.Value[1] == '.')
            {
                throw Fail(JqlMessages.BadPropertyArgument(part, _text));
            }

            path.Append(path.Length > 0 ? "." : string.Empty).Append(part.Value, 1, part.Value.Length - 1);
            Advance();
        }

        return new JqlFieldProperty(key, path.ToString());
    }
}
