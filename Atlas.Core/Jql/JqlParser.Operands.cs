using System.Collections.Immutable;
using System.Globalization;

namespace Atlas.Core.Jql;

/// <summary>Values, EMPTY, lists and function calls.</summary>
internal sealed partial class JqlParser
{
    private static bool StartsOperand(JqlTokenKind kind) =>
        kind is JqlTokenKind.Empty or JqlTokenKind.LeftParen or JqlTokenKind.Word or JqlTokenKind.QuotedString or JqlTokenKind.Number;

    private JqlOperand ParseOperand()
    {
        var token = Current;
        if (token.Kind == JqlTokenKind.Empty)
        {
            return new JqlEmpty(Advance().Span);
        }

        if (token.Kind == JqlTokenKind.LeftParen)
        {
            return ParseList();
        }

        if (!token.IsString)
        {
            throw Fail(JqlMessages.NoOperand(token, _text));
        }

        return Peek(1).Kind == JqlTokenKind.LeftParen ? ParseFunction() : ParseValue();
    }

    /// <summary>A single value must be followed by something that can close it, as Jira's lookahead demands.</summary>
    private JqlValue ParseValue()
    {
        var value = ToValue(Advance(), checkNumberRange: true);
        if (!FollowsValue(Current.Kind))
        {
            throw Fail(_listDepth > 0 ? JqlMessages.Expected(",", ")", Current, _text) : JqlMessages.NeedLogicalOperator(Current, _text));
        }

        return value;
    }

    private static bool FollowsValue(JqlTokenKind kind) =>
        EndsClause(kind) || kind == JqlTokenKind.Comma || kind.IsHistoryPredicate();

    private static JqlValue ToValue(JqlToken token, bool checkNumberRange)
    {
        var value = token.Value ?? string.Empty;
        if (token.Kind != JqlTokenKind.Number)
        {
            return new JqlValue(value, token.Kind == JqlTokenKind.QuotedString ? JqlValueKind.Quoted : JqlValueKind.Unquoted, token.Span);
        }

        if (checkNumberRange && !long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out _))
        {
            throw Fail(JqlMessages.IllegalNumber(value, token.Span));
        }

        return new JqlValue(value, JqlValueKind.Number, token.Span);
    }

    private JqlList ParseList()
    {
        var open = Advance();
        Enter(open);
        _listDepth++;
        var items = ImmutableArray.CreateBuilder<JqlOperand>();
        items.Add(ParseOperand());
        while (At(JqlTokenKind.Comma))
        {
            Advance();
            items.Add(ParseOperand());
        }

        var close = Expect(JqlTokenKind.RightParen, ")");
        _listDepth--;
        Leave();
        return new JqlList(items.ToImmutable(), JqlSpan.Cover(open.Span, close.Span));
    }

    private JqlFunctionCall ParseFunction()
    {
        var name = Advance();
        if (name.Kind != JqlTokenKind.Number && string.IsNullOrWhiteSpace(name.Value))
        {
            throw Fail(JqlMessages.EmptyFunctionName(name.Span));
        }

        Advance();
        var arguments = ParseArguments();
        if (!At(JqlTokenKind.RightParen))
        {
            throw Fail(At(JqlTokenKind.End) || At(JqlTokenKind.Comma)
                ? JqlMessages.Expected(")", Current, _text)
                : JqlMessages.BadFunctionArgument(Current, _text));
        }

        var close = Advance();
        return new JqlFunctionCall(name.Value ?? string.Empty, arguments, JqlSpan.Cover(name.Span, close.Span));
    }

    private ImmutableArray<JqlValue> ParseArguments()
    {
        if (!Current.IsString)
        {
            return [];
        }

        var arguments = ImmutableArray.CreateBuilder<JqlValue>();
        arguments.Add(ParseArgument());
        while (At(JqlTokenKind.Comma))
        {
            Advance();
            arguments.Add(ParseArgument());
        }

        if (!At(JqlTokenKind.End) && !At(JqlTokenKind.RightParen))
        {
            throw Fail(JqlMessages.Expected(")", ",", Current, _text));
        }

        return arguments.ToImmutable();
    }

    /// <summary>An argument is a string or number; Jira keeps numbers as text here, so their range is not checked.</summary>
    private JqlValue ParseArgument() => Current.IsString
        ? ToValue(Advance(), checkNumberRange: false)
        : throw Fail(Current.Kind switch
        {
            JqlTokenKind.Comma or JqlTokenKind.RightParen => JqlMessages.EmptyFunctionArgument(Current.Span),
            JqlTokenKind.RightBracket => JqlMessages.BadPropertyArgument(Current, _text),
            _ => JqlMessages.BadFunctionArgument(Current, _text),
        });
}
